package org.gongkai.disclosure.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Where a template writes a page: an unsynchronised character buffer, encoded once at the end. A
 * {@link java.io.StringWriter} synchronises every call and an {@link java.io.OutputStreamWriter} encodes every small
 * piece a template writes; both cost more than the template itself on a large site.
 */
final class PageBuffer extends Writer {

    private final StringBuilder text = new StringBuilder(32 * 1024);

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

    byte[] utf8() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
