package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.IndicatorResult;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.ProjectResult;
import org.gongkai.disclosure.model.ResultMatch;
import org.gongkai.disclosure.model.Scoring;

/**
 * Every score is out of known points: an indicator's are its declared weight, or the result's {@code points} where the
 * declaration gives none (and then only there: points that contradict the declared weight are an error); the
 * budget-execution rate's are the result's, the project's weighting, or the 10 of a table that adds up to 90.
 */
public final class ResultPointsRule implements ResultRule {

    @Override
    public String name() {
        return "result-points";
    }

    @Override
    public void check(ProjectResult result, ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        if (project == null || !project.indicatorsComplete()) {
            return;
        }
        ResultMatch match = ResultMatch.of(project.indicators(), result.indicators());
        for (int i = 0; i < project.indicators().size(); i++) {
            Indicator indicator = project.indicators().get(i);
            IndicatorResult r = match.byIndicator().get(i);
            if (r == null) {
                continue;
            }
            String name = indicator.name().zh().strip();
            if (indicator.weight() != null && r.points() != null
                    && r.points().points().compareTo(indicator.weight().points()) != 0) {
                sink.error(name(), r.points().at(), "result.pointsDiffer", Scoring.plain(r.points().points()), name,
                        Scoring.plain(indicator.weight().points()), indicator.weight().at());
            } else if (r.score() != null && Scoring.points(indicator, r) == null) {
                sink.error(name(), r.score().at(), "result.noPoints", Scoring.plain(r.score().points()), name);
            }
        }
        if (result.budget() != null && result.budget().score() != null
                && Scoring.budgetPoints(result.budget(), project.weighting(), project.indicators()) == null) {
            sink.error(name(), result.budget().score().at(), "result.noBudgetPoints",
                    Scoring.plain(result.budget().score().points()));
        }
    }
}
