package org.gongkai.disclosure.diag;

import java.util.Arrays;
import java.util.List;

/**
 * A user-visible message, kept as a catalog key and its arguments so that it can be shown in either language.
 * An argument is either an already formatted string (money, dates: the same figures in both languages) or
 * another message (a field's name, a kind of value), which is itself shown in the reader's language.
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args);
        for (Object arg : args) {
            if (!(arg instanceof String) && !(arg instanceof Message)) {
                throw new IllegalArgumentException("Message arguments are strings or messages: " + arg);
            }
        }
    }

    /** Builds a message; arguments other than strings and messages are turned into strings. */
    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.stream(args)
                .map(a -> a instanceof Message ? a : String.valueOf(a))
                .toList());
    }
}
