package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.DiagnosticSink;

/** A check of what the declaration states against all of its projects (their count, their total). */
public interface DeclarationRule {

    String name();

    void check(CheckContext context, ProjectTally tally, DiagnosticSink sink);
}
