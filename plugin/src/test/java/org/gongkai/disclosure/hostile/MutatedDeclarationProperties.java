package org.gongkai.disclosure.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.api.statistics.Statistics;
import org.jsoup.nodes.Document;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.diag.MessageCatalog;
import org.gongkai.disclosure.engine.CheckReport;
import org.gongkai.disclosure.engine.GenerateReport;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;
import org.gongkai.disclosure.write.SiteWriterAccess;

/**
 * Mutates the real Songjiang declaration at random (keys deleted, values duplicated, retyped and perturbed, lines
 * dropped, doubled, swapped and cut, bytes spoilt) and checks what must hold for any input: no exception escapes,
 * every problem is a located diagnostic with a message in both languages, and whatever the checker accepts renders.
 */
class MutatedDeclarationProperties {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            // Amounts keep their written form (150000.00, not 1.5E+5), as the declaration's authors wrote them.
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** The files mutated: the declaration and every project of the bundled content. */
    private static final List<String> FILES = files();

    /** Values that stand in for a mutated value: every kind YAML has, and texts that have broken parsers. */
    private static final List<JsonNode> REPLACEMENTS = List.of(
            text(""), text(" "), text("0"), text("-1"), text("1e400"), text("NaN"), text("2024-02-30"),
            text("１２３.４５"), text("1,00,000.00"), text("12.345"), text("abc"), text("../../etc/passwd"),
            text("<script>alert(1)</script>"), text("{{x}}"), text("\u202Eevil"), text("\uD83D\uDCB0 💰"),
            text("\u0000"), text("x".repeat(5000)), text("≥"), text("=(%)"), text("提高"),
            JsonNodeFactory.instance.numberNode(0), JsonNodeFactory.instance.numberNode(-5),
            JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("99999999999999999999999.999")),
            JsonNodeFactory.instance.booleanNode(true), JsonNodeFactory.instance.nullNode(),
            JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.objectNode(),
            JsonNodeFactory.instance.arrayNode().add("a").add(1),
            JsonNodeFactory.instance.objectNode().put("zh", "样例").put("en", "sample"),
            JsonNodeFactory.instance.objectNode().put("fr", "exemple"));

    /** Script, event-handler, link, CSS and template payloads, as a hostile or careless author might type them. */
    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
            "[点击](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "<a href=\"javascript:alert(1)\">x</a>",
            "<style>body{display:none}</style>", "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "{{#projects}}{{/projects}}", "{{{title}}}", "${java.version}", "<iframe src=//evil.example>",
            "<!--", "]]>", "&lt;script&gt;", "<form action=//evil.example><input name=x>",
            "<meta http-equiv=refresh content=0;url=//evil.example>", "![x](x\" onerror=\"alert(1))",
            "<object data=javascript:alert(1)>", "\u202E<b>", "<base href=//evil.example/>");

    private Path project;

    private static JsonNode text(String value) {
        return JsonNodeFactory.instance.textNode(value);
    }

    private static List<String> files() {
        List<String> files = new ArrayList<>();
        files.add(ContentFixture.DECLARATION);
        try (var projects = Files.list(ContentFixture.seedContentDir().resolve("projects"))) {
            projects.map(p -> "projects/" + p.getFileName()).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(files);
    }

    @BeforeTry
    void newProject() throws IOException {
        project = Files.createTempDirectory("gongkai-mutation");
    }

    @AfterTry
    void removeProject() throws IOException {
        SiteWriterAccess.deleteTree(project);
    }

    /** One random change to a file, applied to its YAML tree or to its text. */
    record Mutation(String kind, int where, int what) {

        byte[] apply(byte[] original) throws IOException {
            String text = new String(original, StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int line = Math.floorMod(where, lines.size());
            switch (kind) {
                case "delete-line" -> lines.remove(line);
                case "duplicate-line" -> lines.add(line, lines.get(line));
                case "swap-lines" -> java.util.Collections.swap(lines, line, Math.floorMod(what, lines.size()));
                case "tab-indent" -> lines.set(line, "\t" + lines.get(line));
                case "cut" -> {
                    return java.util.Arrays.copyOf(original, Math.floorMod(where, original.length + 1));
                }
                case "spoil-byte" -> {
                    byte[] spoilt = original.clone();
                    spoilt[Math.floorMod(where, spoilt.length)] = (byte) what;
                    return spoilt;
                }
                default -> {
                    return tree(text);
                }
            }
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }

        /** Deletes, duplicates or replaces one node of the file's tree, chosen by its place in document order. */
        private byte[] tree(String text) {
            JsonNode root;
            try {
                root = YAML.readTree(text);
            } catch (IOException e) {
                return text.getBytes(StandardCharsets.UTF_8); // already spoilt by an earlier mutation
            }
            List<Map.Entry<JsonNode, Object>> places = new ArrayList<>(); // (parent, key or index)
            collect(root, places);
            if (places.isEmpty()) {
                return text.getBytes(StandardCharsets.UTF_8);
            }
            Map.Entry<JsonNode, Object> place = places.get(Math.floorMod(where, places.size()));
            JsonNode replacement = REPLACEMENTS.get(Math.floorMod(what, REPLACEMENTS.size()));
            if (kind.equals("payload")) {
                // The Chinese or English of a bilingual text: where prose goes, and what a reader sees.
                List<Map.Entry<JsonNode, Object>> texts = places.stream()
                        .filter(p -> ("zh".equals(p.getValue()) || "en".equals(p.getValue())) && value(p).isTextual())
                        .toList();
                if (texts.isEmpty()) {
                    return text.getBytes(StandardCharsets.UTF_8);
                }
                place = texts.get(Math.floorMod(where, texts.size()));
                replacement = text(value(place).asText() + PAYLOADS.get(Math.floorMod(what, PAYLOADS.size())));
            }
            if (place.getKey() instanceof ObjectNode parent) {
                String key = (String) place.getValue();
                switch (kind) {
                    case "delete" -> parent.remove(key);
                    case "perturb" -> parent.set(key, perturb(parent.get(key)));
                    case "duplicate" -> parent.set(key + "-copy", parent.get(key).deepCopy());
                    default -> parent.set(key, replacement.deepCopy());
                }
            } else {
                ArrayNode parent = (ArrayNode) place.getKey();
                int index = (Integer) place.getValue();
                switch (kind) {
                    case "delete" -> parent.remove(index);
                    case "perturb" -> parent.set(index, perturb(parent.get(index)));
                    case "duplicate" -> parent.insert(index, parent.get(index).deepCopy());
                    default -> parent.set(index, replacement.deepCopy());
                }
            }
            try {
                return YAML.writeValueAsBytes(root);
            } catch (IOException e) {
                return text.getBytes(StandardCharsets.UTF_8); // a value YAML cannot write, e.g. a NUL character
            }
        }

        /** A value close to the original: an amount off by a fen, a date a day off, a text with a payload. */
        private JsonNode perturb(JsonNode value) {
            if (value.isNumber()) {
                java.math.BigDecimal number = value.decimalValue();
                return switch (Math.floorMod(what, 4)) {
                    case 0 -> JsonNodeFactory.instance.numberNode(number.add(new java.math.BigDecimal("0.01")));
                    case 1 -> JsonNodeFactory.instance.numberNode(number.negate());
                    case 2 -> JsonNodeFactory.instance.numberNode(number.add(new java.math.BigDecimal("0.001")));
                    default -> JsonNodeFactory.instance.numberNode(number.movePointRight(3));
                };
            }
            if (value.isTextual()) {
                String text = value.asText();
                return text(switch (Math.floorMod(what, 5)) {
                    case 0 -> text + "<img src=x onerror=alert(1)>";
                    case 1 -> text.replace('0', '０').replace('1', '１');
                    case 2 -> text.replace("-", "/");
                    case 3 -> "[x](javascript:alert(1)) " + text;
                    default -> text.isEmpty() ? text : text.substring(0, text.length() / 2);
                });
            }
            return REPLACEMENTS.get(Math.floorMod(what, REPLACEMENTS.size())).deepCopy();
        }

        private static JsonNode value(Map.Entry<JsonNode, Object> place) {
            return place.getValue() instanceof String key ? place.getKey().get(key)
                    : place.getKey().get((Integer) place.getValue());
        }

        private static void collect(JsonNode node, List<Map.Entry<JsonNode, Object>> places) {
            if (node instanceof ObjectNode object) {
                object.fieldNames().forEachRemaining(key -> {
                    places.add(Map.entry(object, key));
                    collect(object.get(key), places);
                });
            } else if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    places.add(Map.entry(array, i));
                    collect(array.get(i), places);
                }
            }
        }
    }

    /** A file of the bundled content and the mutations applied to it in turn. */
    record Change(String file, List<Mutation> mutations) {
    }

    @Provide
    Arbitrary<Change> changes() {
        Arbitrary<Mutation> mutation = Combinators.combine(
                Arbitraries.of("delete", "duplicate", "retype", "perturb", "delete-line", "duplicate-line",
                        "swap-lines", "tab-indent", "cut", "spoil-byte"),
                Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(-128, 127))
                .as(Mutation::new);
        return Combinators.combine(Arbitraries.of(FILES), mutation.list().ofMinSize(1).ofMaxSize(4)).as(Change::new);
    }

    /** Payloads appended to texts: changes that mostly keep the declaration valid, so that it is rendered. */
    @Provide
    Arbitrary<Change> payloads() {
        Arbitrary<Mutation> payload = Combinators.combine(Arbitraries.just("payload"),
                Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, PAYLOADS.size() - 1))
                .as(Mutation::new);
        return Combinators.combine(Arbitraries.of(FILES), payload.list().ofMinSize(1).ofMaxSize(6)).as(Change::new);
    }

    @Provide
    Arbitrary<Change> anything() {
        return Arbitraries.oneOf(changes(), payloads());
    }

    private ContentFixture mutated(Change change) throws IOException {
        return mutate(ContentFixture.seed(project), change);
    }

    private static ContentFixture mutate(ContentFixture content, Change change) throws IOException {
        byte[] bytes = Files.readAllBytes(content.file(change.file()));
        for (Mutation mutation : change.mutations()) {
            bytes = mutation.apply(bytes);
        }
        content.writeBytes(change.file(), bytes);
        return content;
    }

    private static long lines(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            long lines = 1;
            for (byte b : bytes) {
                if (b == '\n') {
                    lines++;
                }
            }
            return lines;
        } catch (IOException e) {
            return Long.MAX_VALUE; // a folder, or gone: the position is checked against the path alone
        }
    }

    @Property(tries = 400)
    void noExceptionEscapesTheCheckerAndEveryProblemIsLocated(@ForAll("anything") Change change) throws IOException {
        ContentFixture content = mutated(change);

        CheckReport report = content.report();
        Statistics.label("outcome").collect(report.passed() ? "accepted" : "rejected");
        Statistics.label("outcome").coverage(coverage -> coverage.check("rejected").percentage(p -> p > 30));

        for (Diagnostic diagnostic : report.diagnostics()) {
            assertThat(diagnostic.at()).as("position of %s", diagnostic).isNotNull();
            assertThat(diagnostic.at().file()).startsWith("src/disclosure");
            assertThat(Files.exists(project.resolve(diagnostic.at().file()))).as("%s names a real file", diagnostic).isTrue();
            assertThat(diagnostic.at().line()).isBetween(1, (int) Math.min(Integer.MAX_VALUE,
                    lines(project.resolve(diagnostic.at().file()))));
            assertThat(diagnostic.at().column()).isPositive();
            assertThat(diagnostic.rule()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            for (Language language : Language.values()) {
                MessageCatalog catalog = MessageCatalog.of(language);
                assertThat(catalog.has(diagnostic.message().key())).as("%s text for %s", language, diagnostic).isTrue();
                assertThat(catalog.format(diagnostic.message())).isNotBlank().doesNotContain("{0}");
            }
        }
    }

    @Property(tries = 150)
    void whateverTheCheckerAcceptsRenders(@ForAll("anything") Change change) throws IOException {
        ContentFixture content = mutated(change);
        boolean accepted = content.report().passed();

        SiteFixture site = new SiteFixture(content);
        GenerateReport report = site.generate();

        assertThat(report.generated()).as("generated exactly when the check passes").isEqualTo(accepted);
        Statistics.collect(accepted ? "accepted" : "rejected");
        // Mutations that keep the declaration valid (a text changed, a line swapped) must be a fair share.
        Statistics.coverage(coverage -> coverage.check("accepted").percentage(p -> p >= 20));
        if (accepted) {
            assertThat(site.htmlPages()).contains("zh/index.html", "en/index.html");
            for (String page : site.htmlPages()) {
                Document document = site.page(page);
                assertThat(document.select("script:not([src])")).as("inline script in %s", page).isEmpty();
                assertThat(document.select("[onerror], [onload], [onclick], a[href^=javascript:]"))
                        .as("executable markup in %s", page).isEmpty();
            }
        }
    }

    @Property(tries = 100)
    void aFailedRunLeavesThePublishedSiteAsItWas(@ForAll("changes") Change change) throws IOException {
        SiteFixture site = new SiteFixture(ContentFixture.seed(project)).generated();
        Map<String, byte[]> before = site.tree();

        mutate(site.content(), change);
        GenerateReport report = site.generate();

        if (!report.generated()) {
            Map<String, byte[]> after = site.tree();
            assertThat(after.keySet()).isEqualTo(before.keySet());
            before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        }
    }
}
