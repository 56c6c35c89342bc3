package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.IndicatorTable;
import org.gongkai.disclosure.model.ProjectDraft;

/**
 * A check of an indicator table on its own: levels against the framework, weights, targets. It checks a project's
 * table and a department's (部门整体支出绩效目标) alike, so that both are held to the same rules.
 */
public interface IndicatorRule extends ProjectRule {

    void check(IndicatorTable table, CheckContext context, DiagnosticSink sink);

    @Override
    default void check(ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        check(project.indicatorTable(), context, sink);
    }
}
