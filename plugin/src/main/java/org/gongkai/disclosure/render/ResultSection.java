package org.gongkai.disclosure.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.model.Attainment;
import org.gongkai.disclosure.model.BudgetExecution;
import org.gongkai.disclosure.model.Evaluation;
import org.gongkai.disclosure.model.IndicatorResult;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.model.ProjectResult;
import org.gongkai.disclosure.model.Scoring;
import org.gongkai.disclosure.model.Target;

/**
 * The self-evaluation's part of a project page: the budget's execution with its rate and score, each declared
 * indicator's target beside its actual value with whether it was met, its score of its points and the deviation, and
 * the total score.
 */
final class ResultSection {

    private final PageContext c;

    ResultSection(PageContext context) {
        this.c = context;
    }

    /** The section, or null for a project without a self-evaluation (its page is as before). */
    Views.ResultsView view(Evaluation evaluation, String projectName) {
        if (evaluation == null) {
            return null;
        }
        ProjectResult r = evaluation.result();
        List<Views.ResultRow> rows = new ArrayList<>();
        for (Evaluation.Row row : evaluation.rows()) {
            IndicatorResult result = row.result();
            String[] attainment = attainment(row.attainment());
            rows.add(new Views.ResultRow(c.txt(row.indicator().name()), "res-" + row.position(),
                    target(row.indicator().target()), result == null ? null : target(result.actual()), attainment[0],
                    attainment[1], row.attainment() == Attainment.NOT_ACHIEVED, result == null || result.score() == null ? null
                            : of(result.score().points(), row.points()),
                    result == null ? null : c.txt(result.deviation())));
        }
        return new Views.ResultsView(r.evaluated() == null ? null
                        : c.labels.format("results.evaluated", c.formats.date(r.evaluated())),
                c.txt(r.conclusion()), budget(r.budget(), evaluation.budgetPoints()),
                c.labels.format("results.caption", projectName), rows, total(evaluation),
                c.labels.format("results.met", evaluation.met(), evaluation.measurable()));
    }

    private Views.BudgetView budget(BudgetExecution b, BigDecimal points) {
        if (b == null) {
            return null;
        }
        List<Views.Amount> lines = new ArrayList<>();
        line(lines, "results.initial", b.initial());
        line(lines, "results.adjusted", b.adjusted());
        line(lines, "results.executed", b.executed());
        return new Views.BudgetView(lines, b.rate() == null ? null : percent(b.rate()),
                b.score() == null ? null : of(b.score().points(), points), c.txt(b.deviation()));
    }

    private void line(List<Views.Amount> lines, String label, Money money) {
        if (money != null) {
            lines.add(new Views.Amount(c.labels.get(label), null, c.formats.amount(money.yuan()), false, false));
        }
    }

    /** The total score, of all the points when every one is known. */
    private String total(Evaluation evaluation) {
        if (evaluation.result().totalScore() == null) {
            return null;
        }
        BigDecimal points = evaluation.budgetPoints() == null ? BigDecimal.ZERO : evaluation.budgetPoints();
        for (Evaluation.Row row : evaluation.rows()) {
            if (row.points() == null) {
                return Scoring.plain(evaluation.result().totalScore().points());
            }
            points = points.add(row.points());
        }
        return of(evaluation.result().totalScore().points(), points);
    }

    private String of(BigDecimal score, BigDecimal points) {
        return points == null ? Scoring.plain(score)
                : c.labels.format("results.scoreOf", Scoring.plain(score), Scoring.plain(points));
    }

    private String percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** The words and the class of an attainment; "no result" for an indicator the self-evaluation leaves out. */
    private String[] attainment(Attainment attainment) {
        if (attainment == null) {
            return new String[] {c.labels.get("results.none"), "attainment none"};
        }
        return switch (attainment) {
            case ACHIEVED -> new String[] {c.labels.get("results.achieved"), "attainment achieved checked"};
            case NOT_ACHIEVED -> new String[] {c.labels.get("results.notAchieved"), "attainment missed"};
            case NOT_COMPARABLE -> new String[] {c.labels.get("results.notComparable"), "attainment other"};
            case NOT_JUDGED -> new String[] {c.labels.get("results.notJudged"), "attainment other"};
        };
    }

    private Views.Txt target(Target target) {
        if (target == null) {
            return new Views.Txt(c.labels.get("indicators.byRecipient"), null, false);
        }
        boolean untranslated = c.formats.isUntranslated(target);
        return new Views.Txt(c.formats.target(target), untranslated ? Language.ZH.htmlLang() : null, untranslated);
    }
}
