package org.gongkai.disclosure.review;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.gongkai.disclosure.model.Framework;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.ProjectDraft;

/**
 * 完整性: every level-1 indicator of the framework is present. The 2021 framework expects a cost indicator (成本指标) of
 * every project, besides output, benefit and satisfaction.
 */
public final class Level1CoverageRule implements ProjectReviewRule {

    @Override
    public String name() {
        return "level1-coverage";
    }

    @Override
    public ReviewCategory category() {
        return ReviewCategory.COVERAGE;
    }

    @Override
    public ReviewSeverity defaultSeverity() {
        return ReviewSeverity.CONCERN;
    }

    @Override
    public void review(ProjectDraft project, ProjectContext context, RuleSettings settings, Consumer<Finding> findings) {
        Framework framework = context.framework();
        if (framework == null || !project.indicatorsComplete() || project.indicators().isEmpty()) {
            return;
        }
        Set<String> present = new HashSet<>();
        for (Indicator indicator : project.indicators()) {
            var level1 = framework.level1Of(indicator);
            if (level1.isEmpty()) {
                return; // an unknown level 1 is an error of the check; coverage would only guess
            }
            present.add(level1.get().name().zh());
        }
        for (Framework.Level1 level1 : framework.level1()) {
            if (!present.contains(level1.name().zh())) {
                findings.accept(settings.finding(level1.name(), project.indicatorsAt(), "review.level1Missing",
                        level1.name().zh(), framework.id()));
            }
        }
    }
}
