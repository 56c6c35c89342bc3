package org.gongkai.disclosure.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What a self-evaluation's scores are out of, and what the budget-execution rate earns, as 财预〔2020〕10号 counts
 * them: an indicator's points (分值) are its declared weight, or the result's {@code points} where the declaration
 * gives none; the budget-execution rate's are the result's {@code points}, else the project's {@code weighting}, else
 * the 10 of a form whose weights add up to 90; it earns the rate times its points, at most its points.
 */
public final class Scoring {

    private static final BigDecimal NINETY = BigDecimal.valueOf(90);

    private Scoring() {
    }

    /** An indicator's points: its declared weight, or the points its result states; null when neither has any. */
    public static BigDecimal points(Indicator indicator, IndicatorResult result) {
        if (indicator != null && indicator.weight() != null) {
            return indicator.weight().points();
        }
        return result != null && result.points() != null ? result.points().points() : null;
    }

    /** The points of the budget-execution rate; null when neither the result nor the project says. */
    public static BigDecimal budgetPoints(BudgetExecution budget, Weighting weighting, List<Indicator> indicators) {
        if (budget != null && budget.points() != null) {
            return budget.points().points();
        }
        if (weighting != null) {
            return weighting.budgetExecution().signum() == 0 ? null : weighting.budgetExecution();
        }
        boolean weighted = !indicators.isEmpty() && indicators.stream().allMatch(i -> i.weight() != null);
        if (weighted && indicators.stream().map(i -> i.weight().points()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(NINETY) == 0) {
            return BigDecimal.TEN;
        }
        return null;
    }

    /** What the rate earns: rate × points, at most the points, unrounded (6 places); null without a rate. */
    public static BigDecimal budgetScore(BudgetExecution budget, BigDecimal points) {
        BigDecimal rate = budget == null ? null : budget.rate();
        if (rate == null || points == null) {
            return null;
        }
        return rate.min(BigDecimal.ONE).multiply(points).setScale(6, RoundingMode.HALF_UP);
    }

    /**
     * True when a stated score follows from the figure it should be: the figure rounded (half up) to the places the
     * score is stated with; a whole number of points only when the figure is whole to the second decimal.
     */
    public static boolean follows(BigDecimal stated, BigDecimal figure) {
        int places = Math.max(0, stated.scale());
        if (stated.compareTo(figure.setScale(places, RoundingMode.HALF_UP)) != 0) {
            return false;
        }
        return places > 0 || figure.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().scale() <= 0;
    }

    /** A number of points as people write it: {@code 10}, {@code 9.86}, {@code 22.5}. */
    public static String plain(BigDecimal points) {
        BigDecimal stripped = points.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
