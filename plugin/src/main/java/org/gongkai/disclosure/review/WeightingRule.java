package org.gongkai.disclosure.review;

/**
 * The check's {@code weights}: a weighting (权重) given for some indicators only, or not adding up. The check reports
 * it as an error; the review lists it with the unit's other findings.
 */
public final class WeightingRule extends CheckWarningRule {

    @Override
    public String name() {
        return "weights";
    }

    @Override
    public ReviewCategory category() {
        return ReviewCategory.COVERAGE;
    }

    @Override
    public ReviewSeverity defaultSeverity() {
        return ReviewSeverity.CONCERN;
    }
}
