package org.gongkai.disclosure.engine;

import java.util.List;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.diag.Severity;

/** The outcome of checking: every diagnostic, sorted, and how much was read. */
public record CheckReport(List<Diagnostic> diagnostics, int declarations, int projectFiles) {

    public CheckReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }

    public boolean passed() {
        return errors() == 0;
    }
}
