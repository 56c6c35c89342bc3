package org.gongkai.disclosure.preview;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What the preview answers to one request: a status, a body of a type, and any further headers (the server adds
 * its own: the length, no caching, and closing the connection).
 */
record Response(int status, String contentType, byte[] body, Map<String, String> headers) {

    static final String TEXT = "text/plain; charset=utf-8";

    Response {
        headers = Map.copyOf(headers);
    }

    static Response of(int status, String contentType, byte[] body) {
        return new Response(status, contentType, body, Map.of());
    }

    /** A short plain text, for answers that are not pages of the site. */
    static Response text(int status, String text) {
        return of(status, TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /** To a folder's own address with its trailing slash, so that the relative links of its index page work. */
    static Response movedTo(String location) {
        return new Response(301, TEXT, new byte[0], Map.of("Location", location));
    }

    /** The reason phrase of each status the preview answers with. */
    String reason() {
        return switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 414 -> "URI Too Long";
            case 421 -> "Misdirected Request";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            default -> throw new IllegalStateException("No reason phrase for status " + status);
        };
    }
}
