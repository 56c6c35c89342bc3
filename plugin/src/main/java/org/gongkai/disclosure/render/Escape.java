package org.gongkai.disclosure.render;

import java.io.StringWriter;

import com.github.mustachejava.util.HtmlEscaper;

/** HTML escaping for the few texts the renderer composes as HTML itself: the templates' own escaper, not a copy. */
final class Escape {

    private Escape() {
    }

    /** A piece of HTML already escaped or composed of escaped parts. */
    record Safe(String html) {
    }

    static String html(String text) {
        StringWriter out = new StringWriter(text.length() + 16);
        HtmlEscaper.escape(text, out);
        return out.toString();
    }
}
