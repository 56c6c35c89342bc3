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
        int files = tally.projectFiles();
        if (declared.projectCount() != files) {
            sink.error(name(), declared.projectCountAt(), "declared.count", declared.projectCount(), files,
                    Math.abs(declared.projectCount() - files));
        }
    }
}
