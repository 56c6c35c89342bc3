package org.gongkai.disclosure.model;

/**
 * One indicator of a self-evaluation (项目支出绩效自评表): what it achieved and how it was scored. Matched to the
 * declared indicator by its Chinese name.
 *
 * @param name the indicator's name as the result gives it; only its Chinese is used to find the declared one
 * @param actual 实际完成值, read like a target
 * @param score 得分, or null when the form gives none
 * @param points 分值, for an indicator the declaration gives no weight; null otherwise
 * @param deviation 偏差原因分析及改进措施, or null
 */
public record IndicatorResult(Text name, Target actual, Score score, Weight points, Text deviation, SourcePosition at) {
}
