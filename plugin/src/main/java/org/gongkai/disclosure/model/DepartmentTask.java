package org.gongkai.disclosure.model;

/**
 * One of a department's main tasks of the year (年度主要任务).
 *
 * @param content what the task is (主要内容), or null
 * @param amount its budget (预算金额), or null when the form gives none
 * @param fiscal of which fiscal appropriation (财政拨款), or null
 * @param other of which other funds (其他资金), or null
 */
public record DepartmentTask(Text name, Text content, Money amount, Money fiscal, Money other) {
}
