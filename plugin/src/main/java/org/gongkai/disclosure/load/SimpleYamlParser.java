package org.gongkai.disclosure.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import org.gongkai.disclosure.model.SourcePosition;

/**
 * Reads the YAML that declarations are written in, several times faster than SnakeYAML's scanner under Jackson, into
 * exactly the tree {@link YamlReader}'s full parser would build, positions included: block mappings and sequences
 * (a mapping may start on a sequence item's line), one-line flow mappings and sequences, one-line plain and quoted
 * scalars without escapes, literal and folded block scalars, comments, and {@code \n} or {@code \r\n} line ends.
 *
 * <p>On anything else, or anything it is not sure of (an escape, a plain scalar over several lines, a tag, an
 * anchor, a duplicate key, a character that needs reporting, a syntax error), it gives up and returns null, and the
 * full parser reads the file and reports what is wrong with it. Giving up is cheap: the work is done in one pass
 * over a text already in memory. A scalar is typed as Jackson types it, by SnakeYAML's own resolver.
 *
 * <p>Profiling a 10,000-project build put SnakeYAML's scanner at a fifth of all the work; this reader takes its place
 * for nearly every file.
 */
final class SimpleYamlParser {

    /** SnakeYAML limits a key written on one line (a "simple key") to 1024 characters; longer ones are left to it. */
    private static final int MAX_SIMPLE_KEY = 1000;
    /** SnakeYAML reads no document longer than 3 Mi code points; a reader allowed larger files leaves them to it. */
    private static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    /** Jackson types an implicit scalar with this resolver (YAML 1.1's rules); it is read-only once built. */
    private static final Resolver RESOLVER = new Resolver();

    /** Thrown to give up; carries no stack trace, as it is not an error. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    /** The text as an array: the interpreter and the quick compiler read an array much faster than a String. */
    private final char[] text;
    private final String file;
    private final int maxDepth;
    /** Offsets of each line's first character and of its end (before {@code \r\n} or {@code \n}). */
    private final int[] starts;
    private final int[] ends;
    private final int lineCount;
    /** Whether the text ends with a line break (a clipped block scalar keeps its last one only then). */
    private final boolean endsWithBreak;
    /** The line the block parser is at. */
    private int line;

    private SimpleYamlParser(char[] text, String file, int maxDepth, int[] starts, int[] ends, int lineCount) {
        this.text = text;
        this.file = file;
        this.maxDepth = maxDepth;
        this.starts = starts;
        this.ends = ends;
        this.lineCount = lineCount;
        this.endsWithBreak = text.length > 0 && text[text.length - 1] == '\n';
    }

    /**
     * The tree of {@code text}, or null when the full parser must read it. {@code maxDepth} is the nesting the full
     * reader accepts; deeper files are left to it, to be reported.
     */
    static YamlNode parse(String source, String file, int maxDepth) {
        if (source.length() > MAX_CODE_POINTS) {
            return null;
        }
        char[] text = source.toCharArray();
        // One pass: where each line starts and ends, and whether any character needs the full reader.
        int[] starts = new int[Math.max(16, text.length / 32)];
        int[] ends = new int[starts.length];
        int count = 0;
        int start = 0;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (c >= 0x20 && c < 0x7F || c >= 0x2070 && c < 0xD800) {
                continue; // ASCII and CJK, nearly every character
            }
            if (c == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = start;
                ends[count] = i > start && text[i - 1] == '\r' ? i - 1 : i;
                count++;
                start = i + 1;
            } else if (c < 0x20 ? c != '\r' || i + 1 == text.length || text[i + 1] != '\n'
                    : !isPlainBeyondAscii(c)) {
                // Tabs have rules of their own, YAML 1.1 breaks lines at a lone CR, and controls are reported.
                return null;
            }
        }
        if (start < text.length) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count + 1);
                ends = Arrays.copyOf(ends, count + 1);
            }
            starts[count] = start;
            ends[count] = text.length; // a last line without a line break (a lone CR was refused above)
            count++;
        }
        try {
            return new SimpleYamlParser(text, file, maxDepth, starts, ends, count).document();
        } catch (GiveUp e) {
            return null;
        }
    }

    /**
     * Whether a character from U+007F up needs nothing from the full reader: not a C1 control, a line or paragraph
     * separator (line breaks in YAML 1.1), a byte-order mark, the replacement character (which the decoder puts for
     * bytes that are not UTF-8), a surrogate (columns would count differently), or a character {@link Characters}
     * reports.
     */
    private static boolean isPlainBeyondAscii(char c) {
        return c > 0x9F && c != '\u2028' && c != '\u2029' && c != '\uFEFF' && c != '\uFFFD'
                && !(c >= 0x202A && c <= 0x2069) && !(c >= 0xD800 && c <= 0xDFFF) && !(c >= 0xFDD0 && c <= 0xFDEF)
                && c < 0xFFFE;
    }

    private YamlNode document() {
        for (int i = 0; i < lineCount; i++) {
            int s = starts[i];
            // Directives and document markers belong to the full parser.
            if (startsWith(s, ends[i], "---") || startsWith(s, ends[i], "...") || ends[i] > s && text[s] == '%') {
                throw GIVE_UP;
            }
        }
        skipBlankLines();
        if (line == lineCount || indent(line) != 0) {
            throw GIVE_UP;
        }
        YamlNode root = blockCollection(0, 0);
        skipBlankLines();
        if (line != lineCount) {
            throw GIVE_UP;
        }
        return root;
    }

    // ---- Block context ----

    /** A mapping or a sequence that starts at column {@code indent} of the current line. */
    private YamlNode blockCollection(int indent, int depth) {
        int at = starts[line] + indent;
        if (isBlockEntry(at)) {
            return sequence(indent, depth);
        }
        if (keyColon(at) >= 0) {
            return mapping(indent, depth);
        }
        throw GIVE_UP;
    }

    /** A block mapping whose keys are at {@code indent}; its first key may follow a sequence's "- " on its line. */
    private YamlNode mapping(int indent, int depth) {
        checkDepth(depth);
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        SourcePosition at = null;
        boolean first = true;
        while (true) {
            // After an indentless sequence's "- " at this indent, what follows is the parent's to judge.
            if (!first && (!nextLineAt(indent) || isBlockEntry(starts[line] + indent))) {
                break;
            }
            first = false;
            int keyStart = starts[line] + indent;
            int colon = keyColon(keyStart);
            if (colon < 0) {
                throw GIVE_UP;
            }
            String key = text[keyStart] == '"' || text[keyStart] == '\'' ? quoted(keyStart, colon).text()
                    : stripSpaces(keyStart, colon);
            if (key.isEmpty() || colon - keyStart > MAX_SIMPLE_KEY || entries.containsKey(key)) {
                throw GIVE_UP;
            }
            SourcePosition keyAt = position(line, keyStart);
            if (at == null) {
                at = keyAt;
            }
            YamlNode value = mappingValue(colon, indent, depth + 1);
            entries.put(key, new YamlNode.Entry(new YamlNode.Key(key, keyAt), value));
        }
        return new YamlNode.Mapping(at, entries);
    }

    /** The value after a key's colon at {@code colon} of the current line, in a mapping at {@code indent}. */
    private YamlNode mappingValue(int colon, int indent, int depth) {
        int keyLine = line;
        int p = skipSpaces(colon + 1, ends[line]);
        if (p < ends[line] && text[p] != '#') {
            return inlineValue(p, indent, depth);
        }
        line++;
        skipBlankLines();
        if (line < lineCount) {
            int next = indent(line);
            int at = starts[line] + next;
            if (next == indent && isBlockEntry(at)) {
                return sequence(indent, depth);
            }
            if (next > indent) {
                return blockCollection(next, depth);
            }
        }
        // Nothing: an empty scalar, placed where SnakeYAML puts it, just after the colon.
        checkDepth(depth);
        return new YamlNode.Scalar(position(keyLine, colon + 1), "", YamlNode.ScalarType.STRING);
    }

    /** A block sequence whose "- " are at {@code indent}. */
    private YamlNode sequence(int indent, int depth) {
        checkDepth(depth);
        List<YamlNode> items = new ArrayList<>();
        SourcePosition at = null;
        while (nextLineAt(indent)) {
            int dash = starts[line] + indent;
            if (!isBlockEntry(dash)) {
                break;
            }
            if (at == null) {
                at = position(line, dash);
            }
            int p = skipSpaces(dash + 1, ends[line]);
            if (p == ends[line] || text[p] == '#' || isBlockEntry(p)) {
                throw GIVE_UP; // an item on the lines below, an empty item, or a sequence in a sequence
            }
            if (keyColon(p) >= 0) {
                items.add(mapping(p - starts[line], depth + 1));
            } else {
                items.add(inlineValue(p, indent, depth + 1));
            }
        }
        return new YamlNode.Sequence(at, items);
    }

    /**
     * A value that starts at offset {@code p} of the current line (not a block collection); moves past it. A block
     * scalar's lines must be indented deeper than {@code indent}.
     */
    private YamlNode inlineValue(int p, int indent, int depth) {
        checkDepth(depth);
        char c = text[p];
        YamlNode value;
        int end;
        switch (c) {
            case '"', '\'' -> {
                end = quotedEnd(p, ends[line]);
                value = quoted(p, end);
            }
            case '{', '[' -> {
                int[] next = {p};
                value = flowValue(next, depth);
                end = next[0];
            }
            case '|', '>' -> {
                return blockScalar(p, indent);
            }
            default -> {
                if (!startsPlain(p, ends[line])) {
                    throw GIVE_UP;
                }
                end = plainEnd(p, ends[line]);
                String scalar = stripSpaces(p, end);
                if (scalar.contains(": ") || scalar.endsWith(":")) {
                    throw GIVE_UP;
                }
                value = plainScalar(p, scalar);
            }
        }
        int rest = skipSpaces(end, ends[line]);
        if (rest < ends[line] && (text[rest] != '#' || text[rest - 1] != ' ')) {
            throw GIVE_UP; // something after the value, or a '#' that is not a comment
        }
        line++;
        return value;
    }

    /** A literal ({@code |}) or folded ({@code >}) scalar whose indicator is at {@code p}; moves past its lines. */
    private YamlNode blockScalar(int p, int indent) {
        boolean folded = text[p] == '>';
        SourcePosition at = position(line, p);
        int q = p + 1;
        boolean strip = false;
        if (q < ends[line] && text[q] == '-') {
            strip = true;
            q++;
        }
        int rest = skipSpaces(q, ends[line]);
        if (rest < ends[line] && (text[rest] != '#' || text[rest - 1] != ' ')) {
            throw GIVE_UP; // "keep" chomping, an indentation indicator, or something else after the header
        }
        int first = line + 1;
        if (first == lineCount || isSpacesOnly(first)) {
            throw GIVE_UP; // empty, or leading blank lines, whose rules are subtle
        }
        int blockIndent = indent(first);
        if (blockIndent <= indent) {
            throw GIVE_UP;
        }
        StringBuilder value = new StringBuilder();
        int blankLines = 0;
        boolean lastHadBreak = false;
        int i = first;
        for (; i < lineCount; i++) {
            if (isSpacesOnly(i)) {
                if (ends[i] - starts[i] > blockIndent) {
                    throw GIVE_UP; // a blank line with spaces of its own is content
                }
                blankLines++;
                continue;
            }
            if (indent(i) < blockIndent) {
                break;
            }
            int content = starts[i] + blockIndent;
            if (folded && text[content] == ' ') {
                throw GIVE_UP; // a more indented line keeps its breaks in a folded scalar
            }
            if (i > first) {
                if (!folded) {
                    value.append('\n');
                }
                if (folded && blankLines == 0) {
                    value.append(' ');
                }
                for (int b = 0; b < blankLines; b++) {
                    value.append('\n');
                }
            }
            value.append(text, content, ends[i] - content);
            blankLines = 0;
            lastHadBreak = i + 1 < lineCount || endsWithBreak;
        }
        if (!strip && lastHadBreak) {
            value.append('\n');
        }
        line = i;
        return new YamlNode.Scalar(at, value.toString(), YamlNode.ScalarType.STRING);
    }

    // ---- Flow context, on one line ----

    /** A flow mapping or sequence, or a scalar inside one, at {@code cursor[0]}; leaves the cursor past it. */
    private YamlNode flowValue(int[] cursor, int depth) {
        checkDepth(depth);
        int end = ends[line];
        int p = cursor[0];
        char c = text[p];
        if (c == '{') {
            return flowMapping(cursor, depth);
        }
        if (c == '[') {
            return flowSequence(cursor, depth);
        }
        if (c == '"' || c == '\'') {
            int close = quotedEnd(p, end);
            cursor[0] = close;
            return quoted(p, close);
        }
        if (!startsPlain(p, end)) {
            throw GIVE_UP;
        }
        int q = p;
        while (q < end) {
            char d = text[q];
            if (d == ',' || d == '}' || d == ']') {
                break;
            }
            if (d == ':' || d == '?' || d == '[' || d == '{' || d == '#' && text[q - 1] == ' ') {
                throw GIVE_UP;
            }
            q++;
        }
        String scalar = stripSpaces(p, q);
        cursor[0] = q;
        return plainScalar(p, scalar);
    }

    private YamlNode flowMapping(int[] cursor, int depth) {
        int end = ends[line];
        SourcePosition at = position(line, cursor[0]);
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        cursor[0]++;
        boolean closed = closes(cursor, '}');
        while (!closed) {
            int p = cursor[0];
            if (p == end || !startsPlain(p, end)) {
                throw GIVE_UP;
            }
            int q = p;
            while (q < end && !(text[q] == ':' && q + 1 < end && text[q + 1] == ' ')) {
                char d = text[q];
                if (d == ',' || d == '{' || d == '}' || d == '[' || d == ']' || d == ':' || d == '?' || d == '#') {
                    throw GIVE_UP;
                }
                q++;
            }
            if (q == end) {
                throw GIVE_UP;
            }
            String key = stripSpaces(p, q);
            if (key.isEmpty() || q - p > MAX_SIMPLE_KEY || entries.containsKey(key)) {
                throw GIVE_UP;
            }
            SourcePosition keyAt = position(line, p);
            cursor[0] = skipSpaces(q + 1, end);
            if (cursor[0] == end) {
                throw GIVE_UP;
            }
            YamlNode value = flowValue(cursor, depth + 1);
            entries.put(key, new YamlNode.Entry(new YamlNode.Key(key, keyAt), value));
            closed = afterItem(cursor, '}');
        }
        return new YamlNode.Mapping(at, entries);
    }

    private YamlNode flowSequence(int[] cursor, int depth) {
        SourcePosition at = position(line, cursor[0]);
        List<YamlNode> items = new ArrayList<>();
        cursor[0]++;
        boolean closed = closes(cursor, ']');
        while (!closed) {
            if (cursor[0] == ends[line]) {
                throw GIVE_UP;
            }
            items.add(flowValue(cursor, depth + 1));
            closed = afterItem(cursor, ']');
        }
        return new YamlNode.Sequence(at, items);
    }

    /** Moves the cursor past spaces; true, and past it, when {@code close} comes next. */
    private boolean closes(int[] cursor, char close) {
        int p = skipSpaces(cursor[0], ends[line]);
        boolean closing = p < ends[line] && text[p] == close;
        cursor[0] = closing ? p + 1 : p;
        return closing;
    }

    /** After a flow item: true when {@code close} ends the collection, false after a ',' (the cursor at the next). */
    private boolean afterItem(int[] cursor, char close) {
        if (closes(cursor, close)) {
            return true;
        }
        if (cursor[0] == ends[line] || text[cursor[0]] != ',') {
            throw GIVE_UP;
        }
        cursor[0] = skipSpaces(cursor[0] + 1, ends[line]);
        return false;
    }

    // ---- Scalars ----

    /** The offset just past the closing quote of the one-line quoted scalar at {@code p}. */
    private int quotedEnd(int p, int end) {
        int close = closingQuote(p, end);
        if (close < 0) {
            throw GIVE_UP; // an escape, which is the full parser's, or a scalar going on over lines
        }
        return close;
    }

    /** Like {@link #quotedEnd}, or -1 where that gives up. */
    private int closingQuote(int p, int end) {
        char quote = text[p];
        for (int q = p + 1; q < end; q++) {
            char c = text[q];
            if (c == '\\' && quote == '"') {
                return -1;
            }
            if (c == quote) {
                if (quote == '\'' && q + 1 < end && text[q + 1] == '\'') {
                    q++; // '' is a quote inside single quotes
                    continue;
                }
                return q + 1;
            }
        }
        return -1;
    }

    private YamlNode.Scalar quoted(int p, int end) {
        String inner = new String(text, p + 1, end - p - 2);
        if (text[p] == '\'') {
            inner = inner.replace("''", "'");
        }
        return new YamlNode.Scalar(position(line, p), inner, YamlNode.ScalarType.STRING);
    }

    /** Whether a plain scalar may start at {@code p}: not with an indicator, nor "-", "?" or ":" and a space. */
    private boolean startsPlain(int p, int end) {
        char c = text[p];
        if ("[]{},#&*!|>'\"%@`".indexOf(c) >= 0) {
            return false;
        }
        if (c == '-' || c == '?' || c == ':') {
            return p + 1 < end && text[p + 1] != ' ' && c == '-';
        }
        return true;
    }

    /** The end of a block plain scalar on this line: the line's end or a comment's " #". */
    private int plainEnd(int p, int end) {
        for (int q = p + 1; q < end; q++) {
            if (text[q] == '#' && text[q - 1] == ' ') {
                return q;
            }
        }
        return end;
    }

    /** A plain scalar at {@code p}: a null keeps no text, as Jackson gives none. */
    private YamlNode.Scalar plainScalar(int p, String scalar) {
        YamlNode.ScalarType type = plainType(scalar);
        return new YamlNode.Scalar(position(line, p), type == YamlNode.ScalarType.NULL ? "" : scalar, type);
    }

    /** A plain scalar's type, decided as Jackson's YAML parser decides it; anything unusual is left to Jackson. */
    private static YamlNode.ScalarType plainType(String value) {
        if (value.length() > 5 && isAsciiLetter(value.charAt(0))) {
            return YamlNode.ScalarType.STRING; // the resolver's words (null, true, off…) are five letters at most
        }
        if (isDate(value)) {
            return YamlNode.ScalarType.STRING; // YAML's timestamp, which Jackson gives as its text
        }
        if (!isAscii(value)) {
            return YamlNode.ScalarType.STRING; // every pattern of the resolver matches ASCII only (12月底前, 95%以上)
        }
        // An amount or a count, as nearly every number is written: what the resolver's INT and FLOAT patterns say.
        int digits = decimalDigits(value);
        if (digits == value.length() && digits > 0) {
            return YamlNode.ScalarType.INTEGER;
        }
        if (digits > 0 && value.charAt(digits) == '.' && decimalFraction(value, digits + 1)) {
            return YamlNode.ScalarType.DECIMAL;
        }
        Tag tag = RESOLVER.resolve(NodeId.scalar, value, true);
        if (tag.equals(Tag.STR)) {
            return YamlNode.ScalarType.STRING;
        }
        if (tag.equals(Tag.INT)) {
            if (isPlainDecimalInteger(value)) {
                return YamlNode.ScalarType.INTEGER;
            }
            throw GIVE_UP; // octal, hexadecimal, binary, underscores, base 60
        }
        if (tag.equals(Tag.FLOAT)) {
            return YamlNode.ScalarType.DECIMAL;
        }
        if (tag.equals(Tag.BOOL)) {
            return isBooleanWord(value) ? YamlNode.ScalarType.BOOLEAN : YamlNode.ScalarType.STRING;
        }
        if (tag.equals(Tag.NULL)) {
            return YamlNode.ScalarType.NULL;
        }
        return YamlNode.ScalarType.STRING; // a timestamp, a merge key: Jackson gives their text
    }

    private static boolean isAscii(String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            if (value.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The length of a leading "-", "0" or a digit 1-9 then digits (an integer as YAML writes one in base 10, up to
     * 30 characters); 0 when the value does not start so.
     */
    private static int decimalDigits(String value) {
        int i = !value.isEmpty() && value.charAt(0) == '-' ? 1 : 0;
        int first = i;
        if (i == value.length() || value.charAt(i) < '0' || value.charAt(i) > '9' || value.length() > 30) {
            return 0;
        }
        if (value.charAt(i) == '0') {
            return i + 1;
        }
        while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
            i++;
        }
        return i > first ? i : 0;
    }

    /** A date as declarations write one, 2024-01-01. */
    private static boolean isDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = value.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** Whether the value is one or more digits from {@code from} to its end. */
    private static boolean decimalFraction(String value, int from) {
        if (from == value.length()) {
            return false;
        }
        for (int i = from; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isPlainDecimalInteger(String value) {
        int i = value.charAt(0) == '-' || value.charAt(0) == '+' ? 1 : 0;
        if (i == value.length() || value.charAt(i) == '0' && i + 1 < value.length()) {
            return false;
        }
        for (; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The words Jackson reads as true or false, beyond SnakeYAML's resolver's own list. */
    private static boolean isBooleanWord(String value) {
        return switch (value.length()) {
            case 1 -> "yYnN".indexOf(value.charAt(0)) >= 0;
            case 2 -> value.equalsIgnoreCase("no") || value.equalsIgnoreCase("on");
            case 3 -> value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("off");
            case 4 -> value.equalsIgnoreCase("true");
            case 5 -> value.equalsIgnoreCase("false");
            default -> false;
        };
    }

    // ---- Lines ----

    /**
     * The colon ending a key that starts at {@code p} of the current line, or -1 when none does: a plain key, or a
     * one-line quoted one without escapes followed at once by its colon.
     */
    private int keyColon(int p) {
        int end = ends[line];
        if (p >= end) {
            return -1;
        }
        if (text[p] == '"' || text[p] == '\'') {
            int close = closingQuote(p, end);
            return close > 0 && close < end && text[close] == ':' && (close + 1 == end || text[close + 1] == ' ')
                    ? close : -1;
        }
        if (!startsPlain(p, end)) {
            return -1;
        }
        for (int q = p; q < end; q++) {
            char c = text[q];
            if (c == ':' && (q + 1 == end || text[q + 1] == ' ')) {
                return q;
            }
            if (c == '#' && q > p && text[q - 1] == ' ') {
                return -1;
            }
        }
        return -1;
    }

    /** A sequence entry's "-" at {@code p}: followed by a space or the line's end. */
    private boolean isBlockEntry(int p) {
        int end = ends[line];
        return p < end && text[p] == '-' && (p + 1 == end || text[p + 1] == ' ');
    }

    /**
     * Moves to the next line with content and says whether it is at {@code indent}: false at the end or on a line
     * less indented. A line more indented goes on a plain scalar over lines, or is a syntax error: given up.
     */
    private boolean nextLineAt(int indent) {
        skipBlankLines();
        if (line == lineCount || indent(line) < indent) {
            return false;
        }
        if (indent(line) > indent) {
            throw GIVE_UP;
        }
        return true;
    }

    private void skipBlankLines() {
        while (line < lineCount) {
            int p = skipSpaces(starts[line], ends[line]);
            if (p < ends[line] && text[p] != '#') {
                return;
            }
            line++;
        }
    }

    private boolean isSpacesOnly(int lineIndex) {
        return skipSpaces(starts[lineIndex], ends[lineIndex]) == ends[lineIndex];
    }

    private int indent(int lineIndex) {
        return skipSpaces(starts[lineIndex], ends[lineIndex]) - starts[lineIndex];
    }

    private int skipSpaces(int p, int end) {
        while (p < end && text[p] == ' ') {
            p++;
        }
        return p;
    }

    private String stripSpaces(int from, int to) {
        while (to > from && text[to - 1] == ' ') {
            to--;
        }
        return new String(text, from, to - from);
    }

    private boolean startsWith(int p, int end, String prefix) {
        if (end - p < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text[p + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void checkDepth(int depth) {
        if (depth > maxDepth) {
            throw GIVE_UP;
        }
    }

    /** Lines and columns from 1, as Jackson reports them; the text has no surrogate pairs, so a column is a char. */
    private SourcePosition position(int lineIndex, int offset) {
        return new SourcePosition(file, lineIndex + 1, offset - starts[lineIndex] + 1);
    }
}
