package org.gongkai.disclosure.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.ProjectDraft;

/**
 * 细化、量化: a project whose share of measurable targets (a number, a deadline or a range, as
 * {@code Target.isMeasurable} decides) is below the threshold.
 */
public final class MeasurableShareRule implements ProjectReviewRule {

    static final Parameter<BigDecimal> MINIMUM = Parameter.percent("minimum", "50", 0, 100);

    @Override
    public String name() {
        return "measurable-share";
    }

    @Override
    public ReviewCategory category() {
        return ReviewCategory.MEASURABILITY;
    }

    @Override
    public ReviewSeverity defaultSeverity() {
        return ReviewSeverity.ADVICE;
    }

    @Override
    public List<Parameter<?>> parameters() {
        return List.of(MINIMUM);
    }

    @Override
    public void review(ProjectDraft project, ProjectContext context, RuleSettings settings, Consumer<Finding> findings) {
        List<Indicator> indicators = project.indicators();
        if (indicators.isEmpty() || !project.indicatorsComplete()) {
            return; // a share over the rows that could be read would mislead; the check has reported the others
        }
        long measurable = indicators.stream().filter(Indicator::isMeasurable).count();
        BigDecimal minimum = settings.get(MINIMUM);
        if (Percent.share(measurable, indicators.size()).compareTo(minimum) < 0) {
            findings.accept(settings.finding(null, project.indicatorsAt(), "review.measurableShare", measurable,
                    indicators.size(), Percent.shown(measurable, indicators.size()), Percent.setting(minimum)));
        }
    }
}
