package org.gongkai.disclosure.review;

/** The check's {@code percent-over-100}: a percentage target above 100, which no rate can meet. */
public final class PercentAbove100Rule extends CheckWarningRule {

    @Override
    public String name() {
        return "percent-over-100";
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
