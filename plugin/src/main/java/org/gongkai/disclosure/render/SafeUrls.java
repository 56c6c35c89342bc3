package org.gongkai.disclosure.render;

import java.util.Locale;
import java.util.Set;

import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Keeps link targets that cannot run code: web and mail addresses and relative ones. commonmark's default
 * sanitizer lets {@code data:} through, which can carry a script, so ours allows a short list instead.
 */
final class SafeUrls implements UrlSanitizer {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

    @Override
    public String sanitizeLinkUrl(String url) {
        return allowed(url, LINK_SCHEMES) ? url : "";
    }

    @Override
    public String sanitizeImageUrl(String url) {
        return allowed(url, IMAGE_SCHEMES) ? url : "";
    }

    private static boolean allowed(String url, Set<String> schemes) {
        // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"), so do we.
        String compact = url.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        int colon = compact.indexOf(':');
        if (colon < 0) {
            return true;
        }
        int boundary = firstOf(compact, "/?#");
        if (boundary >= 0 && boundary < colon) {
            return true; // the colon is in a path, query or fragment: a relative address
        }
        return schemes.contains(compact.substring(0, colon));
    }

    private static int firstOf(String text, String chars) {
        int first = -1;
        for (char c : chars.toCharArray()) {
            int at = text.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
