package org.gongkai.disclosure.diag;

/**
 * How the core tells its caller what it is doing, without knowing about Maven's log. The Maven plugin
 * connects it to {@code Log}; tests collect or ignore it.
 */
public interface ProgressListener {

    ProgressListener SILENT = new ProgressListener() {
        @Override
        public void info(String line) {
        }
    };

    /** One line about a phase of the run (loaded, checked, written). */
    void info(String line);

    /** A diagnostic, already formatted; by default as an info line. */
    default void diagnostic(Diagnostic diagnostic, String formatted) {
        info(formatted);
    }
}
