package org.gongkai.disclosure.model;

import java.math.BigDecimal;

/**
 * What the indexes show of a project's self-evaluation: the budget as adjusted and as executed, the total score, and
 * how many of its measurable targets were met.
 *
 * @param adjusted 全年预算数, or null when the result gives no budget
 * @param executed 全年执行数, or null likewise
 * @param totalScore 总分 as stated, or null
 * @param met the measurable targets whose actual value meets them
 * @param measurable the project's measurable targets, with a result or not
 */
public record ResultSummary(BigDecimal adjusted, BigDecimal executed, BigDecimal totalScore, int met, int measurable) {
}
