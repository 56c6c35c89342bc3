package org.gongkai.disclosure.preview;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.write.FileNames;

/**
 * The path of a request, decoded and checked to name a file or folder inside the site and nothing else: each
 * segment a plain name, never a separator, a dot segment or a control character.
 *
 * @param segments the decoded names, from the site's root down
 * @param folder   whether the path ends with a slash
 * @param raw      the path as received, still percent-encoded
 * @param query    the query as received, {@code null} when there is none
 */
record RequestPath(List<String> segments, boolean folder, String raw, String query) {

    RequestPath {
        segments = List.copyOf(segments);
    }

    static RequestPath parse(String target) throws RejectedRequest {
        // Only the origin form, "/path?query": the absolute form names a host of its own, past the Host check.
        if (!target.startsWith("/")) {
            throw Request.notHttp();
        }
        // Browsers percent-encode everything else; a raw control character, space or non-ASCII byte is not a
        // path they send.
        if (target.chars().anyMatch(c -> c < 0x21 || c > 0x7E || c == '#')) {
            throw badPath();
        }
        int question = target.indexOf('?');
        String raw = question < 0 ? target : target.substring(0, question);
        String query = question < 0 ? null : target.substring(question + 1);
        String[] parts = raw.substring(1).split("/", -1);
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            boolean trailingSlash = i == parts.length - 1 && parts[i].isEmpty();
            if (!trailingSlash) {
                segments.add(segment(parts[i]));
            }
        }
        return new RequestPath(segments, raw.endsWith("/"), raw, query);
    }

    /** The decoded path, for matching the preview's own addresses. */
    String decoded() {
        return "/" + String.join("/", segments) + (folder && !segments.isEmpty() ? "/" : "");
    }

    /** This folder's address with the trailing slash, and the query kept. */
    String asFolder() {
        return raw + "/" + (query == null ? "" : "?" + query);
    }

    private static String segment(String encoded) throws RejectedRequest {
        String name = decode(encoded);
        // A dot segment or a separator, even encoded, would climb out of the site; an empty segment would too
        // once a file system reads "//" as a root, and "//host" would make a folder's redirect leave the preview.
        // A colon names a drive or a data stream on Windows.
        if (!FileNames.isOneName(name)) {
            throw badPath();
        }
        return name;
    }

    /** Percent-decodes the bytes of a segment and reads them as UTF-8, refusing anything malformed. */
    private static String decode(String encoded) throws RejectedRequest {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
            int low = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 2), 16) : -1;
            if (high < 0 || low < 0) {
                throw badPath();
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw badPath();
        }
    }

    private static RejectedRequest badPath() {
        return new RejectedRequest(400, "serve.http.badPath");
    }
}
