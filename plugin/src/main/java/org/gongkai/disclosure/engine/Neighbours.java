package org.gongkai.disclosure.engine;

/**
 * A window over items that arrive in order, giving each one out with its neighbours once the next has arrived: a
 * project page links the previous and the next project, which are only known one project later.
 */
final class Neighbours<T> {

    /** An item with the one before it and the one after it (null at either end). */
    record Triple<T>(T previous, T current, T next) {
    }

    private T previous;
    private T current;

    /** Adds the next item; gives out the one before it, now that both its neighbours are known, if any. */
    Triple<T> push(T next) {
        Triple<T> ready = current == null ? null : new Triple<>(previous, current, next);
        previous = current;
        current = next;
        return ready;
    }

    /** Gives out the last item, which has no next; null when there was none. */
    Triple<T> finish() {
        Triple<T> last = current == null ? null : new Triple<>(previous, current, null);
        previous = null;
        current = null;
        return last;
    }
}
