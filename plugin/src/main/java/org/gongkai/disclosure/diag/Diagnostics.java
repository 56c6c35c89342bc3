package org.gongkai.disclosure.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Collects every diagnostic of a run, so that the user sees all problems at once rather than the first. */
public final class Diagnostics implements DiagnosticSink {

    private static final Comparator<Diagnostic> READING_ORDER = Comparator.comparing(Diagnostic::at)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::rule);

    private final List<Diagnostic> all = new ArrayList<>();
    /** Counted as reported: asking whether an error stands happens once per project and must not scan them all. */
    private final AtomicInteger errors = new AtomicInteger();

    @Override
    public synchronized void report(Diagnostic diagnostic) {
        all.add(diagnostic);
        if (diagnostic.isError()) {
            errors.incrementAndGet();
        }
    }

    /** Every diagnostic so far, in file, line and column order (stable whatever order threads reported them). */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(all);
        copy.sort(READING_ORDER);
        return copy;
    }

    public int errorCount() {
        return errors.get();
    }

    public boolean hasErrors() {
        return errors.get() > 0;
    }
}
