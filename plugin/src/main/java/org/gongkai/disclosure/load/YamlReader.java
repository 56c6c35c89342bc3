package org.gongkai.disclosure.load;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.SourcePosition;

/**
 * Reads one YAML file into a {@link YamlNode} tree, turning every way a file can be unreadable into a located
 * diagnostic: not a file, too large, empty, not UTF-8, tabs, aliases, tags, duplicate keys, control characters,
 * syntax errors.
 * Immutable and thread-safe; build one per run.
 */
public final class YamlReader {

    /** Generous for a project (the seed's largest is under 10 KB), small enough to keep memory bounded. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
    private static final int MAX_DEPTH = 32;

    private final long maxBytes;

    /** Made when a file first needs it: most runs never do, and Jackson's YAML classes then stay unloaded. */
    private static final class Full {
        static final YAMLFactory FACTORY = YAMLFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 8).build())
                .build();
    }

    public YamlReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public YamlReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Reads {@code file}, reporting problems against {@code displayPath}.
     *
     * @return the root node, or empty when the file could not be read as YAML (an error has been reported)
     * @throws IOException when the file system fails (not the user's mistake)
     */
    public Optional<YamlNode> read(Path file, String displayPath, DiagnosticSink sink) throws IOException {
        SourcePosition whole = SourcePosition.startOf(displayPath);
        java.nio.file.attribute.BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException e) {
            sink.error("not-a-file", whole, "file.missing");
            return Optional.empty();
        }
        if (attributes.isDirectory()) {
            sink.error("not-a-file", whole, "file.directory");
            return Optional.empty();
        }
        if (!attributes.isRegularFile()) {
            sink.error("not-a-file", whole, "file.missing");
            return Optional.empty();
        }
        long size = attributes.size();
        if (size > maxBytes) {
            sink.error("file-too-large", whole, "file.tooLarge", megabytes(size), megabytes(maxBytes));
            return Optional.empty();
        }
        return parse(Files.readAllBytes(file), displayPath, sink);
    }

    /** The tree of a file's bytes as the quick reader makes it, or null when only the full parser can read them. */
    static YamlNode quick(byte[] bytes, String displayPath) {
        int offset = byteOrderMark(bytes);
        return SimpleYamlParser.parse(new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8),
                displayPath, MAX_DEPTH);
    }

    /** Parses bytes already in memory; used by {@link #read} and by tests. */
    public Optional<YamlNode> parse(byte[] bytes, String displayPath, DiagnosticSink sink) {
        int offset = byteOrderMark(bytes);
        String decoded = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        // The quick reader takes no text with U+FFFD (the decoder's mark for bytes that are not UTF-8), a tab or
        // nothing in it, so a text it takes needs none of the checks below.
        YamlNode quick = SimpleYamlParser.parse(decoded, displayPath, MAX_DEPTH);
        if (quick != null) {
            return Optional.of(quick);
        }
        Optional<String> text = decode(bytes, offset, decoded, displayPath, sink);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String source = text.get();
        if (reportIndentationTabs(source, displayPath, sink)) {
            return Optional.empty();
        }
        return parseFully(source, displayPath, sink);
    }

    /** Reads {@code source} with Jackson and SnakeYAML, which know all of YAML and say what is wrong with a file. */
    Optional<YamlNode> parseFully(String source, String displayPath, DiagnosticSink sink) {
        try (YAMLParser parser = (YAMLParser) Full.FACTORY.createParser(new StringReader(source))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                sink.error("empty-file", SourcePosition.startOf(displayPath), "file.empty");
                return Optional.empty();
            }
            Optional<YamlNode> root = new TreeBuilder(parser, displayPath, sink).value(0);
            if (root.isPresent() && parser.nextToken() != null) {
                SourcePosition next = position(parser.currentTokenLocation(), displayPath);
                sink.error("yaml-syntax", documentStart(source, next), "yaml.moreDocuments");
                return Optional.empty();
            }
            return root;
        } catch (JsonProcessingException e) {
            sink.report(YamlSyntax.describe(e, displayPath));
            return Optional.empty();
        } catch (IOException e) {
            // Reading from a String cannot fail for I/O reasons; anything here is a parse problem.
            sink.error("yaml-syntax", SourcePosition.startOf(displayPath), "yaml.syntax", String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    /** 3 when the bytes start with a UTF-8 byte-order mark, as Windows Notepad writes it (fine), else 0. */
    private static int byteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
    }

    /**
     * The text of {@code bytes} from {@code offset}, already decoded by the JDK's own decoder as {@code fast}, or
     * empty when it is not UTF-8 or blank (reported). The JDK's decoder is much faster than a reporting one; it
     * replaces bad bytes with U+FFFD, so only a text holding that character needs the strict decoder, which finds
     * where the bad bytes are.
     */
    private static Optional<String> decode(byte[] bytes, int offset, String fast, String displayPath,
            DiagnosticSink sink) {
        if (fast.indexOf('\uFFFD') < 0) {
            if (fast.isBlank()) {
                sink.error("empty-file", SourcePosition.startOf(displayPath), "file.empty");
                return Optional.empty();
            }
            return Optional.of(fast);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            if (text.isBlank()) {
                sink.error("empty-file", SourcePosition.startOf(displayPath), "file.empty");
                return Optional.empty();
            }
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            sink.report(Encoding.notUtf8(bytes, offset, displayPath));
            return Optional.empty();
        }
    }

    /** YAML forbids tabs in indentation; say so plainly at each place instead of the parser's first complaint. */
    private static boolean reportIndentationTabs(String source, String displayPath, DiagnosticSink sink) {
        if (source.indexOf('\t') < 0) {
            return false;
        }
        boolean found = false;
        int line = 1;
        int column = 1;
        boolean inIndentation = true;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                inIndentation = true;
                continue;
            }
            if (c == '\t' && inIndentation) {
                sink.error("yaml-tab", new SourcePosition(displayPath, line, column), "yaml.tab");
                found = true;
                inIndentation = false; // one report per line is enough
            } else if (c != ' ' && c != '\r') {
                inIndentation = false;
            }
            if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return found;
    }

    /** The "---" line that starts the document whose first token is at {@code next}, or {@code next} itself. */
    private static SourcePosition documentStart(String source, SourcePosition next) {
        String[] lines = source.split("\n", -1);
        for (int line = Math.min(next.line(), lines.length); line >= 1; line--) {
            String text = lines[line - 1].stripTrailing();
            if (text.equals("---") || text.startsWith("--- ")) {
                return new SourcePosition(next.file(), line, 1);
            }
        }
        return next;
    }

    static SourcePosition position(JsonLocation location, String displayPath) {
        return new SourcePosition(displayPath, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    private static String megabytes(long bytes) {
        return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024L * 1024), 1,
                java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** Builds the tree from parser tokens; one instance per file. */
    private static final class TreeBuilder {
        private final YAMLParser parser;
        private final String displayPath;
        private final DiagnosticSink sink;

        TreeBuilder(YAMLParser parser, String displayPath, DiagnosticSink sink) {
            this.parser = parser;
            this.displayPath = displayPath;
            this.sink = sink;
        }

        /** Reads the value at the current token; empty when the file must be abandoned (reported). */
        Optional<YamlNode> value(int depth) throws IOException {
            SourcePosition at = position(parser.currentTokenLocation(), displayPath);
            if (depth > MAX_DEPTH) {
                sink.error("yaml-syntax", at, "yaml.tooDeep", MAX_DEPTH);
                return Optional.empty();
            }
            if (parser.isCurrentAlias()) {
                // Aliases are how "billion laughs" bombs work; a declaration never needs one.
                sink.error("yaml-alias", at, "yaml.alias", parser.getText());
                return Optional.empty();
            }
            String tag = parser.getTypeId();
            if (tag != null) {
                // Tags (!!binary, !!python/object…) ask the reader to build something other than plain data.
                sink.error("yaml-tag", at, "yaml.tag", shortTag(tag));
                return Optional.empty();
            }
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> mapping(at, depth);
                case START_ARRAY -> sequence(at, depth);
                case VALUE_STRING -> Optional.of(scalar(at, YamlNode.ScalarType.STRING));
                case VALUE_NUMBER_INT -> Optional.of(scalar(at, YamlNode.ScalarType.INTEGER));
                case VALUE_NUMBER_FLOAT -> Optional.of(scalar(at, YamlNode.ScalarType.DECIMAL));
                case VALUE_TRUE, VALUE_FALSE -> Optional.of(scalar(at, YamlNode.ScalarType.BOOLEAN));
                case VALUE_NULL -> Optional.of(new YamlNode.Scalar(at, "", YamlNode.ScalarType.NULL));
                default -> {
                    sink.error("yaml-syntax", at, "yaml.syntax", token.asString());
                    yield Optional.empty();
                }
            };
        }

        private YamlNode.Scalar scalar(SourcePosition at, YamlNode.ScalarType type) throws IOException {
            String text = parser.getText();
            Characters.check(text, at, sink);
            return new YamlNode.Scalar(at, text, type);
        }

        /** A tag as it is written: {@code !!binary} for the standard ones, {@code !name} for others. */
        private static String shortTag(String tag) {
            String standard = "tag:yaml.org,2002:";
            return tag.startsWith(standard) ? "!!" + tag.substring(standard.length()) : "!" + tag;
        }

        private Optional<YamlNode> mapping(SourcePosition at, int depth) throws IOException {
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                SourcePosition keyAt = position(parser.currentTokenLocation(), displayPath);
                Characters.check(name, keyAt, sink);
                parser.nextToken();
                Optional<YamlNode> value = value(depth + 1);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                YamlNode.Entry earlier = entries.get(name);
                if (earlier != null) {
                    sink.error("duplicate-key", keyAt, "yaml.duplicateKey", name, earlier.key().at().line());
                } else {
                    entries.put(name, new YamlNode.Entry(new YamlNode.Key(name, keyAt), value.get()));
                }
            }
            if (token != JsonToken.END_OBJECT) {
                sink.error("yaml-syntax", at, "yaml.syntax", String.valueOf(token));
                return Optional.empty();
            }
            return Optional.of(new YamlNode.Mapping(at, entries));
        }

        private Optional<YamlNode> sequence(SourcePosition at, int depth) throws IOException {
            java.util.List<YamlNode> items = new java.util.ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                Optional<YamlNode> item = value(depth + 1);
                if (item.isEmpty()) {
                    return Optional.empty();
                }
                items.add(item.get());
            }
            return Optional.of(new YamlNode.Sequence(at, items));
        }
    }
}
