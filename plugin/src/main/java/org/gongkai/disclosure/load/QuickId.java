package org.gongkai.disclosure.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Finds a project file's {@code id} without reading the rest, for the links between a unit's years, which must be
 * known before the pages are written. Anything unexpected gives null: the full reading reports the problem.
 */
public final class QuickId {

    /** Made when a file first needs it: most are read by the quick reader. */
    private static final class Full {
        static final YAMLFactory YAML = new YAMLFactory();
    }

    private QuickId() {
    }

    public static String of(Path file) {
        return read(file, false);
    }

    /** The id of a project that is published: null for one marked {@code draft: true}, whose pages are not written. */
    public static String ofPublished(Path file) {
        return read(file, true);
    }

    private static String read(Path file, boolean unlessDraft) {
        try {
            if (Files.size(file) > YamlReader.DEFAULT_MAX_BYTES) {
                return read(Files.newBufferedReader(file, StandardCharsets.UTF_8), unlessDraft);
            }
            byte[] bytes = Files.readAllBytes(file);
            // Only a file that names a draft can be one: without the word, the id stands at its key and the rest of the
            // file need not be parsed (on a large site, that parse of every file of every unit of several years was a
            // tenth of the build). A key can be spelled without the word only through a double-quoted escape.
            boolean mayBeDraft = unlessDraft && namesDraftOrEscapes(bytes);
            int idLine = mayBeDraft ? -1 : idLineEnd(bytes);
            if (idLine > 0) {
                // The first line alone: a full build reads the ids of every unit's other years before its pages, and
                // the rest of each file, parsed only to be dropped, was 2 % of the build.
                YamlNode head = YamlReader.quick(Arrays.copyOf(bytes, idLine), file.toString());
                if (head != null) {
                    return idOf(head, false);
                }
            }
            // Most files are of the YAML the quick reader takes: its tree gives the id and the draft mark at once,
            // as the full reading will take them, and Jackson's YAML classes need not load for a rerun.
            YamlNode tree = YamlReader.quick(bytes, file.toString());
            if (tree != null) {
                return idOf(tree, unlessDraft);
            }
            // A reporting decoder, as Files.newBufferedReader's: a file that is not UTF-8 gives no id.
            return read(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()),
                    mayBeDraft);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** As {@link #read(Path, boolean)} with the full YAML parser alone, to hold the quick reading to it in tests. */
    static String fullyRead(Path file, boolean unlessDraft) {
        try {
            return read(Files.newBufferedReader(file, StandardCharsets.UTF_8), unlessDraft);
        } catch (IOException e) {
            return null;
        }
    }

    /** The id at the top of a project file's tree; null for a draft when {@code unlessDraft}, or for no id. */
    private static String idOf(YamlNode tree, boolean unlessDraft) {
        if (!(tree instanceof YamlNode.Mapping map)) {
            return null;
        }
        if (unlessDraft && map.get("draft") instanceof YamlNode.Scalar draft
                && draft.type() == YamlNode.ScalarType.BOOLEAN && YamlNode.isTrue(draft)) {
            return null;
        }
        return map.get("id") instanceof YamlNode.Scalar id ? id.text().strip() : null;
    }

    /**
     * Where the file's first line ends (after its line feed) when that line is the id's ({@code id:} at its start,
     * after a byte order mark) and the next line starts another key of the top mapping ({@code name:} at its start),
     * so that the line holds the id's whole value: a plain value cannot go on in a line with {@code ": "} in it, and a
     * quoted or flow value that does not end on its line is one the quick reader refuses. Otherwise -1.
     */
    static int idLineEnd(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        if (bytes.length < start + 3 || bytes[start] != 'i' || bytes[start + 1] != 'd' || bytes[start + 2] != ':') {
            return -1;
        }
        int lineFeed = -1;
        for (int i = start + 3; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                lineFeed = i;
                break;
            }
            if (b == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
                return -1; // a line ended by a carriage return alone: the lines are not those counted here
            }
        }
        if (lineFeed < 0) {
            return -1;
        }
        int p = lineFeed + 1;
        if (p == bytes.length || !isAsciiLetter(bytes[p])) {
            return -1;
        }
        while (p < bytes.length && (isAsciiLetter(bytes[p]) || bytes[p] >= '0' && bytes[p] <= '9' || bytes[p] == '-'
                || bytes[p] == '_')) {
            p++;
        }
        if (p == bytes.length || bytes[p] != ':') {
            return -1;
        }
        p++;
        boolean keyEnds = p == bytes.length || bytes[p] == ' ' || bytes[p] == '\n' || bytes[p] == '\r';
        return keyEnds ? lineFeed + 1 : -1;
    }

    private static boolean isAsciiLetter(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
    }

    /** Whether the file has the word {@code draft} or a backslash in it, in one pass over its bytes. */
    private static boolean namesDraftOrEscapes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\\') {
                return true;
            }
            if (b == 'd' && i + 4 < bytes.length && bytes[i + 1] == 'r' && bytes[i + 2] == 'a' && bytes[i + 3] == 'f'
                    && bytes[i + 4] == 't') {
                return true;
            }
        }
        return false;
    }

    private static String read(Reader source, boolean unlessDraft) {
        try (Reader reader = source; JsonParser parser = Full.YAML.createParser(reader)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String id = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("id".equals(name)) {
                    id = value.isScalarValue() ? parser.getText().strip() : null;
                    if (!unlessDraft) {
                        return id;
                    }
                } else if (unlessDraft && "draft".equals(name) && value == JsonToken.VALUE_TRUE) {
                    return null;
                }
                parser.skipChildren();
            }
            return id;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
