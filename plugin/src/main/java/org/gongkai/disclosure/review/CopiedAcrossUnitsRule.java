package org.gongkai.disclosure.review;

import java.util.List;

/**
 * Projects of different units with the same indicators (names and targets): a set taken from another unit's filing,
 * or from a template, rather than set for the project.
 */
public final class CopiedAcrossUnitsRule implements ContentReviewRule {

    static final Parameter<Integer> MINIMUM_INDICATORS = Parameter.count("minimum-indicators", 3, 1, 1000);

    @Override
    public String name() {
        return "copied-across-units";
    }

    @Override
    public ReviewCategory category() {
        return ReviewCategory.COPIES;
    }

    @Override
    public ReviewSeverity defaultSeverity() {
        return ReviewSeverity.CONCERN;
    }

    @Override
    public List<Parameter<?>> parameters() {
        return List.of(MINIMUM_INDICATORS);
    }

    @Override
    public void review(List<ReviewedDeclaration> declarations, RuleSettings settings) {
        for (SameIndicators.Group group : SameIndicators.groups(declarations, settings.get(MINIMUM_INDICATORS))) {
            for (SameIndicators.Member member : group.members()) {
                int others = group.othersElsewhere(member);
                if (others > 0) {
                    ReviewedProject project = member.project();
                    SameIndicators.Key shared = group.key();
                    project.add(settings.finding(null, project.indicatorsAt(),
                            shared.measured() ? "review.copiedAcrossUnits" : "review.copiedAllAcrossUnits", shared.set().size(),
                            Listing.of(group.firstOthersElsewhere(member), others)));
                }
            }
        }
    }
}
