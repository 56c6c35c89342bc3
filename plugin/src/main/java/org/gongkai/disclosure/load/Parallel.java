package org.gongkai.disclosure.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Work on many files done two or more at a time (the common pool and the caller), for reading and looking at files
 * where each is a system call or a parse: the results come in the list's order, and the first {@link IOException}
 * comes out as itself.
 */
public final class Parallel {

    /** A step that may fail with an {@link IOException}. */
    public interface IoFunction<T, R> {
        R apply(T item) throws IOException;
    }

    private Parallel() {
    }

    /** Each item's result, null ones included, in the order of {@code items}. */
    public static <T, R> List<R> map(List<T> items, IoFunction<T, R> step) throws IOException {
        try {
            return items.parallelStream().map(item -> {
                try {
                    return step.apply(item);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
