package org.gongkai.disclosure.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A template code's own text (what follows its tag up to the next tag), encoded once for every page it is written to,
 * rather than on each page. Each code of {@link ViewCodes} has one.
 */
final class TemplateText {

    private record Encoded(String text, byte[] bytes) {
    }

    /**
     * The text last encoded, with its bytes. It is checked against the code's text on each use: mustache.java may set a
     * code's text after building it (when a template extends another), and a copied code shares this with its original.
     * Threads may encode the same text twice, never take another's bytes.
     */
    private Encoded last;

    /** Writes {@code text} to {@code writer} from its bytes and returns true, when the writer is a page's buffer. */
    boolean wrote(Writer writer, String text) {
        if (text == null || !(writer instanceof PageBuffer page)) {
            return false;
        }
        Encoded encoded = last;
        if (encoded == null || encoded.text() != text) {
            encoded = new Encoded(text, text.getBytes(StandardCharsets.UTF_8));
            last = encoded;
        }
        page.writeUtf8(encoded.bytes());
        return true;
    }
}
