package org.gongkai.disclosure.review;

import java.util.List;

/**
 * Projects that share one set of indicators (names and targets, whatever their order or levels) with other projects:
 * of their own unit ({@link CopiedIndicatorsRule}) or of other units ({@link CopiedAcrossUnitsRule}). The sets are
 * grouped by their hash once ({@link SameIndicators}), so a city's projects are never compared in pairs.
 */
abstract sealed class CopiedSetRule implements ContentReviewRule permits CopiedIndicatorsRule, CopiedAcrossUnitsRule {

    static final Parameter<Integer> MINIMUM_INDICATORS = Parameter.count("minimum-indicators", 3, 1, 1000);

    /** The message of a shared set with measurable targets, and of one whose targets are all words. */
    private final String measuredMessage;
    private final String wordsMessage;

    CopiedSetRule(String measuredMessage, String wordsMessage) {
        this.measuredMessage = measuredMessage;
        this.wordsMessage = wordsMessage;
    }

    /** How many of the group's other projects this rule counts against {@code member}. */
    abstract int others(SameIndicators.Group group, SameIndicators.Member member);

    /** The first of those others, named in the finding. */
    abstract List<String> firstOthers(SameIndicators.Group group, SameIndicators.Member member);

    @Override
    public final ReviewCategory category() {
        return ReviewCategory.COPIES;
    }

    @Override
    public final ReviewSeverity defaultSeverity() {
        return ReviewSeverity.CONCERN;
    }

    @Override
    public final List<Parameter<?>> parameters() {
        return List.of(MINIMUM_INDICATORS);
    }

    @Override
    public final void review(List<ReviewedDeclaration> declarations, RuleSettings settings) {
        for (SameIndicators.Group group : SameIndicators.groups(declarations, settings.get(MINIMUM_INDICATORS))) {
            for (SameIndicators.Member member : group.members()) {
                int others = others(group, member);
                if (others > 0) {
                    ReviewedProject project = member.project();
                    SameIndicators.Key shared = group.key();
                    project.add(settings.finding(null, project.indicatorsAt(),
                            shared.measured() ? measuredMessage : wordsMessage, shared.set().size(),
                            Listing.of(firstOthers(group, member), others)));
                }
            }
        }
    }
}
