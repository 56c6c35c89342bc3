package org.gongkai.disclosure.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Placeholders;

/**
 * The words of the site's interface in one language, from {@code site/labels_<lang>.properties}. Templates
 * see them as {@code t.<key>} with dots turned into underscores ({@code t.funds_total}), because Mustache
 * reads a dot as a path. Immutable and shared.
 */
public final class Labels {

    private static final Map<Language, Labels> ALL = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            ALL.put(language, new Labels(read(language)));
        }
    }

    private final Map<String, String> byKey;
    private final Map<String, String> forTemplates;

    private Labels(Map<String, String> byKey) {
        this.byKey = Collections.unmodifiableMap(byKey);
        Map<String, String> underscored = new java.util.HashMap<>();
        byKey.forEach((key, value) -> underscored.put(key.replace('.', '_'), value));
        this.forTemplates = Collections.unmodifiableMap(underscored);
    }

    public static Labels of(Language language) {
        return ALL.get(language);
    }

    public String get(String key) {
        String value = byKey.get(key);
        if (value == null) {
            throw new IllegalStateException("No site label " + key);
        }
        return value;
    }

    /** The label with {@code {0}}, {@code {1}}… replaced. */
    public String format(String key, Object... args) {
        return Placeholders.fill(get(key), java.util.Arrays.asList(args), String::valueOf);
    }

    /** All labels for templates, keyed with underscores. */
    public Map<String, String> forTemplates() {
        return forTemplates;
    }

    /** The labels' keys, in order. */
    public java.util.SortedSet<String> keys() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byKey.keySet()));
    }

    private static Map<String, String> read(Language language) {
        String path = "/org/gongkai/disclosure/site/labels_" + language.code() + ".properties";
        try (InputStream in = Labels.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + path);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            // Hashed, not sorted: pages look labels up by the dozen, and a sorted map compares the key at every step.
            Map<String, String> map = new HashMap<>();
            for (String key : properties.stringPropertyNames()) {
                map.put(key, properties.getProperty(key));
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
