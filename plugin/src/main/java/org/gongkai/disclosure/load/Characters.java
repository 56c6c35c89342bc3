package org.gongkai.disclosure.load;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.SourcePosition;

/**
 * Characters that must not reach a page or a download: NUL and the other C0 and C1 controls (tab, line feed and
 * carriage return aside), Unicode noncharacters and lone surrogates make invalid HTML and break CSV readers; YAML's
 * escapes ({@code "\0"}, {@code "\x01"}, {@code "\uD800"}) let them into a value. Bidirectional overrides are legal
 * but can make a text read differently from what it says, so they are reported as a warning.
 */
final class Characters {

    private Characters() {
    }

    /** Reports the first forbidden character of {@code text} (an error) and its first bidi override (a warning). */
    static void check(String text, SourcePosition at, DiagnosticSink sink) {
        if (isPlain(text)) {
            return; // nearly every text: one comparison per character
        }
        boolean forbiddenSeen = false;
        boolean overrideSeen = false;
        int index = 0;
        for (int i = 0; i < text.length(); index++) {
            char c = text.charAt(i);
            int codePoint;
            boolean loneSurrogate = false;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                i += 2;
            } else {
                codePoint = c;
                loneSurrogate = Character.isSurrogate(c);
                i++;
            }
            if (!forbiddenSeen && (loneSurrogate || isForbidden(codePoint))) {
                forbiddenSeen = true;
                String key = loneSurrogate ? "text.loneSurrogate" : isNoncharacter(codePoint) ? "text.noncharacter"
                        : "text.controlCharacter";
                sink.error("control-character", at, key, codePointName(codePoint), index + 1);
            } else if (!overrideSeen && isBidiOverride(codePoint)) {
                overrideSeen = true;
                sink.warning("bidi-override", at, "text.bidiOverride", codePointName(codePoint), index + 1);
            }
            if (forbiddenSeen && overrideSeen) {
                return;
            }
        }
    }

    /** True when no character of the text needs a closer look. */
    static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r'
                    : c >= 0x7F && (c <= 0x9F || (c >= 0x202A && c <= 0x2069) || c >= 0xD800 && (c <= 0xDFFF
                            || c >= 0xFDD0 && (c <= 0xFDEF || c >= 0xFFFE)))) {
                return false;
            }
        }
        return true;
    }

    static boolean isForbidden(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isNoncharacter(c);
    }

    /** The 66 code points Unicode keeps for internal use, never for interchange. */
    private static boolean isNoncharacter(int c) {
        return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }

    static boolean isBidiOverride(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static String codePointName(int c) {
        String name = Character.getName(c);
        return String.format("U+%04X", c) + (name == null ? "" : " " + name);
    }
}
