package org.gongkai.disclosure.hostile;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text a declaration holds, in both languages and in Markdown, filled with one hostile payload at a time: the
 * pages must hold no executable markup (checked on the parsed output, not by searching the source), must carry the
 * strict Content-Security-Policy and satisfy it (no inline scripts or styles), and must show the payload as text.
 */
class InjectionTest {

    /** Spreadsheet formulas, which a CSV download must not let run. */
    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1",
            "-2+3", "@SUM(A1)", "\t=1", "\r=1");

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
                default -> out.append(c);
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
        // The glossary gives English to a unit and a term: both reach the pages from there.
        content.write("glossary.yaml", "units:\n  样例单位: " + quoted("units " + payload) + "\nterms:\n  样例术语: "
                + quoted("term " + payload) + "\n");
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
        return content;
    }

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("iframe", "frame", "object", "embed", "applet", "form",
            "input", "button", "textarea", "style", "base", "img", "video", "audio", "source", "math");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "xlink:href",
            "poster", "srcset", "background", "cite");
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; base-uri 'self'; form-action 'none'";

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
                assertThat(script.attr("src")).as("script in %s", path).endsWith("assets/site.js");
                assertThat(script.data()).isEmpty();
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

        // The downloads keep it exactly, and a spreadsheet opening the CSV sees text, not a formula.
        JsonNode json = new ObjectMapper().readTree(site.tree().get("data/disclosure.json"));
        assertThat(json.findValuesAsText("zh")).contains("样例" + payload);
        try (CSVParser csv = CSVParser.parse(new String(site.tree().get("data/projects.csv"), StandardCharsets.UTF_8)
                .substring(1), CSVFormat.RFC4180)) {
            for (CSVRecord record : csv) {
                for (String field : record) {
                    assertThat(field).as("CSV field").doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                            .doesNotStartWith("\t").doesNotStartWith("\r");
                    if (!field.matches("-?[0-9.]+")) {
                        assertThat(field).doesNotStartWith("-");
                    }
                }
            }
        }
    }

    private static String collapsed(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
