package org.gongkai.disclosure.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gongkai.disclosure.model.Evaluation;
import org.gongkai.disclosure.model.FormSchema.Part;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.Scoring;

/**
 * {@code results.csv}: one row per indicator result of the self-evaluations, the declared target and the actual value
 * side by side, each as filed and parsed, with whether the target was met and the score of its points. Written only
 * by a declaration that has results.
 */
final class ResultsTable {

    static final String FILE = "results.csv";

    /** A declared indicator and its result. */
    record ResultRow(Project project, Evaluation.Row row) {
    }

    private ResultsTable() {
    }

    static Table<ResultRow> table(Glossary glossary) {
        List<Column<ResultRow>> columns = new ArrayList<>();
        columns.add(Column.string("project_id", "Project id", OpenData.form(Part.PROJECT, "id"), r -> r.project().id()));
        columns.add(Column.typed("position", "Row of the indicator in indicators.csv's position", "指标序号", "integer",
                null, r -> r.row().position()));
        OpenData.bilingual(columns, "name", "Indicator", OpenData.form(Part.INDICATOR, "name"),
                r -> r.row().indicator().name());
        OpenData.targetColumns(columns, glossary, "target", "Target", OpenData.form(Part.INDICATOR, "target"),
                r -> r.row().indicator().target());
        OpenData.targetColumns(columns, glossary, "actual", "Actual value", OpenData.form(Part.INDICATOR_RESULT, "actual"),
                r -> r.row().result().actual());
        columns.add(Column.string("attainment",
                "Whether the actual value meets the target: achieved, not_achieved, not_comparable (another kind or unit)"
                        + " or not_judged (a qualitative target)", "完成情况",
                r -> r.row().attainment().name().toLowerCase(Locale.ROOT)));
        columns.add(Column.typed("points", "Points of the indicator (its weight, or the points the result states)",
                OpenData.form(Part.INDICATOR_RESULT, "points"), "number", null,
                r -> r.row().points() == null ? null : Scoring.plain(r.row().points())));
        columns.add(Column.typed("score", "Score", OpenData.form(Part.INDICATOR_RESULT, "score"), "number", null,
                r -> r.row().result().score() == null ? null : r.row().result().score().points().toPlainString()));
        OpenData.bilingual(columns, "deviation", "Reasons for a shortfall and remedies",
                OpenData.form(Part.INDICATOR_RESULT, "deviation"), r -> r.row().result().deviation());
        return new Table<>("results", FILE,
                "The self-evaluations: each indicator's actual value beside its target, and its score (绩效自评结果)",
                columns, List.of("project_id", "position"), "project_id", true, null);
    }

    /** A project's rows: its indicators that have a result, in the order of its table. */
    static List<ResultRow> rows(Project project, Evaluation evaluation) {
        if (evaluation == null) {
            return List.of();
        }
        return evaluation.answered().stream().map(row -> new ResultRow(project, row)).toList();
    }
}
