package org.gongkai.disclosure.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
    private static final byte[] DRAFT = "draft".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BACKSLASH = {'\\'};

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
            // Most files are of the YAML the quick reader takes: its tree gives the id and the draft mark at once,
            // as the full reading will take them, and Jackson's YAML classes need not load for a rerun.
            YamlNode tree = YamlReader.quick(bytes, file.toString());
            if (tree != null) {
                return idOf(tree, unlessDraft);
            }
            // Only a file that names a draft can be one: without the word, the id stands at its key and the rest of the
            // file need not be parsed (on a large site, that parse of every file of every unit of several years was a
            // tenth of the build). A key can be spelled without the word only through a double-quoted escape.
            boolean mayBeDraft = unlessDraft && (contains(bytes, DRAFT) || contains(bytes, BACKSLASH));
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

    private static boolean contains(byte[] bytes, byte[] word) {
        outer:
        for (int i = 0; i + word.length <= bytes.length; i++) {
            for (int k = 0; k < word.length; k++) {
                if (bytes[i + k] != word[k]) {
                    continue outer;
                }
            }
            return true;
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
