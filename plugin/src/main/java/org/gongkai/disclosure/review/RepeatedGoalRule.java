package org.gongkai.disclosure.review;

import java.util.function.Consumer;

import org.gongkai.disclosure.model.Goals;
import org.gongkai.disclosure.model.ProjectDraft;

/**
 * 年度总体目标 that repeats 项目总目标 word for word (white space and full-width forms aside): the year's goal then
 * says nothing of what this year's funds will achieve.
 */
public final class RepeatedGoalRule implements ProjectReviewRule {

    @Override
    public String name() {
        return "repeated-goal";
    }

    @Override
    public ReviewCategory category() {
        return ReviewCategory.COPIES;
    }

    @Override
    public ReviewSeverity defaultSeverity() {
        return ReviewSeverity.ADVICE;
    }

    @Override
    public void review(ProjectDraft project, ProjectContext context, RuleSettings settings, Consumer<Finding> findings) {
        Goals goals = project.goals();
        if (goals == null || goals.overall() == null || goals.annual() == null) {
            return;
        }
        if (Normalized.text(goals.overall().zh()).equals(Normalized.text(goals.annual().zh()))) {
            findings.accept(settings.finding(null, goals.annual().at(), "review.repeatedGoal"));
        }
    }
}
