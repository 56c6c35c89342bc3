package org.gongkai.disclosure.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Placeholders;

/**
 * The texts of diagnostics in each language, read from UTF-8 property files in resources.
 * Deliberately not a {@link java.util.ResourceBundle}: that falls back to the JVM's default locale, and the
 * language of messages must depend only on configuration. Immutable and shared.
 */
public final class MessageCatalog {

    private static final String BASE = "/org/gongkai/disclosure/messages/messages_";
    private static final Map<Language, MessageCatalog> CATALOGS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            CATALOGS.put(language, new MessageCatalog(language, read(language)));
        }
    }

    private final Language language;
    private final Properties texts;

    private MessageCatalog(Language language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    public static MessageCatalog of(Language language) {
        return CATALOGS.get(language);
    }

    public Language language() {
        return language;
    }

    /** The message in this catalog's language, with {@code {0}}, {@code {1}}… replaced by its arguments. */
    public String format(Message message) {
        String pattern = texts.getProperty(message.key());
        if (pattern == null) {
            pattern = CATALOGS.get(Language.EN).texts.getProperty(message.key());
        }
        if (pattern == null) {
            throw new IllegalStateException("No message text for key " + message.key());
        }
        return Placeholders.fill(pattern, message.args(), arg -> arg instanceof Message nested ? format(nested) : arg.toString());
    }

    /** True if the key exists in every language; used by tests to keep the catalogs complete. */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    public java.util.Set<String> keys() {
        return texts.stringPropertyNames();
    }

    private static Properties read(Language language) {
        String path = BASE + language.code() + ".properties";
        try (InputStream in = MessageCatalog.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing message catalog " + path);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
