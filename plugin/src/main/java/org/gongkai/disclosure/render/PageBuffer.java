package org.gongkai.disclosure.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a template writes a page: an unsynchronised array of characters, encoded once at the end. A
 * {@link java.io.StringWriter} synchronises every call and an {@link java.io.OutputStreamWriter} encodes every small
 * piece a template writes; both cost more than the template itself on a large site. A plain array rather than a
 * {@link StringBuilder}: once a page holds a Chinese character a builder stores two bytes a character, and the JDK
 * then copies every piece a template writes (its text comes as {@code char[]}) one character at a time.
 *
 * <p>Each thread reuses one array from page to page ({@link #open}; {@link #utf8} gives it back): a fresh buffer per
 * page was allocated, then widened, for each of 200,000 pages.
 */
final class PageBuffer extends Writer {

    /** Characters a thread's array keeps between pages; a larger page's array is dropped after it. */
    private static final int KEPT_CAPACITY = 1 << 20;
    private static final ThreadLocal<char[]> SPARE = new ThreadLocal<>();

    private char[] chars;
    private int length;

    private PageBuffer(char[] chars) {
        this.chars = chars;
    }

    /** A buffer for one page: the thread's spare array when it has one, a new one otherwise. */
    static PageBuffer open() {
        char[] spare = SPARE.get();
        if (spare == null) {
            return new PageBuffer(new char[32 * 1024]);
        }
        SPARE.remove(); // in use: a page rendered within this one gets an array of its own
        return new PageBuffer(spare);
    }

    private void ensure(int more) {
        if (chars.length - length < more) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
        }
    }

    @Override
    public void write(char[] source, int offset, int count) {
        ensure(count);
        System.arraycopy(source, offset, chars, length, count);
        length += count;
    }

    @Override
    public void write(String string) {
        write(string, 0, string.length());
    }

    @Override
    public void write(String string, int offset, int count) {
        ensure(count);
        string.getChars(offset, offset + count, chars, length);
        length += count;
    }

    @Override
    public void write(int c) {
        ensure(1);
        chars[length++] = (char) c;
    }

    @Override
    public Writer append(CharSequence sequence) {
        write(String.valueOf(sequence));
        return this;
    }

    /** The page's bytes; the array is given back to the thread, and this buffer must not be used again. */
    byte[] utf8() {
        byte[] bytes = new String(chars, 0, length).getBytes(StandardCharsets.UTF_8);
        if (chars.length <= KEPT_CAPACITY) {
            SPARE.set(chars);
        }
        chars = null;
        return bytes;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
