package org.gongkai.disclosure.review;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.ReviewFixture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The review report of the Songjiang filing as a budget officer reads it: its pages in both languages, its tables. */
class ReviewReportTest {

    @TempDir
    static Path project;

    private static ReviewFixture review;

    @BeforeAll
    static void reviewTheSeed() {
        review = new ReviewFixture(ContentFixture.seed(project));
        review.review();
    }

    private static List<List<String>> cells(Element table, String rows) {
        return table.select(rows).stream().map(tr -> tr.select("th, td").eachText()).toList();
    }

    @Test
    void theReportHoldsItsPagesItsStylesheetsAndItsTablesAndNothingElse() {
        assertThat(org.gongkai.disclosure.testing.SiteFixture.tree(review.output()).keySet()).containsExactly(".gongkai",
                "assets/favicon.svg", "assets/review.css", "assets/site.css", "en/index.html", "findings.csv", "index.html", "projects.csv",
                "zh/index.html");
    }

    @Test
    void theChinesePageOpensOnTheUnitsFiguresAndEveryRuleWithItsCount() {
        Document page = review.page("zh/index.html");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.title()).isEqualTo("绩效目标审核报告");
        assertThat(page.selectFirst("h1").text()).isEqualTo("绩效目标审核报告");
        assertThat(page.selectFirst(".lede").text()).isEqualTo("上海市松江区人民政府信访办公室(本级) · 2024");
        assertThat(page.select(".figure").stream().map(f -> f.select("dt, dd").eachText()).toList()).containsExactly(
                List.of("项目", "7"), List.of("可量化指标", "31 个（共 64 个指标，48.44%）"),
                List.of("审核意见", "41 条（需关注 17 条，建议 24 条）"));
        Element rules = page.selectFirst("table.review-rules");
        assertThat(rules.select("tbody tr").stream()
                .map(tr -> tr.selectFirst("code").text() + " " + tr.selectFirst(".severity").text() + " "
                        + tr.select("td").last().text())
                .toList()).containsExactly("measurable-share 建议 5", "qualitative-only 需关注 5",
                        "cost-without-amount 需关注 7", "copied-indicators 需关注 3", "copied-across-units 需关注 0",
                        "repeated-goal 建议 5", "unchanged-targets 需关注 0", "timeliness-without-deadline 建议 6",
                        "percent-over-100 需关注 0", "satisfaction-without-survey 建议 8", "budget-year 需关注 2",
                        "level1-coverage 需关注 0", "weights 需关注 0");
        assertThat(rules.select("tbody tr").get(0).select("td").first().text()).isEqualTo("细化量化 · 建议 minimum: 50%");
        assertThat(page.select(".review-project h3").eachText()).containsExactly("编外人员工作经费", "国家科研课题项目",
                "律师、心理咨询师等第三方社会力量", "劝返稳控经费", "松江区信访办新建办公房信息化系统(运维)", "维稳基金", "宣传资料编制");
    }

    @Test
    void eachProjectListsItsFindingsWithTheirSeverityRuleIndicatorReasonAndLine() {
        Element p4 = review.page("zh/index.html").getElementById("p4").parent();
        assertThat(p4.selectFirst(".review-facts").text()).isEqualTo("src/disclosure/projects/04-return-and-stability.yaml"
                + " · 标识 return-and-stability · 可量化指标：4 个（共 11 个，36.36%）");
        assertThat(p4.selectFirst("caption").text()).isEqualTo("劝返稳控经费的审核意见");
        assertThat(cells(p4.selectFirst("table"), "tbody tr")).containsExactly(
                List.of("需关注 budget-year 第 67 行", "年度预算安排中写的是 2023 年的预算，但本申报表的预算年度为 2024 年：“2023 年本项目预算"
                        + "金额为 97 万元”；年份是否有误？"),
                List.of("建议 repeated-goal 第 84 行", "年度总体目标与项目总目标逐字相同；请写明本年度资金要达到的目标"),
                List.of("需关注 copied-indicators 第 95 行", "本项目的 4 个可量化指标（名称及数值）与律师、心理咨询师等第三方社会力量 "
                        + "(03-third-party-professionals.yaml)、维稳基金 (06-stability-fund.yaml)完全相同；是否针对本项目设定？"),
                List.of("建议 measurable-share 第 95 行", "本项目 11 个指标中只有 4 个可量化（有数值、时限或区间），占 36.36%，低于 50% "
                        + "的最低要求；请尽量将其余指标细化、量化"),
                List.of("需关注 cost-without-amount 第 95 行", "成本控制 成本指标“成本控制”的指标值为“良好”，没有金额；请写明成本控制的额度"
                        + "（如 ≤970,000.00 元，即本年度资金）"),
                List.of("建议 timeliness-without-deadline 第 101 行", "维稳工作开展及时性 时效指标“维稳工作开展及时性”的指标值为"
                        + "“=100.00(%)”，但未写明时限；不界定何为“及时”（如“5 个工作日内”），100% 及时无从考核"),
                List.of("需关注 qualitative-only 第 102 行", "效益指标 本项目的效益指标全部为定性指标：社会防控面影响力 (提高)、社会秩序 (改善)、"
                        + "信访信息及时完成率 (及时)；没有可据以考核的数值"),
                List.of("建议 satisfaction-without-survey 第 105 行", "群众满意度 满意度指标“群众满意度”（≥85.00(%)）所在项目未写明调查"
                        + "方式；请说明如何测评满意度（如对服务对象开展问卷调查）"));
        assertThat(p4.select("tbody .review-subject").eachText()).containsExactly("成本控制", "维稳工作开展及时性", "效益指标",
                "群众满意度");
        assertThat(p4.select(".severity.concern").eachText()).containsOnly("需关注").hasSize(4);
    }

    @Test
    void theEnglishPageSaysTheSameInEnglishAndLinksTheChinese() {
        Document page = review.page("en/index.html");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Review of the performance targets");
        assertThat(page.selectFirst(".lede").text()).isEqualTo("Petitions Office of the People's Government of Songjiang "
                + "District, Shanghai (office level) · 2024");
        assertThat(page.selectFirst("a.lang-switch").attr("href")).isEqualTo("../zh/index.html");
        assertThat(page.selectFirst("a.lang-switch").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.select(".figure dd").eachText()).containsExactly("7", "31 of 64 (48.44%)",
                "41 (17 concern, 24 advice)");
        Element p6 = page.getElementById("p6").parent();
        assertThat(p6.selectFirst("h3").text()).isEqualTo("Stability maintenance fund");
        assertThat(cells(p6.selectFirst("table"), "tbody tr").get(1)).containsExactly("concern copied-indicators line 101",
                "the project's 4 measurable targets (names and figures) are the same as those of 律师、心理咨询师等第三方社会力量 "
                        + "(03-third-party-professionals.yaml), 劝返稳控经费 (04-return-and-stability.yaml); were they set "
                        + "for this project?");
        assertThat(page.select(".downloads a").eachAttr("href")).containsExactly("../findings.csv", "../projects.csv");
        assertThat(page.select(".downloads li").eachText()).allMatch(text -> text.matches(".* CSV, \\d+\\.\\d KB"));
    }

    @Test
    void theFirstPageOffersBothLanguages() {
        Document landing = review.page("index.html");
        assertThat(landing.select(".language-card").eachAttr("lang")).containsExactly("zh-CN", "en");
        assertThat(landing.select(".language-card a").eachAttr("href")).containsExactly("zh/index.html", "en/index.html");
        assertThat(landing.select(".language-card p").eachText()).containsExactly("src/disclosure 中绩效目标的初审。",
                "打开中文报告", "The first-pass review of the performance targets in src/disclosure.",
                "Open the report in English");
    }

    @Test
    void thePagesLoadNothingButTheirOwnStylesheetsUnderAStrictPolicy() {
        for (String path : List.of("index.html", "zh/index.html", "en/index.html")) {
            Document page = review.page(path);
            assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content")).as(path).isEqualTo(
                    "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'self'; form-action 'none'");
            assertThat(page.select("script, [style], img, iframe")).as(path).isEmpty();
            assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).as(path)
                    .allMatch(href -> href.matches("(\\.\\./)?assets/(site|review)\\.css"));
        }
    }

    private static List<CSVRecord> csv(String file) throws IOException {
        byte[] bytes = Files.readAllBytes(review.output().resolve(file));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(false).get().parse(new StringReader(text))
                .getRecords();
    }

    @Test
    void findingsCsvHasARowPerFindingInBothLanguages() throws IOException {
        List<CSVRecord> rows = csv("findings.csv");
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("declaration", "unit", "fiscal_year",
                "project_id", "project_name", "file", "line", "column", "rule", "category", "severity", "indicator",
                "indicator_en", "reason", "reason_en");
        assertThat(rows).hasSize(41);
        CSVRecord copied = rows.stream().filter(r -> r.get("rule").equals("copied-indicators")
                && r.get("project_id").equals("stability-fund")).findFirst().orElseThrow();
        assertThat(copied.toList()).containsExactly("", "上海市松江区人民政府信访办公室(本级)", "2024", "stability-fund", "维稳基金",
                "src/disclosure/projects/06-stability-fund.yaml", "101", "3", "copied-indicators", "copies", "concern", "",
                "", "本项目的 4 个可量化指标（名称及数值）与律师、心理咨询师等第三方社会力量 (03-third-party-professionals.yaml)、劝返稳控经费 "
                        + "(04-return-and-stability.yaml)完全相同；是否针对本项目设定？",
                "the project's 4 measurable targets (names and figures) are the same as those of 律师、心理咨询师等第三方社会力量 "
                        + "(03-third-party-professionals.yaml), 劝返稳控经费 (04-return-and-stability.yaml); were they set "
                        + "for this project?");
        CSVRecord timeliness = rows.stream().filter(r -> r.get("rule").equals("timeliness-without-deadline")).findFirst()
                .orElseThrow();
        assertThat(timeliness.get("indicator")).isEqualTo("群众来访接待及时性");
        assertThat(timeliness.get("indicator_en")).isEqualTo("Timeliness of receiving visitors");
    }

    @Test
    void projectsCsvHasEachProjectsMeasurabilityAndFindingsByAspect() throws IOException {
        assertThat(csv("projects.csv").stream().map(r -> List.of(r.get("project_id"), r.get("indicators"),
                r.get("measurable"), r.get("measurable_share"), r.get("findings"), r.get("concern"), r.get("advice"),
                r.get("measurability"), r.get("copies"), r.get("soundness"), r.get("coverage"))).toList()).containsExactly(
                        List.of("non-establishment-staff", "7", "3", "42.86", "5", "2", "3", "3", "0", "2", "0"),
                        List.of("national-research-topics", "7", "3", "42.86", "5", "2", "3", "3", "0", "2", "0"),
                        List.of("third-party-professionals", "10", "4", "40.00", "7", "3", "4", "3", "2", "2", "0"),
                        List.of("return-and-stability", "11", "4", "36.36", "8", "4", "4", "3", "2", "3", "0"),
                        List.of("office-it-maintenance", "8", "5", "62.50", "3", "1", "2", "1", "1", "1", "0"),
                        List.of("stability-fund", "11", "4", "36.36", "7", "3", "4", "3", "2", "2", "0"),
                        List.of("publicity-materials", "10", "8", "80.00", "6", "2", "4", "1", "1", "4", "0"));
    }
}
