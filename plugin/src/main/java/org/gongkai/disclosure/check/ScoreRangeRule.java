package org.gongkai.disclosure.check;

import java.math.BigDecimal;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.IndicatorResult;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.ProjectResult;
import org.gongkai.disclosure.model.ResultMatch;
import org.gongkai.disclosure.model.Score;
import org.gongkai.disclosure.model.Scoring;

/** No score is below 0, and none above the points it is out of (an indicator's, the budget-execution rate's). */
public final class ScoreRangeRule implements ResultRule {

    @Override
    public String name() {
        return "score-range";
    }

    @Override
    public void check(ProjectResult result, ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        for (IndicatorResult r : result.indicators()) {
            belowZero(r.score(), "score.belowZero", sink, r.name().zh().strip());
        }
        if (result.budget() != null) {
            belowZero(result.budget().score(), "score.budgetBelowZero", sink);
        }
        belowZero(result.totalScore(), "score.totalBelowZero", sink);
        if (project == null || !project.indicatorsComplete()) {
            return;
        }
        ResultMatch match = ResultMatch.of(project.indicators(), result.indicators());
        for (int i = 0; i < project.indicators().size(); i++) {
            IndicatorResult r = match.byIndicator().get(i);
            BigDecimal points = Scoring.points(project.indicators().get(i), r);
            if (r != null && r.score() != null && points != null && r.score().points().compareTo(points) > 0) {
                sink.error(name(), r.score().at(), "score.above", Scoring.plain(r.score().points()),
                        r.name().zh().strip(), Scoring.plain(points));
            }
        }
        BigDecimal budgetPoints = Scoring.budgetPoints(result.budget(), project.weighting(), project.indicators());
        if (result.budget() != null && result.budget().score() != null && budgetPoints != null
                && result.budget().score().points().compareTo(budgetPoints) > 0) {
            sink.error(name(), result.budget().score().at(), "score.aboveBudget",
                    Scoring.plain(result.budget().score().points()), Scoring.plain(budgetPoints));
        }
    }

    private void belowZero(Score score, String key, DiagnosticSink sink, Object... what) {
        if (score != null && score.points().signum() < 0) {
            Object[] args = new Object[what.length + 1];
            args[0] = Scoring.plain(score.points());
            System.arraycopy(what, 0, args, 1, what.length);
            sink.error(name(), score.at(), key, args);
        }
    }
}
