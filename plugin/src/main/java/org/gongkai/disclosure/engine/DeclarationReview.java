package org.gongkai.disclosure.engine;

import java.util.List;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.load.DeclarationSource;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.review.ReviewSummary;
import org.gongkai.disclosure.review.ReviewedDeclaration;
import org.gongkai.disclosure.review.ReviewedProject;
import org.gongkai.disclosure.review.Reviewer;

/**
 * The review of one declaration on its own, for the summary its published index shows when {@code site.yaml} asks
 * for it: its projects reviewed as they are read, then compared with each other (not with other declarations, which
 * are built at the same time).
 */
final class DeclarationReview {

    private final Reviewer reviewer;
    private final DeclarationSource source;
    private final ReviewedDeclaration declaration;

    DeclarationReview(Reviewer reviewer, DeclarationSource source) {
        this.reviewer = reviewer;
        this.source = source;
        this.declaration = new ReviewedDeclaration(source.folder(), source.declaration(), source.folder(),
                source.projectFiles().size());
    }

    /** Reviews a project on a worker. */
    ReviewedProject review(ProjectDraft draft, List<Diagnostic> checked) {
        var read = source.declaration();
        return reviewer.review(draft, read, read == null ? null : read.framework(), checked);
    }

    /** Adds a reviewed project, in file order, from the declaration's own thread. */
    void add(ReviewedProject project) {
        declaration.add(project);
    }

    /** The summary, once every project is in. */
    ReviewSummary summary() {
        reviewer.compare(List.of(declaration));
        return ReviewSummary.of(declaration);
    }
}
