package org.gongkai.disclosure.render;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

import org.gongkai.disclosure.write.SiteOutput;

/**
 * Where a template writes a page: an unsynchronised array of characters, encoded once at the end. A
 * {@link java.io.StringWriter} synchronises every call and an {@link java.io.OutputStreamWriter} encodes every small
 * piece a template writes; both cost more than the template itself on a large site. A plain array rather than a
 * {@link StringBuilder}: once a page holds a Chinese character a builder stores two bytes a character, and the JDK
 * then copies every piece a template writes (its text comes as {@code char[]}) one character at a time.
 *
 * <p>Each thread reuses one array from page to page ({@link #open}; {@link #writeTo} gives it back): a fresh buffer per
 * page was allocated, then widened, for each of 200,000 pages. The thread's arrays are held in one {@link Spare}, so
 * that a page costs a single look-up of the thread's value: setting and removing a thread-local value page by page
 * cost more than the look-up.
 *
 * <p>{@link #writeTo} encodes the characters itself, in one pass into a byte array the thread also reuses, and writes
 * the page from that array: going through a {@link String} tried to compress the page to Latin-1, copied it into the
 * string's UTF-16 bytes, then encoded those, three passes and two page-sized arrays per page.
 *
 * <p>{@link #writeHtml} escapes a value as the templates' escaper ({@code HtmlEscaper}) does, in place: it copies the
 * value whole and looks for a character to escape in the copy, where most values have none. The escaper copied each
 * value into a new array first, then wrote it to the page.
 */
final class PageBuffer extends Writer {

    /** Characters a thread's array keeps between pages; a larger page's array is dropped after it. */
    private static final int KEPT_CAPACITY = 1 << 20;
    private static final int INITIAL_CAPACITY = 32 * 1024;
    private static final ThreadLocal<Spare> SPARE = ThreadLocal.withInitial(Spare::new);
    /** What mustache's HtmlEscaper writes for each character up to {@code `}; null for a character written as is. */
    private static final char[][] ESCAPES = new char['`' + 1][];

    static {
        for (char c = 0; c <= 13; c++) {
            ESCAPES[c] = ("&#" + (int) c + ";").toCharArray();
        }
        ESCAPES['&'] = "&amp;".toCharArray();
        ESCAPES['<'] = "&lt;".toCharArray();
        ESCAPES['>'] = "&gt;".toCharArray();
        ESCAPES['"'] = "&quot;".toCharArray();
        ESCAPES['\''] = "&#39;".toCharArray();
        ESCAPES['`'] = "&#96;".toCharArray();
        ESCAPES['='] = "&#61;".toCharArray();
    }

    /** A thread's arrays between its pages. */
    private static final class Spare {
        /** The characters of the thread's next page; null while a page of the thread uses them. */
        char[] chars = new char[INITIAL_CAPACITY];
        /** Where a page is encoded, before its bytes are copied out at their exact length. */
        byte[] encoded = new byte[3 * INITIAL_CAPACITY];
    }

    private final Spare spare;
    private char[] chars;
    private int length;

    private PageBuffer(Spare spare, char[] chars) {
        this.spare = spare;
        this.chars = chars;
    }

    /** A buffer for one page: the thread's spare array when it has one, a new one otherwise. */
    static PageBuffer open() {
        Spare spare = SPARE.get();
        char[] chars = spare.chars;
        if (chars == null) {
            return new PageBuffer(spare, new char[INITIAL_CAPACITY]);
        }
        spare.chars = null; // in use: a page rendered within this one gets an array of its own
        return new PageBuffer(spare, chars);
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

    /** Writes {@code text} escaped for HTML, as the templates' escaper would. */
    void writeHtml(String text) {
        int count = text.length();
        ensure(count);
        char[] page = chars;
        int start = length;
        int end = start + count;
        text.getChars(0, count, page, start);
        for (int i = start; i < end; i++) {
            char c = page[i];
            if (c <= '`' && ESCAPES[c] != null) {
                length = i;
                writeEscaped(Arrays.copyOfRange(page, i, end));
                return;
            }
        }
        length = end;
    }

    /** Writes {@code text}, whose first character is to be escaped, run by run between the characters escaped. */
    private void writeEscaped(char[] text) {
        int run = 0;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            char[] escape = c <= '`' ? ESCAPES[c] : null;
            if (escape != null) {
                write(text, run, i - run);
                write(escape, 0, escape.length);
                run = i + 1;
            }
        }
        write(text, run, text.length - run);
    }

    @Override
    public Writer append(CharSequence sequence) {
        write(String.valueOf(sequence));
        return this;
    }

    /**
     * Writes the page to {@code path} from the thread's own array of bytes, without a copy at its length; the
     * characters' array is given back to the thread, and this buffer must not be used again.
     */
    void writeTo(SiteOutput out, String path) throws IOException {
        byte[] encoded = encoded();
        int length = encode(encoded);
        release();
        out.write(path, encoded, length);
    }

    private void release() {
        if (chars.length <= KEPT_CAPACITY) {
            spare.chars = chars;
        }
        chars = null;
    }

    /** The thread's array to encode into, large enough for the page's UTF-8 however many bytes a character takes. */
    private byte[] encoded() {
        byte[] encoded = spare.encoded;
        if (encoded.length < 3 * length) {
            encoded = new byte[3 * length];
            if (encoded.length <= 3 * KEPT_CAPACITY) {
                spare.encoded = encoded;
            }
        }
        return encoded;
    }

    /**
     * Encodes the page as UTF-8 into {@code out} and returns the number of bytes, as
     * {@link String#getBytes(java.nio.charset.Charset)} does: a surrogate without its other half becomes {@code ?}.
     */
    private int encode(byte[] out) {
        char[] in = chars; // locals: the client compiler reads a field again on every turn of the loop
        int end = length;
        int n = 0;
        for (int i = 0; i < end; i++) {
            char c = in[i];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(in[i + 1])) {
                int code = Character.toCodePoint(c, in[++i]);
                out[n++] = (byte) (0xF0 | code >> 18);
                out[n++] = (byte) (0x80 | code >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | code >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | code & 0x3F);
            } else {
                out[n++] = '?';
            }
        }
        return n;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
