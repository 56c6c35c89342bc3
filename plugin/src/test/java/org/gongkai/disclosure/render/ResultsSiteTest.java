package org.gongkai.disclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.data.DisclosureJson;
import org.gongkai.disclosure.data.DisclosureJsonReader;
import org.gongkai.disclosure.load.BuiltInVocabulary;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;

/**
 * The example of invented self-evaluations ({@code examples/results-demo}): its pages show each target beside its
 * actual value with whether it was met and its score, the budget's execution and the total; the index shows each
 * project's figures and which self-evaluation is still to come; the downloads carry the results; every page says the
 * figures are invented.
 */
class ResultsSiteTest {

    private static SiteFixture site;

    static Path exampleDir() {
        return Path.of("").toAbsolutePath().getParent().resolve("examples/results-demo");
    }

    @BeforeAll
    static void generate(@TempDir Path dir) {
        site = new SiteFixture(ContentFixture.copyOf(exampleDir(), dir)).generated();
    }

    @Test
    void theExamplePassesEveryCheck() {
        assertThat(site.content().check()).isEmpty();
    }

    @Test
    void aProjectPageShowsEachTargetBesideItsActualValueWithItsScore() {
        Document page = site.page("en/projects/rural-water.html");
        Element results = page.selectFirst("section#results");
        assertThat(results.selectFirst("h2").text()).isEqualTo("Self-evaluation of the year");
        assertThat(results.selectFirst("p.lede").text()).isEqualTo("Evaluated on 20 January 2025");
        assertThat(results.select("table.results > tbody > tr").eachText()).containsExactly(
                "New water mains laid ≥ 12 km 12.5 km ✓ achieved 20 of 20",
                "Water samples meeting the standard ≥ 95 % 93 % ✗ not achieved 16 of 20",
                "Reasons for a shortfall and remedies: Two sources were too turbid in the rainy season; filters were added,"
                        + " and they will be tested again before the 2025 flood season.",
                "Works completed by the end of October 2024 in November 2024 ✗ not achieved 6 of 10",
                "Reasons for a shortfall and remedies: The pipes arrived a month late; tenders will be held earlier.",
                "Cost of the works ≤ CNY 4,800,000 CNY 4,653,000 ✓ achieved 10 of 10",
                "People who benefit ≥ 8000 people 8420 people ✓ achieved 15 of 15",
                "Residents' satisfaction ≥ 90 % 92 % ✓ achieved 15 of 15");
        assertThat(results.select("table.results tfoot tr").text()).isEqualTo("Total score 91.72 of 100");
        assertThat(results.select("table.results-budget tr").eachText()).containsExactly(
                "Budget at the start of the year 4,800,000.00", "Budget after adjustments 5,000,000.00",
                "Budget executed 4,862,000.00", "Execution rate 97.24%", "Score of the execution rate 9.72 of 10");
        assertThat(results.selectFirst("p.note").text()).isEqualTo("4 of 6 measurable targets met.");
        assertThat(results.select("strong.missed")).hasSize(2);
    }

    @Test
    void aQualitativeTargetIsShownNotJudgedAndChinesePagesReadInChinese() {
        Element results = site.page("zh/projects/flood-patrols.html").selectFirst("section#results");
        assertThat(results.select("table.results > tbody > tr").eachText()).containsExactly(
                "汛期巡查次数 =96.00(次) 96次 ✓ 已完成 30 / 30",
                "险情处置时间 2小时内 1.5小时 ✓ 已完成 20 / 20",
                "防汛能力 提高 明显提高 定性指标，仅作展示 18 / 20",
                "群众满意度 ≥90% 95% ✓ 已完成 20 / 20");
        assertThat(results.select("table.results tfoot tr").text()).isEqualTo("总分 98 / 100");
        assertThat(results.select("table.results-budget tr").eachText()).containsExactly("全年预算数 600,000.00",
                "全年执行数 600,000.00", "执行率 100.00%", "执行率得分 10 / 10");
    }

    @Test
    void aProjectWithoutAResultHasItsPageAsBefore() {
        Document page = site.page("en/projects/river-cleaning.html");
        assertThat(page.select("section#results")).isEmpty();
        assertThat(page.select("main h2").eachText()).containsExactly("At a glance", "The project", "Project funds (CNY)",
                "About the project", "Performance indicators", "Download the data");
    }

    @Test
    void theIndexShowsEachProjectsResultsAndWhichAreStillToCome() {
        Document index = site.page("en/index.html");
        assertThat(index.select("table.projects small.result-line").eachText()).containsExactly(
                "Executed 97.24% · score 91.72 · 4 of 6 measurable targets met",
                "Executed 100.00% · score 98 · 3 of 3 measurable targets met",
                "Self-evaluation still to come");
        assertThat(index.select(".figure").eachText()).containsSubsequence(
                "Self-evaluations published 2 of 3 projects (1 still to come)",
                "Budget executed CNY 5,462,000.00 (5.46 million) of CNY 5,600,000.00 (5.60 million) (97.54%)",
                "Targets met 7 of 9 measurable targets (77.78%)");
    }

    @Test
    void everyPageSaysItsFiguresAreInvented() {
        for (String path : site.htmlPages()) {
            Document page = site.page(path);
            String expected = path.startsWith("zh/") ? "示例。 本网站的数据为虚构" : path.startsWith("en/")
                    ? "Example. The figures of this site are invented" : null;
            assertThat(page.select("p.example-band[role=note]")).as(path).hasSize(1);
            if (expected != null) {
                assertThat(page.selectFirst("p.example-band").text()).as(path).startsWith(expected);
            }
        }
        assertThat(site.htmlPages()).hasSize(12);
    }

    @Test
    void resultsCsvHasOneRowPerIndicatorResultWithTargetAndActualParsed() throws Exception {
        List<CSVRecord> rows = csv("results.csv");
        assertThat(rows).hasSize(10);
        CSVRecord cost = rows.get(3);
        assertThat(List.of(cost.get("project_id"), cost.get("position"), cost.get("target_zh"), cost.get("target_kind"),
                cost.get("operator"), cost.get("value"), cost.get("unit_zh"), cost.get("actual_zh"),
                cost.get("actual_value"), cost.get("attainment"), cost.get("points"), cost.get("score")))
                .containsExactly("rural-water", "4", "≤480万元", "amount", "≤", "4800000.00", "元", "465.3万元",
                        "4653000.00", "achieved", "10", "10");
        CSVRecord patrols = rows.get(6);
        assertThat(List.of(patrols.get("target_zh"), patrols.get("operator"), patrols.get("actual_operator"),
                patrols.get("attainment"))).containsExactly("'=96.00(次)", "'=", "'=", "achieved");
        assertThat(rows.get(8).get("attainment")).isEqualTo("not_judged");
    }

    @Test
    void theDataPackageDescribesResultsCsvAndTheJsonReadsBackTheResults() throws Exception {
        JsonNode pkg = new ObjectMapper().readTree(site.tree().get("data/datapackage.json"));
        JsonNode results = null;
        for (JsonNode resource : pkg.path("resources")) {
            if (resource.path("path").asText().equals("results.csv")) {
                results = resource;
            }
        }
        assertThat(results).isNotNull();
        assertThat(results.at("/schema/primaryKey").toString()).isEqualTo("[\"project_id\",\"position\"]");
        assertThat(results.at("/schema/foreignKeys/0/reference/resource").asText()).isEqualTo("projects");
        byte[] json = site.tree().get("data/disclosure.json");
        JsonNode totals = new ObjectMapper().readTree(json).path("totals").path("results");
        assertThat(totals.toString()).isEqualTo("{\"evaluated-count\":2,\"adjusted\":\"5600000.00\","
                + "\"executed\":\"5462000.00\",\"targets-met\":7,\"measurable-targets\":9}");

        var published = new DisclosureJsonReader(BuiltInVocabulary.get().frameworks()).read(json);
        var loaded = site.content().load();
        assertThat(published.results()).hasSize(2);
        assertThat(published.results().get(0)).usingRecursiveComparison()
                .ignoringFieldsMatchingRegexes("(.*\\.)?at", ".*At")
                .ignoringFields("file")
                .withComparatorForType(Comparator.comparing(Money::yuan), Money.class)
                .isEqualTo(new org.gongkai.disclosure.load.ContentLoader(new org.gongkai.disclosure.load.YamlReader(),
                        site.content().projectDir()).readResult(site.content().file("results/01-rural-water.yaml"),
                        new org.gongkai.disclosure.load.DeclarationSource(null, site.content().contentDir(),
                                loaded.declaration(), loaded.glossary(), List.of()), d -> { }));
        assertThat(published.results().get(0).budget().executed().yuan()).isEqualTo(new BigDecimal("4862000.00"));
        assertThat(DisclosureJson.declaration(published.declaration(), published.projects(), published.results()))
                .isEqualTo(json);
    }

    @Test
    void theIndexLinksResultsCsvAmongTheDownloads() {
        assertThat(site.page("zh/index.html").select(".downloads a").eachAttr("href")).containsExactly(
                "../data/projects.csv", "../data/indicators.csv", "../data/indicator-details.csv",
                "../data/results.csv", "../data/changes.csv", "../data/disclosure.json", "../data/datapackage.json");
    }

    private static List<CSVRecord> csv(String file) throws Exception {
        byte[] bytes = site.tree().get("data/" + file);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(text))
                .getRecords();
    }
}
