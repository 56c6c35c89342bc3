package org.gongkai.disclosure.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.gongkai.disclosure.write.SiteOutput;

/**
 * Where a template writes a page: an unsynchronised array of the page's UTF-8 bytes. A {@link java.io.StringWriter}
 * synchronises every call and an {@link java.io.OutputStreamWriter} encodes every small piece through a charset
 * encoder; both cost more than the template itself on a large site.
 *
 * <p>The templates' own text comes encoded already ({@link #writeUtf8}, encoded once per template by {@link TemplateText}),
 * and is copied as it is. Every other character is encoded as it is written, and a value escaped for HTML
 * ({@link #writeHtml}) is escaped and encoded in the same pass, as the templates' escaper ({@code HtmlEscaper}) escapes
 * it. A buffer of characters encoded at the end copied each template text twice more and each value three times.
 *
 * <p>Each thread reuses one array from page to page ({@link #open}; {@link #writeTo} gives it back): a fresh buffer per
 * page was allocated, then widened, for each of 200,000 pages. The thread's arrays are held in one {@link Spare}, so
 * that a page costs a single look-up of the thread's value: setting and removing a thread-local value page by page
 * cost more than the look-up. The page is written from that array, without a copy at its length.
 *
 * <p>The bytes are those of {@link String#getBytes(java.nio.charset.Charset)} on the whole page: a surrogate pair is
 * one character even when a write ends between its halves, and a surrogate without its other half becomes {@code ?}.
 */
final class PageBuffer extends Writer {

    /** Bytes a thread's array keeps between pages; a larger page's array is dropped after it. */
    private static final int KEPT_CAPACITY = 3 << 20;
    private static final int INITIAL_CAPACITY = 96 * 1024;
    /** Characters of a string a write copies at a time before encoding them. */
    private static final int CHUNK = 2048;
    private static final ThreadLocal<Spare> SPARE = ThreadLocal.withInitial(Spare::new);
    /** What mustache's HtmlEscaper writes for each character up to {@code `}; null for a character written as is. */
    private static final byte[][] ESCAPES = new byte['`' + 1][];

    static {
        for (char c = 0; c <= 13; c++) {
            ESCAPES[c] = ascii("&#" + (int) c + ";");
        }
        ESCAPES['&'] = ascii("&amp;");
        ESCAPES['<'] = ascii("&lt;");
        ESCAPES['>'] = ascii("&gt;");
        ESCAPES['"'] = ascii("&quot;");
        ESCAPES['\''] = ascii("&#39;");
        ESCAPES['`'] = ascii("&#96;");
        ESCAPES['='] = ascii("&#61;");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** A thread's arrays between its pages. */
    private static final class Spare {
        /** The bytes of the thread's next page; null while a page of the thread uses them. */
        byte[] bytes = new byte[INITIAL_CAPACITY];
        /** Where a string's characters are copied before they are encoded. */
        final char[] chars = new char[CHUNK];
    }

    private final Spare spare;
    private byte[] bytes;
    private int length;
    /** A high surrogate that ended the last write, waiting for the low one; 0 when there is none. */
    private char high;

    private PageBuffer(Spare spare, byte[] bytes) {
        this.spare = spare;
        this.bytes = bytes;
    }

    /** A buffer for one page: the thread's spare array when it has one, a new one otherwise. */
    static PageBuffer open() {
        Spare spare = SPARE.get();
        byte[] bytes = spare.bytes;
        if (bytes == null) {
            return new PageBuffer(spare, new byte[INITIAL_CAPACITY]);
        }
        spare.bytes = null; // in use: a page rendered within this one gets an array of its own
        return new PageBuffer(spare, bytes);
    }

    private void ensure(int more) {
        if (bytes.length - length < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    /** Writes a template's text, encoded once ({@link TemplateText}). */
    void writeUtf8(byte[] encoded) {
        if (high != 0) {
            flushHigh();
        }
        ensure(encoded.length);
        System.arraycopy(encoded, 0, bytes, length, encoded.length);
        length += encoded.length;
    }

    /** The bytes written so far. */
    int size() {
        return length;
    }

    /** True when no write waits for the other half of a surrogate pair: the next byte written comes next. */
    boolean settled() {
        return high == 0;
    }

    /** A copy of the bytes written since {@code start} (a {@link #size} of before). */
    byte[] copySince(int start) {
        return Arrays.copyOfRange(bytes, start, length);
    }

    @Override
    public void write(char[] source, int offset, int count) {
        for (int from = offset, end = offset + count; from < end; from += CHUNK) {
            encode(source, from, Math.min(end, from + CHUNK), false);
        }
    }

    @Override
    public void write(String string) {
        write(string, 0, string.length(), false);
    }

    @Override
    public void write(String string, int offset, int count) {
        write(string, offset, count, false);
    }

    @Override
    public void write(int c) {
        char[] one = spare.chars;
        one[0] = (char) c;
        encode(one, 0, 1, false);
    }

    /** Writes {@code text} escaped for HTML, as the templates' escaper would. */
    void writeHtml(String text) {
        write(text, 0, text.length(), true);
    }

    private void write(String string, int offset, int count, boolean escaped) {
        char[] chars = spare.chars;
        for (int from = offset, end = offset + count; from < end; from += CHUNK) {
            int to = Math.min(end, from + CHUNK);
            string.getChars(from, to, chars, 0);
            encode(chars, 0, to - from, escaped);
        }
    }

    /** Encodes {@code in[from, to)} as UTF-8 onto the page, escaping for HTML when asked. */
    private void encode(char[] in, int from, int to, boolean escaped) {
        // An escape is at most 6 bytes for a character, a character at most 3 (a pair 4 for its two).
        ensure((escaped ? 6 : 3) * (to - from) + 4);
        byte[] out = bytes; // locals: the client compiler reads a field again on every turn of the loop
        int n = length;
        int i = from;
        if (high != 0 && i < to) {
            char waiting = high;
            high = 0;
            if (Character.isLowSurrogate(in[i])) {
                n = four(out, n, Character.toCodePoint(waiting, in[i++]));
            } else {
                out[n++] = '?';
            }
        }
        for (; i < to; i++) {
            char c = in[i];
            if (c < 0x80) {
                byte[] escape = escaped && c <= '`' ? ESCAPES[c] : null;
                if (escape == null) {
                    out[n++] = (byte) c;
                } else {
                    System.arraycopy(escape, 0, out, n, escape.length);
                    n += escape.length;
                }
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == to) {
                    high = c; // its other half may come with the next write
                } else if (Character.isLowSurrogate(in[i + 1])) {
                    n = four(out, n, Character.toCodePoint(c, in[++i]));
                } else {
                    out[n++] = '?';
                }
            } else {
                out[n++] = '?';
            }
        }
        length = n;
    }

    private static int four(byte[] out, int n, int code) {
        out[n++] = (byte) (0xF0 | code >> 18);
        out[n++] = (byte) (0x80 | code >> 12 & 0x3F);
        out[n++] = (byte) (0x80 | code >> 6 & 0x3F);
        out[n++] = (byte) (0x80 | code & 0x3F);
        return n;
    }

    /** Writes the waiting high surrogate as the {@code ?} of a surrogate without its other half. */
    private void flushHigh() {
        high = 0;
        ensure(1);
        bytes[length++] = '?';
    }

    @Override
    public Writer append(CharSequence sequence) {
        write(String.valueOf(sequence));
        return this;
    }

    /**
     * Writes the page to {@code path} from the thread's own array, without a copy at its length; the array is given
     * back to the thread, and this buffer must not be used again.
     */
    void writeTo(SiteOutput out, String path) throws IOException {
        if (high != 0) {
            flushHigh();
        }
        byte[] page = bytes;
        int size = length;
        bytes = null;
        try {
            out.write(path, page, size);
        } finally {
            if (page.length <= KEPT_CAPACITY) {
                spare.bytes = page;
            }
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
