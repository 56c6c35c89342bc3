package org.gongkai.disclosure.model;


/**
 * One row of the indicator table: 一级指标, 二级指标, 三级指标 and the target (年度指标值).
 *
 * @param weight the weight, or null when the project gives none
 */
public record Indicator(Text level1, Text level2, Text name, Target target, Weight weight, SourcePosition at) {
}
