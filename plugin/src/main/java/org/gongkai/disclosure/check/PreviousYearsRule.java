package org.gongkai.disclosure.check;

import java.util.HashMap;
import java.util.Map;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.DepartmentDraft;
import org.gongkai.disclosure.model.DepartmentYear;
import org.gongkai.disclosure.model.SourcePosition;

/** The years a department's form shows beside this one (近两年收支金额) are earlier years, each listed once. */
public final class PreviousYearsRule implements DepartmentRule {

    @Override
    public String name() {
        return "previous-years";
    }

    @Override
    public void check(DepartmentDraft department, CheckContext context, DiagnosticSink sink) {
        Map<Integer, SourcePosition> seen = new HashMap<>();
        for (DepartmentYear year : department.previousYears()) {
            if (year.year() == null) {
                continue;
            }
            SourcePosition first = seen.putIfAbsent(year.year(), year.at());
            if (first != null) {
                sink.error(name(), year.at(), "previousYears.duplicate", year.year(), first.line());
            } else if (context.declaration() != null && year.year() >= context.declaration().fiscalYear()) {
                sink.error(name(), year.at(), "previousYears.notBefore", year.year(),
                        context.declaration().fiscalYear());
            }
        }
    }
}
