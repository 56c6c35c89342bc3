package org.gongkai.disclosure.review;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.model.Yuan;

/**
 * A project whose indicators and targets are those of the same project (the same id, in the same unit) last year,
 * while its annual funds (年度资金申请总额) changed by more than the threshold: more or less money, the same promises.
 */
public final class UnchangedTargetsRule implements ContentReviewRule {

    static final Parameter<BigDecimal> BUDGET_CHANGE = Parameter.percent("budget-change", "20", 0, 10000);

    private record Key(String unit, int year, String id) {
    }

    @Override
    public String name() {
        return "unchanged-targets";
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
        return List.of(BUDGET_CHANGE);
    }

    @Override
    public void review(List<ReviewedDeclaration> declarations, RuleSettings settings) {
        Map<Key, ReviewedProject> byYear = new HashMap<>();
        for (ReviewedDeclaration declaration : declarations) {
            if (declaration.declaration() == null) {
                continue;
            }
            for (ReviewedProject project : declaration.projects()) {
                if (project.id() != null) {
                    byYear.putIfAbsent(new Key(declaration.unit(), declaration.fiscalYear(), project.id()), project);
                }
            }
        }
        BigDecimal threshold = settings.get(BUDGET_CHANGE);
        for (ReviewedDeclaration declaration : declarations) {
            if (declaration.declaration() == null) {
                continue;
            }
            int lastYear = declaration.fiscalYear() - 1;
            for (ReviewedProject project : declaration.projects()) {
                ReviewedProject before = project.id() == null ? null
                        : byYear.get(new Key(declaration.unit(), lastYear, project.id()));
                if (before == null || project.indicatorSet() == null || !project.indicatorSet().equals(before.indicatorSet())
                        || project.annualTotal() == null || before.annualTotal() == null) {
                    continue;
                }
                if (before.annualTotal().signum() == 0) {
                    // From nothing to a budget: no percentage, and the clearest case of targets that no longer fit.
                    if (project.annualTotal().signum() != 0) {
                        project.add(settings.finding(null, project.indicatorsAt(), "review.unchangedTargetsFromZero",
                                project.indicatorSet().size(), lastYear, before.file(), Yuan.grouped(before.annualTotal()),
                                Yuan.grouped(project.annualTotal())));
                    }
                    continue;
                }
                if (Percent.changeSize(before.annualTotal(), project.annualTotal()).compareTo(threshold) > 0) {
                    project.add(settings.finding(null, project.indicatorsAt(), "review.unchangedTargets",
                            project.indicatorSet().size(), lastYear, before.file(), Yuan.grouped(before.annualTotal()),
                            Yuan.grouped(project.annualTotal()), Percent.change(before.annualTotal(), project.annualTotal()),
                            Percent.setting(threshold)));
                }
            }
        }
    }
}
