package org.gongkai.disclosure.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for tasks: every one of them, before the first failure is passed on. */
final class Tasks {

    private Tasks() {
    }

    /** Waits for one task; its failure comes out as what it was (an I/O failure stays one). */
    static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("Interrupted while building the site");
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    /** Waits for every task, in order, then passes on the first failure, if any. */
    static <T> List<T> awaitAll(List<Future<T>> futures) throws IOException {
        List<T> results = new ArrayList<>(futures.size());
        IOException firstIo = null;
        RuntimeException firstOther = null;
        for (Future<T> future : futures) {
            try {
                results.add(await(future));
            } catch (IOException e) {
                firstIo = firstIo == null && firstOther == null ? e : firstIo;
            } catch (RuntimeException e) {
                firstOther = firstIo == null && firstOther == null ? e : firstOther;
            }
        }
        if (firstIo != null) {
            throw firstIo;
        }
        if (firstOther != null) {
            throw firstOther;
        }
        return results;
    }

    private static IOException rethrow(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof UncheckedIOException io) {
            return io.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }
}
