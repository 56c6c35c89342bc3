package org.gongkai.disclosure.check;

import java.math.BigDecimal;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.IndicatorResult;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.ProjectResult;
import org.gongkai.disclosure.model.Scoring;

/**
 * The total score (总分) the form states is the sum of the indicators' scores plus the budget-execution rate's, exactly.
 * A result where some indicator has no score is not summed: the total would mislead.
 */
public final class TotalScoreRule implements ResultRule {

    @Override
    public String name() {
        return "total-score";
    }

    @Override
    public void check(ProjectResult result, ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        if (result.totalScore() == null || !result.indicatorsComplete()
                || result.indicators().stream().anyMatch(r -> r.score() == null)) {
            return;
        }
        BigDecimal indicators = result.indicators().stream().map(IndicatorResult::score).map(s -> s.points())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal budget = result.budget() == null || result.budget().score() == null ? null
                : result.budget().score().points();
        BigDecimal sum = budget == null ? indicators : indicators.add(budget);
        BigDecimal total = result.totalScore().points();
        if (sum.compareTo(total) == 0) {
            return;
        }
        String difference = Scoring.plain(sum.subtract(total).abs());
        if (budget == null) {
            sink.error(name(), result.totalScore().at(), "total.scoreIndicators", Scoring.plain(total),
                    Scoring.plain(indicators), difference);
        } else {
            sink.error(name(), result.totalScore().at(), "total.score", Scoring.plain(total), Scoring.plain(indicators),
                    Scoring.plain(budget), Scoring.plain(sum), difference);
        }
    }
}
