package org.gongkai.disclosure.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Where a template writes a page: an unsynchronised character buffer, encoded once at the end. A
 * {@link java.io.StringWriter} synchronises every call and an {@link java.io.OutputStreamWriter} encodes every small
 * piece a template writes; both cost more than the template itself on a large site.
 *
 * <p>Each thread reuses one buffer from page to page ({@link #open}, {@link #utf8} gives it back): a fresh one per page
 * was allocated, then widened for the first Chinese character (copied again), for each of 200,000 pages.
 */
final class PageBuffer extends Writer {

    /** Characters a thread's buffer keeps between pages; a larger page's buffer is dropped after it. */
    private static final int KEPT_CAPACITY = 1 << 20;
    private static final ThreadLocal<StringBuilder> SPARE = new ThreadLocal<>();

    private final StringBuilder text;

    private PageBuffer(StringBuilder text) {
        this.text = text;
    }

    /** A buffer for one page: the thread's spare one when it has one, a new one otherwise. */
    static PageBuffer open() {
        StringBuilder spare = SPARE.get();
        if (spare == null) {
            return new PageBuffer(new StringBuilder(32 * 1024));
        }
        SPARE.remove(); // in use: a page rendered within this one gets a buffer of its own
        return new PageBuffer(spare);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public Writer append(CharSequence sequence) {
        text.append(sequence);
        return this;
    }

    /** The page's bytes; the buffer is given back to the thread, and this one must not be used again. */
    byte[] utf8() {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (text.capacity() <= KEPT_CAPACITY) {
            text.setLength(0);
            SPARE.set(text);
        }
        return bytes;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
