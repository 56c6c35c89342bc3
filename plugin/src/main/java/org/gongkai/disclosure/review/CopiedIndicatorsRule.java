package org.gongkai.disclosure.review;

import java.util.List;

/**
 * Projects of one unit with the same indicators (names and targets, whatever their order or levels), as when three
 * of the Songjiang projects share =96 约谈, =5 例会 and ≥85% 满意度: were the targets set for each project?
 */
public final class CopiedIndicatorsRule implements ContentReviewRule {

    static final Parameter<Integer> MINIMUM_INDICATORS = Parameter.count("minimum-indicators", 3, 1, 1000);

    @Override
    public String name() {
        return "copied-indicators";
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
                int others = group.othersInUnit(member);
                if (others > 0) {
                    ReviewedProject project = member.project();
                    SameIndicators.Key shared = group.key();
                    project.add(settings.finding(null, project.indicatorsAt(),
                            shared.measured() ? "review.copiedIndicators" : "review.copiedAllIndicators", shared.set().size(),
                            Listing.of(group.firstOthersInUnit(member), others)));
                }
            }
        }
    }
}
