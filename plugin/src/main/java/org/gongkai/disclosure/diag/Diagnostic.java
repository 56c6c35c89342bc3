package org.gongkai.disclosure.diag;

import org.gongkai.disclosure.model.SourcePosition;

/**
 * One problem found in the content: where, how serious, which rule found it, and what to tell the user.
 *
 * @param rule the rule's name, as printed in brackets after the message (e.g. {@code funds-sum})
 */
public record Diagnostic(Severity severity, String rule, SourcePosition at, Message message) {

    public static Diagnostic error(String rule, SourcePosition at, String key, Object... args) {
        return new Diagnostic(Severity.ERROR, rule, at, Message.of(key, args));
    }

    public static Diagnostic warning(String rule, SourcePosition at, String key, Object... args) {
        return new Diagnostic(Severity.WARNING, rule, at, Message.of(key, args));
    }

    public static Diagnostic note(String rule, SourcePosition at, String key, Object... args) {
        return new Diagnostic(Severity.NOTE, rule, at, Message.of(key, args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
