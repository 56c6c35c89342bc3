package org.gongkai.disclosure.review;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.IndicatorRole;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.Sections;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.model.Text;

/**
 * A satisfaction indicator (满意度指标) in a project that names no survey anywhere: not in the indicator, not in the
 * narratives, not in the goals. A satisfaction rate nobody measures cannot be checked.
 */
public final class SatisfactionWithoutSurveyRule implements ProjectReviewRule {

    static final Parameter<List<String>> SURVEY_WORDS = Parameter.words("survey-words", "问卷", "调查", "测评", "抽样",
            "评议", "回访");

    @Override
    public String name() {
        return "satisfaction-without-survey";
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
        return List.of(SURVEY_WORDS);
    }

    @Override
    public void review(ProjectDraft project, ProjectContext context, RuleSettings settings, Consumer<Finding> findings) {
        List<Indicator> satisfaction = project.indicators().stream()
                .filter(i -> Levels.hasRole(context.framework(), i, IndicatorRole.SATISFACTION)).toList();
        if (satisfaction.isEmpty() || namesASurvey(project, settings.get(SURVEY_WORDS))) {
            return;
        }
        for (Indicator indicator : satisfaction) {
            findings.accept(settings.finding(indicator.name(), Levels.targetAt(indicator),
                    "review.satisfactionWithoutSurvey", indicator.name().zh(), Levels.written(indicator)));
        }
    }

    private static boolean namesASurvey(ProjectDraft project, List<String> words) {
        List<Text> texts = new ArrayList<>();
        for (Indicator indicator : project.indicators()) {
            texts.add(indicator.name());
            if (indicator.explanation() != null) {
                texts.add(indicator.explanation()); // 指标解释: "发放问卷测得"
            }
            indicator.targets().stream().filter(java.util.Objects::nonNull).map(Target::written).forEach(texts::add);
        }
        project.sections().present().stream().map(Sections.Section::text).forEach(texts::add);
        if (project.goals() != null) {
            texts.add(project.goals().overall());
            texts.add(project.goals().annual());
        }
        for (Text text : texts) {
            if (text != null && words.stream().anyMatch(text.zh()::contains)) {
                return true;
            }
        }
        return false;
    }
}
