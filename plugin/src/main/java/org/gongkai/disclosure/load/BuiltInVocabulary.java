package org.gongkai.disclosure.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.diag.Diagnostics;
import org.gongkai.disclosure.model.Framework;
import org.gongkai.disclosure.model.Glossary;

/** The glossary and frameworks shipped in the plugin's resources, read once. A broken one is a bug. */
public final class BuiltInVocabulary {

    /** The frameworks shipped with the plugin, default first. */
    public static final List<String> FRAMEWORK_IDS = List.of("cn-mof-2021", "cn-mof-2015");
    private static final String BASE = "/org/gongkai/disclosure/";

    private static final BuiltInVocabulary INSTANCE = new BuiltInVocabulary();

    private final Glossary glossary;
    private final Map<String, Framework> frameworks;

    private BuiltInVocabulary() {
        Diagnostics diagnostics = new Diagnostics();
        ValueReader values = new ValueReader(diagnostics, Glossary.EMPTY);
        VocabularyReader reader = new VocabularyReader(values);
        YamlReader yaml = new YamlReader();
        this.glossary = reader.glossary(parse(yaml, "glossary.yaml", diagnostics), "glossary.yaml");
        Map<String, Framework> found = new LinkedHashMap<>();
        for (String id : FRAMEWORK_IDS) {
            String path = "frameworks/" + id + ".yaml";
            Framework framework = reader.framework(parse(yaml, path, diagnostics), path);
            if (framework != null) {
                found.put(framework.id(), framework);
            }
        }
        if (diagnostics.hasErrors()) {
            throw new IllegalStateException("Built-in vocabulary is broken: " + diagnostics.sorted());
        }
        this.frameworks = java.util.Collections.unmodifiableMap(found);
    }

    public static BuiltInVocabulary get() {
        return INSTANCE;
    }

    public Glossary glossary() {
        return glossary;
    }

    public Map<String, Framework> frameworks() {
        return frameworks;
    }

    private static YamlNode parse(YamlReader yaml, String path, Diagnostics diagnostics) {
        try (InputStream in = BuiltInVocabulary.class.getResourceAsStream(BASE + path)) {
            if (in == null) {
                throw new IllegalStateException("Missing built-in resource " + path);
            }
            return yaml.parse(in.readAllBytes(), "builtin:" + path, diagnostics)
                    .orElseThrow(() -> new IllegalStateException("Unreadable built-in " + path + ": " + diagnostics.sorted()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
