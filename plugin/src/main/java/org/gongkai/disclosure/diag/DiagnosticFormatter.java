package org.gongkai.disclosure.diag;

/** Formats diagnostics the way compilers do: {@code path:line:col: error: message [rule]}. */
public final class DiagnosticFormatter {

    private final MessageCatalog catalog;

    public DiagnosticFormatter(MessageCatalog catalog) {
        this.catalog = catalog;
    }

    public String format(Diagnostic diagnostic) {
        return diagnostic.at() + ": " + diagnostic.severity().label() + ": " + message(diagnostic)
                + " [" + diagnostic.rule() + "]";
    }

    /** The message alone, in the catalog's language. */
    public String message(Diagnostic diagnostic) {
        return catalog.format(diagnostic.message());
    }
}
