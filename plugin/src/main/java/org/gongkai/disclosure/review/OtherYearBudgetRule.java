package org.gongkai.disclosure.review;

/** The check's {@code budget-year}: the budget text (年度预算安排) states a budget for another year. */
public final class OtherYearBudgetRule extends CheckWarningRule {

    @Override
    public String name() {
        return "budget-year";
    }

    @Override
    public ReviewCategory category() {
        return ReviewCategory.SOUNDNESS;
    }

    @Override
    public ReviewSeverity defaultSeverity() {
        return ReviewSeverity.CONCERN;
    }
}
