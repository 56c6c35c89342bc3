package org.gongkai.disclosure.model;

/**
 * One line of the annual budget (年度预算安排 / 项目预算成本构成), e.g. 餐费 5.28万元.
 *
 * @param basis how the amount was reckoned (测算依据), or null when the form gives none
 */
public record BudgetItem(Text name, Money amount, Text basis) {

    public BudgetItem(Text name, Money amount) {
        this(name, amount, null);
    }
}
