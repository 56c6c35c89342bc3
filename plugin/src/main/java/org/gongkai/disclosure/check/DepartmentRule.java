package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.DepartmentDraft;

/**
 * A check of a department's form (部门整体支出绩效目标申报表) beyond its indicator table, which the
 * {@link IndicatorRule}s check as they check a project's. Stateless and thread-safe, like the other rules.
 */
public interface DepartmentRule {

    String name();

    void check(DepartmentDraft department, CheckContext context, DiagnosticSink sink);
}
