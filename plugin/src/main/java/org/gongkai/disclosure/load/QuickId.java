package org.gongkai.disclosure.load;

import java.io.IOException;
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

    private static final YAMLFactory YAML = new YAMLFactory();

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
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonParser parser = YAML.createParser(reader)) {
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
                } else if ("draft".equals(name) && value == JsonToken.VALUE_TRUE) {
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
