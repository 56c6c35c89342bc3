package org.gongkai.disclosure.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.load.DeclarationSource;
import org.gongkai.disclosure.load.SiteLayout;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.review.ReviewReport;
import org.gongkai.disclosure.review.ReviewedDeclaration;
import org.gongkai.disclosure.review.ReviewedProject;
import org.gongkai.disclosure.review.Reviewer;

/**
 * The review riding on a run's check: each project is reviewed on the worker that read and checked it, and added to
 * its declaration in file order; once every declaration is built, the projects are compared with each other.
 */
final class ReviewPass {

    private final Reviewer reviewer;
    /** By identity: a source's hash would walk its glossary and file list for each of its projects. */
    private final Map<DeclarationSource, ReviewedDeclaration> declarations = new IdentityHashMap<>();
    private final List<ReviewedDeclaration> inOrder = new ArrayList<>();
    private final boolean multi;

    ReviewPass(Reviewer reviewer, SiteLayout layout, Function<java.nio.file.Path, String> display) {
        this.reviewer = reviewer;
        this.multi = layout.isMulti();
        for (DeclarationSource source : layout.declarations()) {
            ReviewedDeclaration reviewed = new ReviewedDeclaration(source.folder(), source.declaration(),
                    source.folder() != null ? source.folder() : display.apply(source.dir()), source.projectFiles().size());
            declarations.put(source, reviewed);
            inOrder.add(reviewed);
        }
    }

    /** Reviews a project that was read, with the check's diagnostics of its file; on a worker. */
    ReviewedProject review(DeclarationSource source, ProjectDraft draft, List<Diagnostic> checked) {
        var declaration = source.declaration();
        return reviewer.review(draft, declaration, declaration == null ? null : declaration.framework(), checked);
    }

    /** Adds a reviewed project to its declaration; in file order, from the declaration's own thread. */
    void add(DeclarationSource source, ReviewedProject project) {
        declarations.get(source).add(project);
    }

    /** Records what the check found in the declaration's files. */
    void checked(DeclarationSource source, List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        declarations.get(source).checked(errors, diagnostics.size() - errors);
    }

    /** Compares the projects with each other, once every declaration is built. */
    ReviewReport finish() {
        reviewer.compare(inOrder);
        return new ReviewReport(inOrder, reviewer.settings(), multi);
    }
}
