package org.gongkai.disclosure.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.gongkai.disclosure.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick reader must build exactly the tree the full parser builds, positions and types included, or give up.
 * Checked on every YAML file of the project (tests, examples, the Songjiang content, the invoker tests), on the same
 * files with Windows line ends, on the shapes generated content and imports write, and on thousands of random
 * mutations of all of them, where a wrong answer would be accepting what the full parser rejects or reads otherwise.
 */
class SimpleYamlParserTest {

    private final YamlReader reader = new YamlReader();

    /** The tree as a text that shows everything the loader uses: kinds, order, keys, texts, types and positions. */
    private static String describe(YamlNode node) {
        StringBuilder out = new StringBuilder();
        describe(node, out);
        return out.toString();
    }

    private static void describe(YamlNode node, StringBuilder out) {
        out.append(node.at()).append(' ');
        if (node instanceof YamlNode.Scalar scalar) {
            out.append(scalar.type()).append(" «").append(scalar.text()).append("»\n");
        } else if (node instanceof YamlNode.Mapping mapping) {
            out.append("{\n");
            for (Map.Entry<String, YamlNode.Entry> entry : mapping.entries().entrySet()) {
                out.append(entry.getValue().key().at()).append(" key «").append(entry.getKey()).append("»\n");
                describe(entry.getValue().value(), out);
            }
            out.append("}\n");
        } else {
            out.append("[\n");
            ((YamlNode.Sequence) node).items().forEach(item -> describe(item, out));
            out.append("]\n");
        }
    }

    /** Null when the quick reader gives up; otherwise whether it agrees with the full parser. */
    private Boolean agrees(String text) {
        YamlNode quick = SimpleYamlParser.parse(text, "p.yaml", 32);
        if (quick == null) {
            return null;
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<YamlNode> full = reader.parseFully(text, "p.yaml", diagnostics);
        assertThat(diagnostics.sorted()).as("the full parser's findings on a text the quick reader took:\n%s", text)
                .isEmpty();
        assertThat(full).as("the full parser read:\n%s", text).isPresent();
        String quickTree = describe(quick);
        String fullTree = describe(full.get());
        if (!quickTree.equals(fullTree)) {
            throw new AssertionError("The quick reader's tree differs from the full parser's, "
                    + firstDifference(quickTree, fullTree) + ", on:\n" + text);
        }
        return true;
    }

    private static String firstDifference(String quick, String full) {
        String[] a = quick.split("\n");
        String[] b = full.split("\n");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "(nothing)";
            String right = i < b.length ? b[i] : "(nothing)";
            if (!left.equals(right)) {
                return "first at line " + (i + 1) + " of the trees: quick " + left + ", full " + right;
            }
        }
        return "nowhere";
    }

    private static List<String> corpus() {
        List<String> texts = new ArrayList<>();
        for (String root : List.of("src/test/resources", "src/main/resources", "src/it", "../site-content",
                "../examples")) {
            Path folder = Path.of(root);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                        .filter(f -> !f.toString().contains("/target/"))
                        .sorted()
                        .forEach(f -> {
                            try {
                                byte[] bytes = Files.readAllBytes(f);
                                String text = new String(bytes, StandardCharsets.UTF_8);
                                if (!text.startsWith("\uFEFF")) {
                                    texts.add(text);
                                }
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        texts.addAll(SHAPES);
        return texts;
    }

    /** Shapes the generated benchmark content, the importer and hand-written files use. */
    private static final List<String> SHAPES = List.of(
            "id: p15\nname: {zh: 编外人员工作经费p15, en: Working funds p15}\nstart: 2024-01-01\nfunds:\n  total: 1901979.87\n"
                    + "  other: 0.00\n  count: 12\n  neg: -3\n  zero: 0\n",
            "sections:\n  overview:\n    zh: 按照本市预算绩效管理工作的总体要求。\n    en: >-\n      As the city's overall requirements\n"
                    + "      prescribe, the unit applies the duty.\n\n      A second paragraph.\n  plan: |\n    line one\n"
                    + "      indented more\n\n    line three\n  basis: >\n    folded\n    text\n",
            "indicators:\n  - {level1: 成本指标, level2: 经济成本指标, name: {zh: 成本控制, en: Cost control}, target: \"≤36.00(天)\"}\n"
                    + "  - {level1: 产出指标, name: {zh: 服务人次, en: People served}, target: 减少}\n",
            "indicators:\n- level1: 产出指标\n  level2: 数量指标\n  name:\n    zh: 服务人次\n    en: People served\n  target: '=96.00(次)'\n"
                    + "- level1: 效益指标 # a comment\n  weight: 10\n  note:\n  list: [a, b, 'c''d', {x: y}, []]\n  empty: {}\n",
            "# a comment first\n\ndraft: true\nflag: yes\nother: off\nnothing: ~\nnull-word: null\nempty:\nlast: \"text\"   # trailing\n",
            "a: 1\nb: x: y\n", "a: b\n  c\n", "a:\n  - x\n  y: z\n", "a: 'x\n  y'\n", "a: \"esc\\n\"\n", "a: &x 1\nb: *x\n",
            "a: !!binary AA==\n", "a: 0x1F\nb: 1_000\nc: 012\nd: 1:20\ne: .inf\nf: 1e5\ng: +12\nh: 08\n",
            "a: 00\nb: 1.\nc: -0\nd: -0.5\ne: 0.5e3\nf: 123456789012345678901234567890123\ng: 1.5.2\nh: -\ni: 0.\nj: 3.14\n",
            "a: |+\n  keep\n\nb: 1\n", "a: |2\n   x\n", "a: [1,\n  2]\n", "a: b\n---\nc: d\n", "- a\n- b\n", "- - a\n",
            "a:\n- b\n-\n  c: d\n", "key with spaces: value\n\"quoted\": x\n", "a: b\na: c\n", "a:    spaced   \n",
            "a: text with # hash\nb: text#nohash\nc: 'quoted' # comment\nd: \"q\"#bad\n", "a: x:y\nb: http://example.org/p\n",
            "a: {b: c, d: [e, f]}\nb: {}\nc: [ ]\n", "a: {b: c,}\n", "a: {b: c} trailing\n", "a: [b, c]#x\n",
            "a: >-\n  x\n\n\n  y\n\nb: 2\n", "a: |-\n  x\n   \n  y\n", "a: |\n  x\n\n", "a: >\n  last line without break",
            "? complex\n: value\n",
            "a: 12月底前\nb: 95%以上\nc: 2024年\nd: -不适用\ne: yes是\nf: ~无\ng: .5元\nh: 1e5万\ni: 2024-01-01年\nj: 0x1F号\nk: on。\n", "a:\n  b:\n    c:\n      d: deep\n", "top:\n  - name: x\n    list:\n    - 1\n    - 2\n  - name: y\n");

    @Test
    void agreesWithTheFullParserOnEveryFileOfTheProjectAndTakesNearlyAll() {
        List<String> texts = corpus();
        int taken = 0;
        for (String text : texts) {
            if (agrees(text) != null) {
                taken++;
            }
            if (!text.contains("\r")) {
                agrees(text.replace("\n", "\r\n"));
            }
        }
        assertThat(texts).hasSizeGreaterThan(100);
        // Most test files are deliberately broken or unusual; the quick reader must still take the ordinary ones.
        assertThat(taken).as("files the quick reader took, of %d", texts.size()).isGreaterThan(texts.size() / 2);
    }

    @Test
    void takesTheShapesDeclarationsAreWrittenIn() {
        assertThat(agrees(SHAPES.get(0))).isTrue();
        assertThat(agrees(SHAPES.get(1))).isTrue();
        assertThat(agrees(SHAPES.get(2))).isTrue();
        assertThat(agrees(SHAPES.get(3))).isTrue();
        assertThat(agrees(SHAPES.get(4))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: b\n  c\n", "a: 'x\n  y'\n", "a: \"esc\\n\"\n", "a: &x 1\nb: *x\n", "a: !!binary AA==\n",
            "a: 0x1F\n", "a: |+\n  keep\n", "a: [1,\n  2]\n", "a: b\n---\nc: d\n", "a: b\na: c\n", "a: x\tb\n",
            "a: \u0085\n", "a: \u2028\n", "a: \uFFFD\n", "a: b\r", "a: \uFEFF\n", "a: \uD83D\uDE00\n", "a: b\rc: d\n", "# only a comment\n", "plain\n",
            "  a: indented root\n", "a: \"q\"#bad\n", "a: {b: c,}\n"})
    void givesUpOnWhatItDoesNotKnow(String text) {
        assertThat(SimpleYamlParser.parse(text, "p.yaml", 32)).isNull();
    }

    @Test
    void leavesKeysLongerThanSnakeYamlsLimitToTheFullReader() {
        String spaces = " ".repeat(1024);
        for (String text : List.of("a: {k" + spaces + ": v}\n", "- {x: 1, name" + spaces + ": v}\n",
                "a: [{k" + spaces + ": v}]\n", "k" + spaces + ": v\n", "\"" + "k".repeat(1030) + "\": v\n")) {
            assertThat(SimpleYamlParser.parse(text, "p.yaml", 32)).as(text).isNull();
        }
        assertThat(agrees("a: {k" + " ".repeat(900) + ": v}\n")).isTrue();
    }

    @Test
    void leavesTextsLongerThanSnakeYamlReadsToTheFullReader() {
        String longText = "k: " + "v".repeat(3 * 1024 * 1024) + "\n";
        assertThat(SimpleYamlParser.parse(longText, "p.yaml", 32)).isNull();
    }

    @Test
    void leavesFilesDeeperThanTheLimitToTheFullReader() {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            deep.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        deep.append("  ".repeat(40)).append("leaf: 1\n");
        assertThat(SimpleYamlParser.parse(deep.toString(), "p.yaml", 32)).isNull();
        assertThat(SimpleYamlParser.parse("a: {b: {c: 1}}\n", "p.yaml", 2)).isNull();
        assertThat(SimpleYamlParser.parse("a: {b: {c: 1}}\n", "p.yaml", 3)).isNotNull();
    }

    /** What a slip of the keyboard does to a file: the quick reader agrees with the full parser or gives up. */
    @Test
    void agreesOrGivesUpOnRandomMutationsOfEveryFile() {
        Random random = new Random(20261201);
        String alphabet = ":-#'\"{}[],|>&*!?% \n\r\tx1.~\u3000中";
        int taken = 0;
        int tried = 0;
        for (String original : corpus()) {
            for (int round = 0; round < 40; round++) {
                StringBuilder text = new StringBuilder(original);
                int edits = 1 + random.nextInt(3);
                for (int e = 0; e < edits && text.length() > 0; e++) {
                    int at = random.nextInt(text.length() + 1);
                    switch (random.nextInt(4)) {
                        case 0 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                        case 1 -> text.deleteCharAt(Math.min(at, text.length() - 1));
                        case 2 -> text.insert(at, "  ");
                        default -> {
                            int lineStart = text.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
                            int lineEnd = text.indexOf("\n", at);
                            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
                            text.insert(lineStart, line + "\n");
                        }
                    }
                }
                tried++;
                if (agrees(text.toString()) != null) {
                    taken++;
                }
            }
        }
        assertThat(taken).as("mutations the quick reader took, of %d", tried).isGreaterThan(tried / 10);
    }
}
