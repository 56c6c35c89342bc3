package org.gongkai.disclosure.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Tasks started and not yet awaited. Finished ones are dropped as new ones come, so a declaration of any size keeps
 * few; a failure is kept and passed on by {@link #awaitAll()}, once every task has finished.
 */
final class Pending {

    private static final int PRUNE_ABOVE = 256;

    private final List<Future<?>> futures = new ArrayList<>();
    private IOException ioFailure;
    private RuntimeException otherFailure;

    void add(Future<?> future) {
        futures.add(future);
        if (futures.size() > PRUNE_ABOVE) {
            for (Iterator<Future<?>> it = futures.iterator(); it.hasNext(); ) {
                Future<?> each = it.next();
                if (each.isDone()) {
                    settle(each);
                    it.remove();
                }
            }
        }
    }

    /** Waits for every task; then passes on the first failure, if any. */
    void awaitAll() throws IOException {
        for (Future<?> future : futures) {
            settle(future);
        }
        futures.clear();
        if (ioFailure != null) {
            throw ioFailure;
        }
        if (otherFailure != null) {
            throw otherFailure;
        }
    }

    private void settle(Future<?> future) {
        try {
            Tasks.await(future);
        } catch (IOException e) {
            if (ioFailure == null && otherFailure == null) {
                ioFailure = e;
            }
        } catch (RuntimeException e) {
            if (ioFailure == null && otherFailure == null) {
                otherFailure = e;
            }
        }
    }
}
