package org.gongkai.disclosure.load;

import java.util.Optional;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.diag.FieldName;
import org.gongkai.disclosure.model.FormSchema;
import org.gongkai.disclosure.model.SourcePosition;

/**
 * The keys of one YAML mapping read against a part of the {@link FormSchema}. Creating it reports unknown
 * keys; {@link #required} reports missing ones. A key with an empty value counts as missing.
 */
final class Fields {

    private final YamlNode.Mapping map;
    private final FormSchema.Part part;
    private final DiagnosticSink sink;
    /** The field this mapping is the value of, for parts read inside many fields (a text's zh and en); or null. */
    private final FieldName within;
    /** Keys that an unknown key was taken for: their absence is already explained by the did-you-mean. */
    private final java.util.Set<String> suggested = new java.util.HashSet<>();
    /** Optional keys found blank, so that asking for one twice reports it once. */
    private final java.util.Set<String> blanks = new java.util.HashSet<>();

    Fields(YamlNode.Mapping map, FormSchema.Part part, DiagnosticSink sink) {
        this(map, part, sink, null);
    }

    /** Keys named inside {@code within}: {@code name.zh (项目名称·中文)} rather than a bare {@code zh (中文)}. */
    Fields(YamlNode.Mapping map, FormSchema.Part part, DiagnosticSink sink, FieldName within) {
        this.map = map;
        this.part = part;
        this.sink = sink;
        this.within = within;
        boolean cut = false;
        for (YamlNode.Entry entry : map.entries().values()) {
            String key = entry.key().name();
            if (part.field(key).isEmpty()) {
                if (part == FormSchema.Part.TEXT && isEmpty(entry.value()) && within != null) {
                    // {zh: …, en: Mata Town, Jingyan County} on one line: the comma ended the English. One text cut at
                    // several commas is one mistake, reported at the first.
                    if (!cut) {
                        sink.error("text-comma", entry.key().at(), "text.cutAtComma", within.message(), key);
                    }
                    cut = true;
                    continue;
                }
                reportUnknown(entry.key());
            }
        }
    }

    SourcePosition at() {
        return map.at();
    }

    FieldName name(String key) {
        return inside(FieldName.of(part, key));
    }

    private FieldName inside(FieldName name) {
        if (within == null) {
            return name;
        }
        String formName = within.formName().isEmpty() ? name.formName()
                : name.formName().isEmpty() ? within.formName() : within.formName() + "·" + name.formName();
        return new FieldName(within.path() + "." + name.path(), formName);
    }

    /** The value of a required key, or null after reporting that it is missing or empty. */
    YamlNode required(String key) {
        YamlNode.Entry entry = map.entries().get(key);
        if (entry == null && suggested.contains(key)) {
            return null;
        }
        if (entry == null) {
            sink.error("required-key", map.at(), "key.missing", name(key).message());
            return null;
        }
        if (isEmpty(entry.value())) {
            sink.error("required-key", entry.value().at(), "key.empty", name(key).message());
            return null;
        }
        return entry.value();
    }

    /**
     * The value of an optional key, or null when absent. A key that is there with no value is a blank cell of the
     * filing, not a field the form lacks: an error, reported once.
     */
    YamlNode optional(String key) {
        YamlNode value = map.get(key);
        if (value != null && isEmpty(value)) {
            if (blanks.add(key)) {
                sink.error("required-key", value.at(), "key.empty", name(key).message());
            }
            return null;
        }
        return value;
    }

    boolean has(String key) {
        YamlNode value = map.get(key);
        return value != null && !isEmpty(value);
    }

    /** True when the mapping has the key, or a misspelling of it (reported as such): the user meant to give it. */
    boolean meant(String key) {
        return map.entries().containsKey(key) || suggested.contains(key);
    }

    private static boolean isEmpty(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar
                && (scalar.isNull() || (scalar.type() == YamlNode.ScalarType.STRING && scalar.text().isBlank()));
    }

    private void reportUnknown(YamlNode.Key key) {
        Optional<FormSchema.Field> suggestion = Suggestions.closest(key.name(), part)
                .filter(field -> !map.entries().containsKey(field.key()));
        String path = within == null ? part.path(key.name()) : within.path() + "." + part.path(key.name());
        if (suggestion.isPresent()) {
            FormSchema.Field field = suggestion.get();
            suggested.add(field.key());
            sink.error("unknown-key", key.at(), "key.unknownDidYouMean", path,
                    name(field.key()).message());
        } else {
            String known = String.join(", ", part.fields().stream().map(FormSchema.Field::key).toList());
            sink.error("unknown-key", key.at(), "key.unknown", path, known);
        }
    }
}
