package org.gongkai.disclosure.diag;

/**
 * How serious a diagnostic is: an error fails the build, a warning is reported and the build goes on, a note tells
 * something worth knowing that is not a problem (a draft left out of the site).
 */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word compilers print: {@code error}, {@code warning} or {@code note}. */
    public String label() {
        return label;
    }
}
