package org.gongkai.disclosure.model;

/** One line of the annual budget (年度预算安排), e.g. 餐费 5.28万元. */
public record BudgetItem(Text name, Money amount) {
}
