package org.gongkai.disclosure.render;

/** HTML escaping for the few texts the renderer composes as HTML itself, as the templates' escaper does. */
final class Escape {

    private Escape() {
    }

    /** A piece of HTML already escaped or composed of escaped parts. */
    record Safe(String html) {
    }

    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
