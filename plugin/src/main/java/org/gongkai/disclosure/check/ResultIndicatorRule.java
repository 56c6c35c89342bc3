package org.gongkai.disclosure.check;

import java.util.List;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.IndicatorResult;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.ProjectResult;
import org.gongkai.disclosure.model.ResultMatch;

/**
 * A self-evaluation answers only indicators the project declares (matched by name, with a did-you-mean), and each one
 * once: a result cannot add an indicator the declaration did not set.
 */
public final class ResultIndicatorRule implements ResultRule {

    @Override
    public String name() {
        return "result-indicator";
    }

    @Override
    public void check(ProjectResult result, ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        if (project == null || !project.indicatorsComplete()) {
            return;
        }
        ResultMatch match = ResultMatch.of(project.indicators(), result.indicators());
        List<String> declared = project.indicators().stream().map(i -> i.name().zh().strip()).distinct().toList();
        for (IndicatorResult unknown : match.unknown()) {
            String name = unknown.name().zh().strip();
            Closest.to(name, declared).ifPresentOrElse(
                    meant -> sink.error(name(), unknown.name().at(), "result.unknownIndicatorDidYouMean", result.project(),
                            name, meant),
                    () -> sink.error(name(), unknown.name().at(), "result.unknownIndicator", result.project(), name,
                            String.join("、", declared)));
        }
        for (IndicatorResult repeated : match.repeated()) {
            sink.error(name(), repeated.name().at(), "result.repeatedIndicator", repeated.name().zh().strip(),
                    match.earlier(repeated).name().at());
        }
    }
}
