package org.gongkai.disclosure.diag;

import org.gongkai.disclosure.model.SourcePosition;

/** Where loaders and rules report problems. Implementations must be safe to call from several threads. */
@FunctionalInterface
public interface DiagnosticSink {

    void report(Diagnostic diagnostic);

    default void error(String rule, SourcePosition at, String key, Object... args) {
        report(Diagnostic.error(rule, at, key, args));
    }

    default void warning(String rule, SourcePosition at, String key, Object... args) {
        report(Diagnostic.warning(rule, at, key, args));
    }
}
