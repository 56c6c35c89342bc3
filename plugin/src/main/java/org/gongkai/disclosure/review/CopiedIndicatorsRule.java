package org.gongkai.disclosure.review;

import java.util.List;

/**
 * Projects of one unit with the same indicators (names and targets, whatever their order or levels), as when three
 * of the Songjiang projects share =96 约谈, =5 例会 and ≥85% 满意度: were the targets set for each project?
 */
public final class CopiedIndicatorsRule extends CopiedSetRule {

    public CopiedIndicatorsRule() {
        super("review.copiedIndicators", "review.copiedAllIndicators");
    }

    @Override
    public String name() {
        return "copied-indicators";
    }

    @Override
    int others(SameIndicators.Group group, SameIndicators.Member member) {
        return group.othersInUnit(member);
    }

    @Override
    List<String> firstOthers(SameIndicators.Group group, SameIndicators.Member member) {
        return group.firstOthersInUnit(member);
    }
}
