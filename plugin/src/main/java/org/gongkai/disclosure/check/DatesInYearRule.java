package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.diag.FieldName;
import org.gongkai.disclosure.model.DateValue;
import org.gongkai.disclosure.model.FormSchema;
import org.gongkai.disclosure.model.ProjectDraft;

/** A warning when a planned start or end date falls outside the fiscal year of the declaration. */
public final class DatesInYearRule implements ProjectRule {

    @Override
    public String name() {
        return "dates-in-year";
    }

    @Override
    public void check(ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        if (context.declaration() == null) {
            return;
        }
        int year = context.declaration().fiscalYear();
        check(project.start(), "start", year, sink);
        check(project.end(), "end", year, sink);
    }

    private void check(DateValue date, String key, int year, DiagnosticSink sink) {
        if (date != null && date.date().getYear() != year) {
            sink.warning(name(), date.at(), "dates.outsideYear", FieldName.of(FormSchema.Part.PROJECT, key).message(),
                    date.iso(), year);
        }
    }
}
