package org.gongkai.disclosure;

import java.util.List;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.load.LoadedContent;

/** The outcome of loading and checking: what was read and every diagnostic, sorted. */
public record CheckReport(LoadedContent content, List<Diagnostic> diagnostics) {

    public CheckReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }

    public boolean passed() {
        return errors() == 0;
    }
}
