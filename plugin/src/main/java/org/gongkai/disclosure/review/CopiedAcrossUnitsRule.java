package org.gongkai.disclosure.review;

import java.util.List;

/**
 * Projects of different units with the same indicators (names and targets): a set taken from another unit's filing,
 * or from a template, rather than set for the project.
 */
public final class CopiedAcrossUnitsRule extends CopiedSetRule {

    public CopiedAcrossUnitsRule() {
        super("review.copiedAcrossUnits", "review.copiedAllAcrossUnits");
    }

    @Override
    public String name() {
        return "copied-across-units";
    }

    @Override
    int others(SameIndicators.Group group, SameIndicators.Member member) {
        return group.othersElsewhere(member);
    }

    @Override
    List<String> firstOthers(SameIndicators.Group group, SameIndicators.Member member) {
        return group.firstOthersElsewhere(member);
    }
}
