package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.DiagnosticSink;

/** No two projects share an id: the id is the project page's address. */
public final class UniqueIdsRule implements DeclarationRule {

    @Override
    public String name() {
        return "id-unique";
    }

    @Override
    public void check(CheckContext context, ProjectTally tally, DiagnosticSink sink) {
        for (ProjectTally.RepeatedId repeated : tally.repeatedIds()) {
            sink.error(name(), repeated.at(), "id.duplicate", repeated.id(), repeated.firstUse());
        }
    }
}
