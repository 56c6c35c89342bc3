package org.gongkai.disclosure.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 预算执行情况 of a self-evaluation: the year's budget as it began, as adjusted, and as spent, and the score of the
 * budget-execution rate (预算执行率 = 全年执行数 ÷ 全年预算数).
 *
 * @param initial 年初预算数, or null when the form gives none
 * @param adjusted 全年预算数 (调整后预算数), the budget after the year's adjustments
 * @param executed 全年执行数
 * @param points 分值 of the budget-execution rate, when the result states it; else the project's weighting gives it
 * @param score 得分, or null
 * @param deviation why the budget was not spent as planned, or null
 */
public record BudgetExecution(Money initial, Money adjusted, Money executed, Weight points, Score score,
        Text deviation, SourcePosition at) {

    /** The execution rate, executed ÷ adjusted, exactly to 6 places (half up); null when it cannot be reckoned. */
    public BigDecimal rate() {
        if (adjusted == null || executed == null || adjusted.yuan().signum() == 0) {
            return null;
        }
        return executed.yuan().divide(adjusted.yuan(), 6, RoundingMode.HALF_UP);
    }
}
