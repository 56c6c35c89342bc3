package org.gongkai.disclosure.model;

/**
 * 分配对象: one of the towns, villages, schools or units that a shared fund is allotted to, with its own targets for
 * the same indicators (the columns of a matrix in the filing).
 *
 * @param amount its share of the year's funds, or null when the form gives none
 * @param implementer its implementing unit (实施单位), or null
 * @param content what it does with the money (项目内容), or null
 */
public record Recipient(Text name, Money amount, Text implementer, Text content) {
}
