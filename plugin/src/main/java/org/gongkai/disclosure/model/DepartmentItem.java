package org.gongkai.disclosure.model;

/**
 * One line of a department's income or expenditure (收入构成: 财政拨款, 其他资金…; 支出构成: 基本支出, 项目支出…).
 *
 * @param share its share of the total (占比) as the form states it, or null
 */
public record DepartmentItem(Text name, Money amount, Share share) {
}
