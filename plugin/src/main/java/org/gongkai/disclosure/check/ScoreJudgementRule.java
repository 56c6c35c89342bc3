package org.gongkai.disclosure.check;

import java.math.BigDecimal;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.Attainment;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.IndicatorResult;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.ProjectResult;
import org.gongkai.disclosure.model.ResultMatch;
import org.gongkai.disclosure.model.Scoring;

/**
 * A warning for a score that the actual value does not bear out: full points for a target missed (≥85 % asked, 83 %
 * reached, 10 of 10), or less than full points for a target met, unless the deviation says why.
 */
public final class ScoreJudgementRule implements ResultRule {

    @Override
    public String name() {
        return "score-judgement";
    }

    @Override
    public void check(ProjectResult result, ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        if (project == null || !project.indicatorsComplete() || context.declaration() == null) {
            return;
        }
        ResultMatch match = ResultMatch.of(project.indicators(), result.indicators());
        for (int i = 0; i < project.indicators().size(); i++) {
            Indicator indicator = project.indicators().get(i);
            IndicatorResult r = match.byIndicator().get(i);
            BigDecimal points = Scoring.points(indicator, r);
            if (r == null || r.score() == null || points == null || r.score().points().signum() < 0
                    || r.score().points().compareTo(points) > 0) {
                continue;
            }
            Attainment attainment = Attainment.of(indicator, r.actual(), context.declaration().fiscalYear());
            boolean full = r.score().points().compareTo(points) == 0;
            if (attainment == Attainment.NOT_ACHIEVED && full) {
                sink.warning(name(), r.score().at(), "score.fullForMiss", indicator.name().zh().strip(),
                        Scoring.plain(r.score().points()), Scoring.plain(points), r.actual().written().zh(),
                        indicator.target().written().zh());
            } else if (attainment == Attainment.ACHIEVED && !full && r.deviation() == null) {
                sink.warning(name(), r.score().at(), "score.lowForMet", indicator.name().zh().strip(),
                        Scoring.plain(r.score().points()), Scoring.plain(points), r.actual().written().zh(),
                        indicator.target().written().zh());
            }
        }
    }
}
