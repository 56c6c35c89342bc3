package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.ProjectResult;
import org.gongkai.disclosure.model.ResultMatch;

/** A warning for a declared indicator that the self-evaluation leaves without a result: its target goes unanswered. */
public final class ResultMissingRule implements ResultRule {

    @Override
    public String name() {
        return "result-missing";
    }

    @Override
    public void check(ProjectResult result, ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        // A result with no indicator at all is an error of its own; naming each missing one would only repeat it.
        if (project == null || !project.indicatorsComplete() || !result.indicatorsComplete()
                || result.indicators().isEmpty()) {
            return;
        }
        ResultMatch match = ResultMatch.of(project.indicators(), result.indicators());
        for (int i = 0; i < project.indicators().size(); i++) {
            Indicator indicator = project.indicators().get(i);
            if (match.byIndicator().get(i) == null) {
                sink.warning(name(), result.indicatorsAt(), "result.missing", indicator.name().zh().strip(),
                        indicator.at());
            }
        }
    }
}
