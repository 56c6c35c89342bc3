package org.gongkai.disclosure.review;

import java.util.function.Consumer;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.Text;

/**
 * A finding the check already makes: its diagnostics of the project's file under the rule of the same name become
 * findings of the review, with the check's own message, so that the two never say different things.
 */
abstract class CheckWarningRule implements ProjectReviewRule {

    @Override
    public final void review(ProjectDraft project, ProjectContext context, RuleSettings settings,
            Consumer<Finding> findings) {
        for (Diagnostic diagnostic : context.checked()) {
            if (diagnostic.rule().equals(name())) {
                findings.accept(settings.finding(subject(project, diagnostic), diagnostic.at(), diagnostic.message()));
            }
        }
    }

    /** The indicator the diagnostic points into, if any. */
    private static Text subject(ProjectDraft project, Diagnostic diagnostic) {
        for (Indicator indicator : project.indicators()) {
            if (diagnostic.at().equals(indicator.at())
                    || indicator.readTargets().stream().anyMatch(t -> diagnostic.at().equals(t.at()))) {
                return indicator.name();
            }
        }
        return null;
    }
}
