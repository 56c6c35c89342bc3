package org.gongkai.disclosure.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.model.SourcePosition;

/**
 * A YAML value with the place it was read from. Jackson's tree model drops positions, and every diagnostic
 * must point at the offending value, so the loader builds this small tree from Jackson's streaming parser.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    SourcePosition at();

    /** A short name for the kind of value, as messages show it. */
    String kindKey();

    /** What YAML made of a scalar: Jackson's type resolution, kept with the exact source text. */
    enum ScalarType {
        STRING, INTEGER, DECIMAL, BOOLEAN, NULL
    }

    /** A scalar with its exact text: numbers are never turned into doubles here. */
    record Scalar(SourcePosition at, String text, ScalarType type) implements YamlNode {
        @Override
        public String kindKey() {
            return switch (type) {
                case STRING -> "kind.text";
                case INTEGER, DECIMAL -> "kind.number";
                case BOOLEAN -> "kind.boolean";
                case NULL -> "kind.empty";
            };
        }

        public boolean isNull() {
            return type == ScalarType.NULL;
        }
    }

    /** For a true/false scalar, whether it is true: YAML 1.1 also reads yes, on and y as true. */
    static boolean isTrue(Scalar scalar) {
        return java.util.Set.of("true", "yes", "on", "y").contains(scalar.text().strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** A key of a mapping, with its own position (where "unknown key" points). */
    record Key(String name, SourcePosition at) {
    }

    /** A mapping, in source order. Duplicate keys were reported while reading; the first one is kept. */
    record Mapping(SourcePosition at, Map<String, Entry> entries) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String kindKey() {
            return "kind.mapping";
        }

        public YamlNode get(String key) {
            Entry entry = entries.get(key);
            return entry == null ? null : entry.value();
        }
    }

    /** One key and its value. */
    record Entry(Key key, YamlNode value) {
    }

    /** A sequence, in source order. */
    record Sequence(SourcePosition at, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kindKey() {
            return "kind.list";
        }
    }
}
