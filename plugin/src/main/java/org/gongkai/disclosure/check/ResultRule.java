package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.ProjectResult;

/**
 * A check of one self-evaluation against the project it evaluates. Rules are stateless and thread-safe, skip what
 * failed to load (already reported) and run in the same pass as the project's rules.
 */
public interface ResultRule {

    /** The rule's name, printed in brackets after each of its messages. */
    String name();

    /**
     * @param project the declared project with the result's id, or null when no project has it (reported once every
     *     project is read)
     */
    void check(ProjectResult result, ProjectDraft project, CheckContext context, DiagnosticSink sink);
}
