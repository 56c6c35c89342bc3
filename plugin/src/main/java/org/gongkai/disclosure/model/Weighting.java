package org.gongkai.disclosure.model;

import java.math.BigDecimal;

/**
 * 分值设置: how a project's scores are counted, as its form states them. Under 财预〔2020〕10号 the budget-execution
 * rate (预算执行率) carries points outside the indicator table, commonly 10 of 100, so the indicators' weights add up
 * to {@code total - budgetExecution}.
 *
 * @param total 总分, as the form states it
 * @param budgetExecution the budget-execution rate's points, outside the indicator table (0 when it has none)
 */
public record Weighting(BigDecimal total, BigDecimal budgetExecution, SourcePosition at) {

    /** What the indicators' weights add up to. */
    public BigDecimal indicators() {
        return total.subtract(budgetExecution);
    }
}
