package org.gongkai.disclosure.load;

import org.gongkai.disclosure.diag.Message;

/** The outcome of parsing a value's text: the value, or why it is not one (a message for the user). */
public sealed interface Parsed<T> permits Parsed.Ok, Parsed.Problem {

    record Ok<T>(T value) implements Parsed<T> {
    }

    record Problem<T>(Message message) implements Parsed<T> {
    }

    static <T> Parsed<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Parsed<T> problem(String key, Object... args) {
        return new Problem<>(Message.of(key, args));
    }
}
