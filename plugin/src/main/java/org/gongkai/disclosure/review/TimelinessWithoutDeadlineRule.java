package org.gongkai.disclosure.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Operator;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.Target;

/**
 * A timeliness indicator (时效指标) that asks for 100% on time without saying what "on time" is: a target that cannot
 * fail. One that names its deadline in the indicator (5个工作日内, 年底前) is fine.
 */
public final class TimelinessWithoutDeadlineRule implements ProjectReviewRule {

    static final Parameter<List<String>> TIMELINESS = Parameter.words("timeliness-level2", "时效指标");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** A period (5个工作日内, 24小时内, 3天以内) or a date (年底前, 6月底前, 截至): no nested repetition, linear time. */
    private static final Pattern DEADLINE = Pattern.compile(
            "(?<!\\d)\\d++\\s*+个?(?:工作日|自然日|日|天|小时|周|个月|月|季度|年)(?:之内|以内|内|前)|[月年季]底前|[月年季]末前|截[至止]|\\d{4}-\\d{2}");

    @Override
    public String name() {
        return "timeliness-without-deadline";
    }

    @Override
    public ReviewCategory category() {
        return ReviewCategory.SOUNDNESS;
    }

    @Override
    public ReviewSeverity defaultSeverity() {
        return ReviewSeverity.ADVICE;
    }

    @Override
    public List<Parameter<?>> parameters() {
        return List.of(TIMELINESS);
    }

    @Override
    public void review(ProjectDraft project, ProjectContext context, RuleSettings settings, Consumer<Finding> findings) {
        List<String> timeliness = settings.get(TIMELINESS);
        for (Indicator indicator : project.indicators()) {
            // The year's target, or every recipient's (分配对象): 100% each.
            List<Target> targets = indicator.targets();
            if (!targets.isEmpty() && targets.stream().allMatch(t -> t != null && isWhole(t))
                    && Levels.level2In(indicator, timeliness)
                    && !DEADLINE.matcher(Normalized.text(indicator.name().zh())).find()
                    && (indicator.explanation() == null
                            || !DEADLINE.matcher(Normalized.text(indicator.explanation().zh())).find())) {
                findings.accept(settings.finding(indicator.name(), Levels.targetAt(indicator),
                        "review.timelinessWithoutDeadline", indicator.name().zh(), Levels.written(indicator)));
            }
        }
    }

    /** 100% (=100%, ≥100%): everything on time. */
    private static boolean isWhole(Target target) {
        return target.isPercentage() && target.value().compareTo(HUNDRED) == 0
                && (target.operator() == Operator.EQ || target.operator() == Operator.GE);
    }
}
