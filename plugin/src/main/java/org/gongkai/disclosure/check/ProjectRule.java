package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.ProjectDraft;

/**
 * A check of one project on its own. Rules are stateless and thread-safe; they skip fields that failed to
 * load (already reported) and report every problem they find, with the figures in the message.
 */
public interface ProjectRule {

    /** The rule's name, printed in brackets after each of its messages. */
    String name();

    void check(ProjectDraft project, CheckContext context, DiagnosticSink sink);
}
