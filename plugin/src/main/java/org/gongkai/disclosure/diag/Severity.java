package org.gongkai.disclosure.diag;

/** How serious a diagnostic is: an error fails the build, a warning is reported and the build goes on. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word compilers print: {@code error} or {@code warning}. */
    public String label() {
        return label;
    }
}
