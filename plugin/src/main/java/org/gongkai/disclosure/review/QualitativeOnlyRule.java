package org.gongkai.disclosure.review;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.IndicatorRole;
import org.gongkai.disclosure.model.ProjectDraft;

/**
 * A project whose quantity indicators (产出指标·数量指标) or benefit indicators (效益指标) are all qualitative (提高,
 * 良好, 有效…): what it will deliver, or what good it will do, states no figure to check.
 */
public final class QualitativeOnlyRule implements ProjectReviewRule {

    static final Parameter<List<String>> QUANTITY = Parameter.words("quantity-level2", "数量指标");

    @Override
    public String name() {
        return "qualitative-only";
    }

    @Override
    public ReviewCategory category() {
        return ReviewCategory.MEASURABILITY;
    }

    @Override
    public ReviewSeverity defaultSeverity() {
        return ReviewSeverity.CONCERN;
    }

    @Override
    public List<Parameter<?>> parameters() {
        return List.of(QUANTITY);
    }

    @Override
    public void review(ProjectDraft project, ProjectContext context, RuleSettings settings, Consumer<Finding> findings) {
        if (!project.indicatorsComplete() || context.framework() == null) {
            return;
        }
        List<String> quantity = settings.get(QUANTITY);
        group(project, i -> Levels.hasRole(context.framework(), i, IndicatorRole.OUTPUT) && Levels.level2In(i, quantity),
                "review.group.quantity", true, settings, findings);
        group(project, i -> Levels.hasRole(context.framework(), i, IndicatorRole.OUTCOME), "review.group.outcome", false,
                settings, findings);
    }

    private static void group(ProjectDraft project, Predicate<Indicator> member, String groupKey, boolean byLevel2,
            RuleSettings settings, Consumer<Finding> findings) {
        // An unreadable target is the check's error: it makes the group neither measurable nor qualitative.
        List<Indicator> group = project.indicators().stream().filter(member)
                .filter(i -> !i.targets().isEmpty() && i.targets().stream().allMatch(java.util.Objects::nonNull)).toList();
        if (group.isEmpty() || group.stream().anyMatch(Indicator::isMeasurable)) {
            return;
        }
        Indicator first = group.get(0);
        findings.accept(settings.finding(byLevel2 ? first.level2() : first.level1(), first.at(),
                "review.qualitativeOnly", Message.of(groupKey), Listing.of(group.stream().map(Levels::named).toList())));
    }
}
