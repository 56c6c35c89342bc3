package org.gongkai.disclosure.review;

import java.util.List;

/** The rules of the review, in the order the report lists them: the one list every part of the review reads. */
public final class ReviewRules {

    /** Every rule, by category: measurability, copies, soundness, coverage. */
    public static final List<ReviewRule> ALL = List.of(
            new MeasurableShareRule(), new QualitativeOnlyRule(), new CostWithoutAmountRule(),
            new CopiedIndicatorsRule(), new CopiedAcrossUnitsRule(), new RepeatedGoalRule(), new UnchangedTargetsRule(),
            new TimelinessWithoutDeadlineRule(), new PercentAbove100Rule(), new SatisfactionWithoutSurveyRule(),
            new OtherYearBudgetRule(),
            new Level1CoverageRule(), new WeightingRule());

    private ReviewRules() {
    }

    public static List<String> names() {
        return ALL.stream().map(ReviewRule::name).toList();
    }
}
