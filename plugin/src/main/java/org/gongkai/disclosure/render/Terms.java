package org.gongkai.disclosure.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.gongkai.disclosure.model.Language;

/**
 * The terms of the form explained for citizens (如何阅读本页), read once from {@code site/terms_<lang>.properties}:
 * the same terms in both languages, in the order the files list them. Each has an anchor ({@code #term-<id>}) that
 * a page links to, as a target's 定量 or 定性 does. On English pages each term carries its Chinese word.
 */
final class Terms {

    static final String QUANTITATIVE = "quantitative";
    static final String QUALITATIVE = "qualitative";

    private static final Map<Language, List<Views.Term>> ALL = new EnumMap<>(Language.class);

    static {
        Properties zh = read(Language.ZH);
        for (Language language : Language.values()) {
            Properties own = language == Language.ZH ? zh : read(language);
            List<Views.Term> terms = new ArrayList<>();
            for (String id : own.getProperty("order").split(",")) {
                String chinese = language == Language.ZH ? null : required(zh, id + ".term");
                terms.add(new Views.Term("term-" + id, required(own, id + ".term"), chinese,
                        required(own, id + ".text")));
            }
            ALL.put(language, List.copyOf(terms));
        }
    }

    private Terms() {
    }

    static List<Views.Term> of(Language language) {
        return ALL.get(language);
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("No term " + key);
        }
        return value;
    }

    private static Properties read(Language language) {
        String path = "/org/gongkai/disclosure/site/terms_" + language.code() + ".properties";
        try (InputStream in = Terms.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + path);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
