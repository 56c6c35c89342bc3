package org.gongkai.disclosure.data;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.load.BuiltInVocabulary;
import org.gongkai.disclosure.load.LoadedContent;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.disclosure.testing.ContentFixture.PROJECT;

/** The downloads: parsed with real libraries, summed, re-read, and linked from the pages. */
class OpenDataTest {

    @TempDir
    static Path project;

    static SiteFixture site;
    static LoadedContent content;

    @BeforeAll
    static void generate() {
        ContentFixture seed = ContentFixture.seed(project.resolve("seed"));
        site = new SiteFixture(seed).generated();
        content = seed.load();
    }

    private static List<CSVRecord> csv(SiteFixture site, String name) throws Exception {
        byte[] bytes = site.tree().get("data/" + name);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").doesNotContain("\n\n");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void projectsCsvHasARowPerProjectAndItsAmountsAddUpToTheCheckedTotals() throws Exception {
        List<CSVRecord> rows = csv(site, "projects.csv");
        assertThat(rows).extracting(r -> r.get("id")).containsExactlyElementsOf(
                content.projects().stream().map(Project::id).toList());
        BigDecimal annual = rows.stream().map(r -> new BigDecimal(r.get("annual_total"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal funds = rows.stream().map(r -> new BigDecimal(r.get("funds_total"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(annual).isEqualTo(new BigDecimal("4424484.70"));
        assertThat(funds).isEqualTo(new BigDecimal("4424484.70"));
        CSVRecord fund = rows.get(5);
        assertThat(fund.get("name_zh")).isEqualTo("维稳基金");
        assertThat(fund.get("name_en")).isEqualTo("Stability maintenance fund");
        assertThat(fund.get("annual_total")).isEqualTo("1012497.70");
        assertThat(fund.get("funds_other")).isEqualTo("0.00");
        assertThat(fund.get("start_date")).isEqualTo("2024-01-01");
        assertThat(fund.get("fiscal_year")).isEqualTo("2024");
        for (CSVRecord row : rows) {
            assertThat(new BigDecimal(row.get("annual_total"))).isEqualTo(new BigDecimal(row.get("annual_appropriation"))
                    .add(new BigDecimal(row.get("annual_carryover"))).add(new BigDecimal(row.get("annual_other"))));
        }
    }

    @Test
    void indicatorsCsvHasARowPerIndicatorWithTheTargetAsWrittenAndParsed() throws Exception {
        List<CSVRecord> rows = csv(site, "indicators.csv");
        assertThat(rows).hasSize(64);
        CSVRecord talks = rows.stream().filter(r -> r.get("name_zh").equals("下基层约谈次数")).findFirst().orElseThrow();
        // A target or an operator that begins with = would run as a formula: it carries an apostrophe.
        assertThat(talks.get("target_zh")).isEqualTo("'=96.00(次)");
        assertThat(talks.get("target_en")).isEqualTo("'= 96 times");
        assertThat(talks.get("operator")).isEqualTo("'=");
        assertThat(talks.get("value")).isEqualTo("96.00");
        assertThat(talks.get("unit_zh")).isEqualTo("次");
        assertThat(talks.get("unit_en")).isEqualTo("times");
        assertThat(talks.get("level1_en")).isEqualTo("Output indicators");
        CSVRecord quality = rows.stream().filter(r -> r.get("target_zh").equals("有效")).findFirst().orElseThrow();
        assertThat(quality.get("target_kind")).isEqualTo("qualitative");
        assertThat(quality.get("operator")).isEmpty();
        assertThat(rows.stream().map(r -> r.get("project_id")).distinct().toList())
                .containsExactlyElementsOf(content.projects().stream().map(Project::id).toList());
    }

    @Test
    void theSeedsTargetsFiledWithAnEqualsSignReachASpreadsheetAsText() throws Exception {
        List<String> filed = content.projects().stream().flatMap(p -> p.indicators().stream())
                .map(i -> i.target().written().zh()).toList();
        assertThat(filed.stream().filter(t -> t.startsWith("="))).hasSize(19);
        List<CSVRecord> rows = csv(site, "indicators.csv");
        assertThat(rows).extracting(r -> r.get("target_zh"))
                .containsExactlyElementsOf(filed.stream().map(t -> t.startsWith("=") ? "'" + t : t).toList());
        assertThat(rows.stream().filter(r -> r.get("operator").equals("'="))).hasSize(19);
    }

    @Test
    void theDataPackageDescribesEveryColumnOfTheCsvFiles() throws Exception {
        JsonNode pkg = new ObjectMapper().readTree(site.tree().get("data/datapackage.json"));
        assertThat(pkg.path("profile").asText()).isEqualTo("data-package");
        assertThat(pkg.path("name").asText()).matches("[a-z0-9._-]+");
        for (JsonNode resource : pkg.path("resources")) {
            if (!resource.path("format").asText().equals("csv")) {
                continue;
            }
            String file = resource.path("path").asText();
            List<String> fields = new ArrayList<>();
            resource.at("/schema/fields").forEach(f -> fields.add(f.path("name").asText()));
            byte[] bytes = site.tree().get("data/" + file);
            String header = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
            assertThat(List.of(header.split(","))).as(file).isEqualTo(fields);
        }
        assertThat(pkg.at("/resources/1/schema/foreignKeys/0/reference/resource").asText()).isEqualTo("projects");
        assertThat(pkg.at("/resources/0/schema/primaryKey/0").asText()).isEqualTo("id");
        assertThat(pkg.at("/resources/0/schema/fields/15/columnType").asText()).isEqualTo("value");
    }

    @Test
    void theJsonReadsBackAsTheSameModel() throws Exception {
        var reader = new DisclosureJsonReader(BuiltInVocabulary.get().frameworks());
        var published = reader.read(site.tree().get("data/disclosure.json"));
        assertThat(published.projects()).hasSameSizeAs(content.projects());
        for (int i = 0; i < content.projects().size(); i++) {
            assertThat(published.projects().get(i)).usingRecursiveComparison()
                    // Source positions (at, idAt, indicatorsAt) are not published.
                    .ignoringFieldsMatchingRegexes("(.*\\.)?at", ".*At")
                    .ignoringFields("file")
                    .withComparatorForType(Comparator.comparing(Money::yuan), Money.class)
                    .isEqualTo(content.projects().get(i));
        }
        assertThat(published.declaration().declared().total().yuan()).isEqualTo(new BigDecimal("4424500.00"));
        assertThat(published.declaration().declared().total().resolution()).isEqualByComparingTo("100");
        // And writing what was read gives the same bytes.
        assertThat(DisclosureJson.declaration(published.declaration(), published.projects()))
                .isEqualTo(site.tree().get("data/disclosure.json"));
    }

    @Test
    void aNameWithCommasQuotesNewlinesAndAFormulaSurvivesTheCsv() throws Exception {
        String tricky = "Repairs, \"phase 2\"\nand more";
        var fixture = ContentFixture.minimal(project.resolve("tricky"))
                .replace(PROJECT, "name: {zh: 样例项目, en: Sample project}",
                        "name: {zh: \"=维修,\\\"二期\\\"\\n及其他\", en: \"Repairs, \\\"phase 2\\\"\\nand more\"}");
        SiteFixture tricky2 = new SiteFixture(fixture).generated();
        CSVRecord row = csv(tricky2, "projects.csv").get(0);
        assertThat(row.get("name_en")).isEqualTo(tricky);
        assertThat(row.get("name_zh")).isEqualTo("'=维修,\"二期\"\n及其他");
    }

    @Test
    void theIndexLinksEveryDownloadWithItsSizeAndEachProjectItsOwnRows() {
        Document index = site.page("zh/index.html");
        assertThat(index.select(".downloads a").eachAttr("href")).containsExactly("../data/projects.csv",
                "../data/indicators.csv", "../data/changes.csv", "../data/disclosure.json", "../data/datapackage.json");
        assertThat(index.select(".downloads .file-info").eachText()).allMatch(t -> t.matches("(CSV|JSON), [0-9.]+ (B|KB|MB)"));
        Document fund = site.page("en/projects/stability-fund.html");
        assertThat(fund.select(".downloads a").eachAttr("href")).containsExactly("../../data/projects.csv#row=7",
                "../../data/indicators.csv#row=45-55", "../../data/disclosure.json");
    }
}
