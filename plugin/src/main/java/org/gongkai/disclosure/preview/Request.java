package org.gongkai.disclosure.preview;

import java.util.regex.Pattern;

/**
 * A request as the preview reads it: its method, its target (the path and query, still encoded), and the
 * {@code Host} it was sent to ({@code null} when it has none). Only what the preview needs is kept; every header
 * line is still checked to be well formed.
 */
record Request(String method, String target, String host) {

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    /** Reads the request line and the header lines, as received up to the blank line that ends them. */
    static Request parse(String head) throws RejectedRequest {
        String[] lines = head.split("\r?\n", -1);
        String[] requestLine = lines[0].split(" ", -1);
        if (requestLine.length != 3 || !TOKEN.matcher(requestLine[0]).matches()
                || !(requestLine[2].equals("HTTP/1.1") || requestLine[2].equals("HTTP/1.0"))) {
            throw notHttp();
        }
        String host = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            // The name runs up to the colon: a space before it or a folded continuation line is refused, as
            // RFC 9112 asks, since servers that read them differently can be told different requests.
            if (colon < 1 || !TOKEN.matcher(line.substring(0, colon)).matches()) {
                throw notHttp();
            }
            String value = trimSpacesAndTabs(line.substring(colon + 1));
            if (value.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7F)) {
                throw notHttp();
            }
            if (line.substring(0, colon).equalsIgnoreCase("Host")) {
                if (host != null) {
                    throw notHttp(); // two hosts: which one was meant cannot be told
                }
                host = value;
            }
        }
        return new Request(requestLine[0], requestLine[1], host);
    }

    boolean isHead() {
        return method.equals("HEAD");
    }

    static RejectedRequest notHttp() {
        return new RejectedRequest(400, "serve.http.badRequest");
    }

    private static String trimSpacesAndTabs(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(start, end);
    }
}
