package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.ProjectDraft;

/**
 * A project cannot end before it starts (计划完成日期 ≥ 计划开始日期); dates filed to the month or the year end with
 * that month or year.
 */
public final class DateOrderRule implements ProjectRule {

    @Override
    public String name() {
        return "date-order";
    }

    @Override
    public void check(ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        if (project.start() != null && project.end() != null && project.end().lastDay().isBefore(project.start().date())) {
            sink.error(name(), project.end().at(), "dates.order", project.end().iso(), project.start().iso());
        }
    }
}
