package org.gongkai.disclosure.review;

import java.util.function.Consumer;

import org.gongkai.disclosure.model.ProjectDraft;

/**
 * A review of one project on its own. Like the check's rules, it skips fields that could not be read (the check has
 * reported them) and reports every finding it makes.
 */
public non-sealed interface ProjectReviewRule extends ReviewRule {

    void review(ProjectDraft project, ProjectContext context, RuleSettings settings, Consumer<Finding> findings);
}
