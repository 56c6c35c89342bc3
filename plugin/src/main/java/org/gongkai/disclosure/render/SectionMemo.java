package org.gongkai.disclosure.render;

import java.io.Writer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import com.github.mustachejava.util.InternalArrayList;

/**
 * What a section wrote for each {@link Views.Shared} view it met, to write the same bytes on the next page. The first
 * time a section meets a shared view it runs as always, with scopes that note whether anything in it read a scope
 * outside the view (the page's own values, {@code page.t}); when nothing did, what it wrote depends on the view alone,
 * which does not change, and is kept. A view whose section read outside it is run every time, as is everything on a
 * page that is not a shared view. The 如何阅读本页 block was a quarter of the characters a page escaped.
 *
 * <p>Threads share a section: the views known are replaced, never changed, and two threads that meet a new view at
 * once both run it and keep the same bytes.
 */
final class SectionMemo {

    /** Shared views a section keeps: a few per language is all the built-in pages have. */
    private static final int KEPT = 8;
    /** What a section keeps for one view at most; a larger one is run every time. */
    private static final int MAX_BYTES = 64 * 1024;

    /** A view met and what the section wrote for it, or null when that read outside the view. */
    private record Known(Object view, byte[] bytes) {
    }

    private static final Known[] NONE = new Known[0];

    private volatile Known[] known = NONE;

    /** A section, which runs its body for a value as mustache.java would. */
    interface Body {
        Writer body(Writer writer, Object value, List<Object> scopes);
    }

    /** Runs {@code section}'s body for the shared {@code view}, or writes what it wrote for it before. */
    Writer write(PageBuffer page, Views.Shared view, List<Object> scopes, Body section) {
        if (!page.settled()) {
            return section.body(page, view, scopes);
        }
        Known[] views = known;
        for (Known met : views) {
            if (met.view() == view) {
                if (met.bytes() == null) {
                    return section.body(page, view, scopes);
                }
                page.writeUtf8(met.bytes());
                return page;
            }
        }
        if (views.length == KEPT) {
            return section.body(page, view, scopes);
        }
        int start = page.size();
        WatchedScopes watched = new WatchedScopes(scopes);
        Writer out = section.body(page, view, watched);
        boolean alone = out == page && !watched.readOutside && page.settled() && page.size() - start <= MAX_BYTES;
        learn(new Known(view, alone ? page.copySince(start) : null));
        return out;
    }

    private synchronized void learn(Known met) {
        Known[] views = known;
        for (Known other : views) {
            if (other.view() == met.view()) {
                return;
            }
        }
        if (views.length < KEPT) {
            Known[] more = Arrays.copyOf(views, views.length + 1);
            more[views.length] = met;
            known = more;
        }
    }

    /**
     * The scopes of a section's body, which note a read of any scope that was there before the body began. A list
     * of mustache.java's own class, which its templates and partials pass on as they are (they copy any other).
     */
    static final class WatchedScopes extends InternalArrayList<Object> {
        private final int outside;
        boolean readOutside;

        WatchedScopes(List<Object> scopes) {
            super(scopes);
            this.outside = scopes.size();
        }

        @Override
        public Object get(int index) {
            if (index < outside) {
                readOutside = true;
            }
            return super.get(index);
        }

        // Every other way of reading the list is taken as a read of all of it.

        private <T> T all(T result) {
            readOutside = true;
            return result;
        }

        @Override
        public Iterator<Object> iterator() {
            return all(super.iterator());
        }

        @Override
        public ListIterator<Object> listIterator() {
            return all(super.listIterator());
        }

        @Override
        public ListIterator<Object> listIterator(int index) {
            return all(super.listIterator(index));
        }

        @Override
        public Spliterator<Object> spliterator() {
            return all(super.spliterator());
        }

        @Override
        public List<Object> subList(int from, int to) {
            return all(super.subList(from, to));
        }

        @Override
        public Object[] toArray() {
            return all(super.toArray());
        }

        @Override
        public <T> T[] toArray(T[] array) {
            return all(super.toArray(array));
        }

        @Override
        public <T> T[] toArray(IntFunction<T[]> generator) {
            return all(super.toArray(generator));
        }

        @Override
        public void forEach(Consumer<? super Object> action) {
            readOutside = true;
            super.forEach(action);
        }

        @Override
        public boolean contains(Object o) {
            return all(super.contains(o));
        }

        @Override
        public boolean containsAll(Collection<?> c) {
            return all(super.containsAll(c));
        }

        @Override
        public int indexOf(Object o) {
            return all(super.indexOf(o));
        }

        @Override
        public int lastIndexOf(Object o) {
            return all(super.lastIndexOf(o));
        }

        @Override
        public boolean removeIf(Predicate<? super Object> filter) {
            return all(super.removeIf(filter));
        }

        @Override
        public void replaceAll(UnaryOperator<Object> operator) {
            readOutside = true;
            super.replaceAll(operator);
        }

        @Override
        public void sort(Comparator<? super Object> c) {
            readOutside = true;
            super.sort(c);
        }

        @Override
        public boolean equals(Object o) {
            return all(super.equals(o));
        }

        @Override
        public int hashCode() {
            return all(super.hashCode());
        }

        @Override
        public String toString() {
            return all(super.toString());
        }
    }
}
