package org.gongkai.disclosure.check;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.BudgetExecution;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.ProjectResult;
import org.gongkai.disclosure.model.Scoring;
import org.gongkai.disclosure.model.Yuan;

/**
 * A warning for a budget-execution score that does not follow from the rate, as 财预〔2020〕10号 scores it: executed ÷
 * adjusted × points, at most the points, to the places the score is stated with.
 */
public final class BudgetScoreRule implements ResultRule {

    @Override
    public String name() {
        return "budget-score";
    }

    @Override
    public void check(ProjectResult result, ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        BudgetExecution budget = result.budget();
        if (project == null || budget == null || budget.score() == null || budget.rate() == null) {
            return;
        }
        BigDecimal points = Scoring.budgetPoints(budget, project.weighting(), project.indicators());
        BigDecimal earned = Scoring.budgetScore(budget, points);
        if (earned == null || budget.score().points().signum() < 0 || budget.score().points().compareTo(points) > 0
                || Scoring.follows(budget.score().points(), earned)) {
            return; // a score out of range is the range rule's
        }
        String percent = budget.rate().movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
        sink.warning(name(), budget.score().at(), "budget.score", Scoring.plain(budget.score().points()),
                Yuan.grouped(budget.executed().yuan()), Yuan.grouped(budget.adjusted().yuan()), percent,
                Scoring.plain(points), Scoring.plain(earned.setScale(2, RoundingMode.HALF_UP)));
    }
}
