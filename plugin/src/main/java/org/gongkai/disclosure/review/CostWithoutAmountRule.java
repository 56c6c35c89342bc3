package org.gongkai.disclosure.review;

import java.util.List;
import java.util.function.Consumer;

import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.IndicatorRole;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.Yuan;

/**
 * A cost indicator (成本指标) whose target states no amount, such as 成本控制: 良好. Cost is a level 1 of its own in the
 * 2021 framework and a level 2 under 产出指标 in the 2015 one; both are found.
 */
public final class CostWithoutAmountRule implements ProjectReviewRule {

    static final Parameter<List<String>> COST_LEVEL2 = Parameter.words("cost-level2", "成本指标");

    @Override
    public String name() {
        return "cost-without-amount";
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
        return List.of(COST_LEVEL2);
    }

    @Override
    public void review(ProjectDraft project, ProjectContext context, RuleSettings settings, Consumer<Finding> findings) {
        List<String> costLevel2 = settings.get(COST_LEVEL2);
        for (Indicator indicator : project.indicators()) {
            boolean cost = Levels.hasRole(context.framework(), indicator, IndicatorRole.COST)
                    || Levels.level2In(indicator, costLevel2);
            // An unreadable target is the check's error already; a target for each recipient is judged by isMeasurable.
            if (!cost || indicator.isMeasurable() || indicator.targets().isEmpty()
                    || indicator.targets().stream().anyMatch(java.util.Objects::isNull)) {
                continue;
            }
            var annual = project.annualFunds() == null ? null : project.annualFunds().total();
            if (annual != null) {
                findings.accept(settings.finding(indicator.name(), Levels.targetAt(indicator), "review.costWithoutAmount",
                        indicator.name().zh(), Levels.written(indicator), Yuan.grouped(annual.yuan())));
            } else {
                findings.accept(settings.finding(indicator.name(), Levels.targetAt(indicator),
                        "review.costWithoutAmountBare", indicator.name().zh(), Levels.written(indicator)));
            }
        }
    }
}
