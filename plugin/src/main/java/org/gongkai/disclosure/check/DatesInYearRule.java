package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.DateValue;
import org.gongkai.disclosure.model.Project;

/** A warning when a planned start or end date falls outside the fiscal year of the declaration. */
public final class DatesInYearRule implements ProjectRule {

    @Override
    public String name() {
        return "dates-in-year";
    }

    @Override
    public void check(Project project, CheckContext context, DiagnosticSink sink) {
        if (context.declaration() == null) {
            return;
        }
        int year = context.declaration().fiscalYear();
        check(project.start(), "start", "计划开始日期", year, sink);
        check(project.end(), "end", "计划完成日期", year, sink);
    }

    private void check(DateValue date, String key, String formName, int year, DiagnosticSink sink) {
        if (date != null && date.date().getYear() != year) {
            sink.warning(name(), date.at(), "dates.outsideYear",
                    org.gongkai.disclosure.diag.Message.of("field", key, formName), date.date(), year);
        }
    }
}
