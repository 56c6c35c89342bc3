package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.Declared;

/** The number of projects a declaration states (编报绩效目标的项目 N 个) is the number of project files. */
public final class DeclaredCountRule implements DeclarationRule {

    @Override
    public String name() {
        return "declared-count";
    }

    @Override
    public void check(CheckContext context, ProjectTally tally, DiagnosticSink sink) {
        if (context.declaration() == null) {
            return;
        }
        Declared declared = context.declaration().declared();
        if (declared == null || declared.projectCount() == null) {
            return;
        }
        // Drafts are not published, so the declaration's figures are about the others.
        int files = tally.projectFiles() - tally.drafts();
        if (declared.projectCount() != files) {
            sink.error(name(), declared.projectCountAt(), tally.drafts() == 0 ? "declared.count" : "declared.countDrafts",
                    declared.projectCount(), files, Math.abs(declared.projectCount() - files), tally.drafts());
        }
    }
}
