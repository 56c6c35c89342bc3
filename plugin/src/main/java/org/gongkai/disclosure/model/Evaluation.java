package org.gongkai.disclosure.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A checked project and its self-evaluation, side by side: each declared indicator with its result, its points and
 * whether the actual value meets the target; the budget-execution rate's points. What pages and downloads show.
 *
 * @param budgetPoints the points of the budget-execution rate, or null when none are known
 */
public record Evaluation(ProjectResult result, List<Row> rows, BigDecimal budgetPoints) {

    /**
     * A declared indicator and its result.
     *
     * @param position the indicator's row in the project's table, from 1
     * @param result its result, or null when the self-evaluation gives none
     * @param points its points (分值), or null
     * @param attainment whether the actual value meets the target; null without a result
     */
    public record Row(Indicator indicator, int position, IndicatorResult result, BigDecimal points,
            Attainment attainment) {
    }

    public Evaluation {
        rows = List.copyOf(rows);
    }

    public static Evaluation of(Project project, ProjectResult result, int fiscalYear) {
        ResultMatch match = ResultMatch.of(project.indicators(), result.indicators());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < project.indicators().size(); i++) {
            Indicator indicator = project.indicators().get(i);
            IndicatorResult r = match.byIndicator().get(i);
            rows.add(new Row(indicator, i + 1, r, Scoring.points(indicator, r),
                    r == null ? null : Attainment.of(indicator, r.actual(), fiscalYear)));
        }
        return new Evaluation(result, rows,
                Scoring.budgetPoints(result.budget(), project.weighting(), project.indicators()));
    }

    /** The rows that have a result. */
    public List<Row> answered() {
        return rows.stream().filter(r -> r.result() != null).toList();
    }

    public int met() {
        return (int) rows.stream().filter(r -> r.attainment() == Attainment.ACHIEVED).count();
    }

    public int measurable() {
        return (int) rows.stream().filter(r -> r.indicator().isMeasurable()).count();
    }

    public ResultSummary summary() {
        BudgetExecution budget = result.budget();
        return new ResultSummary(budget == null || budget.adjusted() == null ? null : budget.adjusted().yuan(),
                budget == null || budget.executed() == null ? null : budget.executed().yuan(),
                result.totalScore() == null ? null : result.totalScore().points(), met(), measurable());
    }
}
