package org.gongkai.disclosure.sheets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The YAML of an imported file, built as a small tree and written in the style of the bundled content: block
 * mappings, lists of mappings, plain scalars where YAML reads them back as the same text, double quotes otherwise,
 * literal blocks for texts of several lines. Remembers the cell each line was read from.
 */
final class YamlText {

    /** How a scalar is written. */
    enum Style {
        /** A text: plain when YAML reads it back as the same string, else quoted. */
        TEXT,
        /** An amount, a date or a number of points, already in the format's form: plain. */
        PLAIN,
        /** A code: always quoted, so that YAML keeps its leading zeros. */
        QUOTED
    }

    sealed interface Node permits Scalar, Mapping, Sequence {
    }

    record Scalar(String value, Style style, CellAt from) implements Node {
    }

    record Sequence(List<Node> items) implements Node {
    }

    /** A mapping in the order its keys were put; a null value is left out, as a form without the field. */
    static final class Mapping implements Node {
        private final Map<String, Node> entries = new LinkedHashMap<>();

        Mapping put(String key, Node value) {
            if (value != null) {
                entries.put(key, value);
            }
            return this;
        }

        Mapping text(String key, String value, CellAt from) {
            return put(key, value == null ? null : new Scalar(value, Style.TEXT, from));
        }

        Mapping plain(String key, String value, CellAt from) {
            return put(key, value == null ? null : new Scalar(value, Style.PLAIN, from));
        }

        Mapping quoted(String key, String value, CellAt from) {
            return put(key, value == null ? null : new Scalar(value, Style.QUOTED, from));
        }

        boolean isEmpty() {
            return entries.isEmpty();
        }

        Node get(String key) {
            return entries.get(key);
        }

        Map<String, Node> entries() {
            return entries;
        }
    }

    /** A written file: its text and, by 1-based line, the cell each value line was read from. */
    record Written(String text, Map<Integer, CellAt> sources) {
    }

    private static final Set<String> RESOLVED_WORDS = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null",
            "~");
    private static final Pattern INDICATOR_START = Pattern.compile("^[-?:,\\[\\]{}#&*!|>'\"%@`=<~ ]");

    private final StringBuilder out = new StringBuilder();
    private final Map<Integer, CellAt> sources = new LinkedHashMap<>();
    private int line = 1;

    private YamlText() {
    }

    /** The file: comment lines first (each prefixed with {@code # }), then the mapping. */
    static Written write(List<String> comments, Mapping root) {
        YamlText writer = new YamlText();
        for (String comment : comments) {
            writer.line("# " + comment.replaceAll("[\\r\\n]+", " "), null);
        }
        writer.mapping(root, 0);
        return new Written(writer.out.toString(), Map.copyOf(writer.sources));
    }

    private void mapping(Mapping map, int indent) {
        for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
            entry(" ".repeat(indent) + entry.getKey() + ":", entry.getValue(), indent);
        }
    }

    /** One key (or list dash) with its value: on the same line for a scalar, indented below for the rest. */
    private void entry(String head, Node value, int indent) {
        if (value instanceof Scalar scalar) {
            scalar(head, scalar, indent);
        } else if (value instanceof Mapping map) {
            line(head, null);
            mapping(map, indent + 2);
        } else if (value instanceof Sequence list) {
            line(head, null);
            for (Node item : list.items()) {
                if (item instanceof Mapping map) {
                    item(map, indent + 2);
                } else {
                    entry(" ".repeat(indent + 2) + "-", item, indent + 2);
                }
            }
        }
    }

    /** A mapping in a list: its first key on the dash's line, the others below it. */
    private void item(Mapping map, int indent) {
        boolean first = true;
        for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
            String prefix = first ? " ".repeat(indent) + "- " : " ".repeat(indent + 2);
            entry(prefix + entry.getKey() + ":", entry.getValue(), indent + 2);
            first = false;
        }
    }

    private void scalar(String head, Scalar scalar, int indent) {
        String value = scalar.value();
        if (scalar.style() == Style.PLAIN) {
            line(head + " " + value, scalar.from());
        } else if (scalar.style() == Style.QUOTED || !isPlain(value)) {
            if (value.contains("\n") && isLiteralBlock(value)) {
                line(head + " |-", scalar.from());
                for (String text : value.split("\n", -1)) {
                    line(text.isEmpty() ? "" : " ".repeat(indent + 2) + text, scalar.from());
                }
            } else {
                line(head + " " + quoted(value), scalar.from());
            }
        } else {
            line(head + " " + value, scalar.from());
        }
    }

    private void line(String text, CellAt from) {
        out.append(text).append('\n');
        if (from != null) {
            sources.put(line, from);
        }
        line++;
    }

    /** True when YAML reads the text back, unquoted, as this very string. */
    static boolean isPlain(String text) {
        if (text.isEmpty() || !text.equals(text.strip()) || INDICATOR_START.matcher(text).find()) {
            return false;
        }
        if (text.contains(": ") || text.contains(" #") || text.endsWith(":") || !isPrintable(text)) {
            return false;
        }
        char first = text.charAt(0);
        // Numbers, dates and times read as other types; so do true, no, null and their kin.
        if (Character.isDigit(first) || first == '+' || first == '.') {
            return false;
        }
        return !RESOLVED_WORDS.contains(text.toLowerCase(java.util.Locale.ROOT));
    }

    /** A text of several lines that a literal block keeps exactly: printable, no tab, no space at its ends. */
    private static boolean isLiteralBlock(String text) {
        if (text.startsWith(" ") || text.startsWith("\n") || text.endsWith("\n") || text.contains("\t")) {
            return false;
        }
        for (String line : text.split("\n", -1)) {
            if (!line.equals(line.stripTrailing()) || !isPrintable(line)) {
                return false;
            }
        }
        return true;
    }

    /** No control character, line separator, byte-order mark or broken surrogate: those need escapes. */
    private static boolean isPrintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (needsEscape(text, i)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return true;
    }

    private static boolean needsEscape(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    /** A double-quoted scalar: the text exactly, whatever it holds. */
    static String quoted(String text) {
        StringBuilder q = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    if (needsEscape(text, i)) {
                        q.append(String.format("\\u%04X", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    static Sequence list(List<? extends Node> items) {
        return new Sequence(new ArrayList<>(items));
    }
}
