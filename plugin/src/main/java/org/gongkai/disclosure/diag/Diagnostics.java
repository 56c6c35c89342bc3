package org.gongkai.disclosure.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every diagnostic of a run, so that the user sees all problems at once rather than the first. */
public final class Diagnostics implements DiagnosticSink {

    private static final Comparator<Diagnostic> READING_ORDER = Comparator.comparing(Diagnostic::at)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::rule);

    private final List<Diagnostic> all = new ArrayList<>();

    @Override
    public synchronized void report(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    /** Every diagnostic so far, in file, line and column order (stable whatever order threads reported them). */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(all);
        copy.sort(READING_ORDER);
        return copy;
    }

    public synchronized long errorCount() {
        return all.stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return all.size() - errorCount();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }
}
