package org.gongkai.disclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;

/**
 * A unit's two years side by side: a project page says what changed since last year (funds, indicators added and
 * removed, targets), or plainly that nothing did; the unit's index sets the year's totals against last year's and
 * lists the projects new and gone; {@code changes.csv} has a row per change; and the page of all indicators shows
 * which projects share a set of indicators and which targets are measurable.
 */
class YearOverYearTest {

    @TempDir
    static Path project;

    static SiteFixture site;

    /** A project file: its id, name, annual funds and indicators as "level2|name|target". */
    static String project(String id, String nameZh, String nameEn, int year, String annual, String... indicators) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("id: ").append(id).append('\n')
                .append("name: {zh: ").append(nameZh).append(", en: ").append(nameEn).append("}\n")
                .append("nature: 其他经常性项目\ncategory: 其他运转类\n")
                .append("department: {zh: 信访办公室, en: Petitions Office}\n")
                .append("implementer: {zh: 信访办公室, en: Petitions Office}\n")
                .append("start: ").append(year).append("-01-01\nend: ").append(year).append("-12-31\n")
                .append("funds: {total: ").append(annual).append(", fiscal: ").append(annual).append(", other: 0.00}\n")
                .append("annual-funds: {total: ").append(annual).append(", appropriation: ").append(annual)
                .append(", carryover: 0.00, other: 0.00}\n")
                .append("goals:\n  overall: {zh: 总目标, en: Overall goal}\n  annual: {zh: 年度目标, en: Annual goal}\n")
                .append("indicators:\n");
        for (String indicator : indicators) {
            String[] parts = indicator.split("\\|");
            String level1 = switch (parts[0]) {
                case "服务对象满意度指标" -> "满意度指标";
                case "社会效益指标" -> "效益指标";
                default -> "产出指标";
            };
            yaml.append("  - {level1: ").append(level1).append(", level2: ").append(parts[0]).append(", name: {zh: ")
                    .append(parts[1]).append(", en: ").append(parts[2]).append("}, target: \"").append(parts[3])
                    .append("\"}\n");
        }
        return yaml.toString();
    }

    static void declaration(ContentFixture content, String folder, String unitZh, String unitEn, int year) {
        content.write(folder + "/declaration.yaml", "fiscal-year: " + year + "\nunit: {zh: " + unitZh + ", en: "
                + unitEn + "}\ntitle: {zh: 财政支出项目绩效目标申报表, en: Performance targets}\n");
    }

    static final String TALKS = "数量指标|约谈次数|Talks held|=96.00(次)";
    static final String SATISFIED_85 = "服务对象满意度指标|满意度|Satisfaction|≥85%";

    static ContentFixture content(Path dir) {
        ContentFixture content = ContentFixture.empty(dir);
        content.write("site.yaml", "title: {zh: 示例区预算绩效目标, en: Example district}\n");
        declaration(content, "xfb-2023", "信访办公室", "Petitions Office", 2023);
        content.write("xfb-2023/projects/1.yaml", project("p1", "劝返稳控经费", "Return and stability", 2023, "850000.00",
                TALKS, "质量指标|化解率|Resolution rate|提高", SATISFIED_85));
        content.write("xfb-2023/projects/2.yaml", project("p2", "维稳基金", "Stability fund", 2023, "1000.00",
                TALKS, SATISFIED_85));
        content.write("xfb-2023/projects/3.yaml", project("p3", "宣传资料编制", "Publicity", 2023, "300.00", TALKS));
        declaration(content, "xfb-2024", "信访办公室", "Petitions Office", 2024);
        content.write("xfb-2024/projects/1.yaml", project("p1", "劝返稳控经费", "Return and stability", 2024, "900000.00",
                TALKS, "服务对象满意度指标|满意度|Satisfaction|≥90%", "时效指标|办结及时率|Cases closed on time|=100.00(%)"));
        content.write("xfb-2024/projects/2.yaml", project("p2", "维稳基金", "Stability fund", 2024, "1000.00",
                TALKS, SATISFIED_85));
        content.write("xfb-2024/projects/4.yaml", project("p4", "信息系统运维", "IT upkeep", 2024, "50.00",
                TALKS, SATISFIED_85));
        declaration(content, "jyj-2024", "教育局", "Education Bureau", 2024);
        content.write("jyj-2024/projects/1.yaml", project("p1", "学校维修", "School repairs", 2024, "10.00", TALKS));
        return content;
    }

    @BeforeAll
    static void generate() {
        site = new SiteFixture(content(project)).generated();
    }

    private static List<String> texts(Document page, String css) {
        return page.select(css).eachText();
    }

    @Test
    void aChangedProjectSaysWhatChangedInFundsIndicatorsAndTargets() {
        Document zh = site.page("zh/xfb-2024/projects/p1.html");
        Element section = zh.selectFirst("section.changes");
        assertThat(section.selectFirst("h2").text()).isEqualTo("与2023年度相比");
        assertThat(section.selectFirst("p a").attr("href")).isEqualTo("../../xfb-2023/projects/p1.html");
        assertThat(section.selectFirst("p a").text()).isEqualTo("2023年度的本项目");
        assertThat(texts(zh, ".changes-funds th")).containsExactly("2023年度", "2024年度", "增减", "增减比例（%）");
        assertThat(texts(zh, ".changes-funds td")).containsExactly("850,000.00", "900,000.00", "+50,000.00", "+5.9%");
        assertThat(texts(zh, ".changes-summary")).containsExactly("保留上年指标 2 项。");
        assertThat(texts(zh, ".changes h4")).containsExactly("新增指标（1 项）", "取消的指标（1 项）", "目标值有变化（1 项）");
        assertThat(texts(zh, ".changes-added li")).containsExactly("产出指标 › 时效指标 › 办结及时率: =100.00(%)");
        assertThat(texts(zh, ".changes-removed li")).containsExactly("产出指标 › 质量指标 › 化解率: 提高");
        assertThat(texts(zh, ".changes-targets tbody td, .changes-targets tbody th"))
                .containsExactly("服务对象满意度指标", "满意度", "≥85%", "≥90%");

        Document en = site.page("en/xfb-2024/projects/p1.html");
        assertThat(en.selectFirst("section.changes h2").text()).isEqualTo("Compared with fiscal year 2023");
        assertThat(texts(en, ".changes-summary")).containsExactly("2 indicators are kept from last year.");
        assertThat(texts(en, ".changes-added li")).containsExactly("Output indicators › Timeliness › Cases closed on time: = 100.00 %");
        assertThat(texts(en, ".changes-targets tbody td, .changes-targets tbody th"))
                .containsExactly("Satisfaction of those served", "Satisfaction", "≥ 85 %", "≥ 90 %");
    }

    @Test
    void anUnchangedProjectSaysSoPlainlyAndANewOneHasNoComparison() {
        Document zh = site.page("zh/xfb-2024/projects/p2.html");
        assertThat(texts(zh, ".changes-funds td")).containsExactly("1,000.00", "1,000.00", "0.00", "0.0%");
        assertThat(texts(zh, ".changes-summary")).containsExactly("绩效指标与上年相同（共 2 项），目标值均未改变。");
        assertThat(zh.select(".changes h4, .changes-targets")).isEmpty();
        assertThat(texts(site.page("en/xfb-2024/projects/p2.html"), ".changes-summary"))
                .containsExactly("The same 2 indicators as last year, with the same targets.");
        assertThat(site.page("zh/xfb-2024/projects/p4.html").select("section.changes")).isEmpty();
        assertThat(site.page("zh/xfb-2023/projects/p1.html").select("section.changes")).isEmpty();
        assertThat(site.page("zh/jyj-2024/projects/p1.html").select("section.changes")).isEmpty();
    }

    @Test
    void theUnitsIndexSetsTheYearsTotalsAgainstLastYearsAndListsTheProjectsNewAndGone() {
        Document zh = site.page("zh/xfb-2024/index.html");
        assertThat(texts(zh, "#compare-heading")).containsExactly("与2023年度相比");
        assertThat(texts(zh, ".compare-totals tbody tr")).containsExactly("项目个数 3 3 0 0.0%",
                "年度资金合计（元） 851,300.00 901,050.00 +49,750.00 +5.8%");
        assertThat(zh.selectFirst(".compare-totals").nextElementSibling().text())
                .isEqualTo("延续上年的项目 2 个，其中 1 个有变化（资金、指标或目标值）。");
        assertThat(zh.select(".compare-added a").eachAttr("href")).containsExactly("projects/p4.html");
        assertThat(texts(zh, ".compare-added a")).containsExactly("信息系统运维");
        assertThat(zh.select(".compare-removed a").eachAttr("href")).containsExactly("../xfb-2023/projects/p3.html");
        assertThat(texts(zh, ".compare-section h3")).containsExactly("本年新增项目（1 个）", "上年有、本年没有的项目（1 个）");
        assertThat(zh.select(".compare-section a[href=../xfb-2023/index.html]").eachText()).containsExactly("2023年度申报表");
        assertThat(zh.select("a.all-indicators-link").eachAttr("href")).containsExactly("indicators.html");

        Document education = site.page("en/jyj-2024/index.html");
        assertThat(education.select(".compare-totals")).isEmpty();
        assertThat(education.selectFirst(".compare-section p").text()).endsWith(
                "This unit has no declaration of fiscal year 2023 on this site to compare with.");
    }

    @Test
    void changesCsvHasARowPerChangeAndOnlyItsHeaderWithoutALastYear() throws IOException {
        List<CSVRecord> rows = csv("data/xfb-2024/changes.csv");
        assertThat(rows).extracting(r -> String.join("|", r.get("project_id"), r.get("change"), r.get("indicator_zh"),
                r.get("target_before"), r.get("target_after"), r.get("annual_before"), r.get("annual_after"),
                r.get("annual_difference"), r.get("annual_percent"))).containsExactly(
                        "p1|annual_funds||||850000.00|900000.00|50000.00|5.9",
                        "p1|indicator_added|办结及时率||'=100.00(%)||||",
                        "p1|indicator_removed|化解率|提高|||||",
                        "p1|target_changed|满意度|≥85%|≥90%||||",
                        "p2|annual_funds||||1000.00|1000.00|0.00|0.0",
                        "p2|indicators_unchanged|||||||",
                        "p4|project_added|||||50.00||",
                        "p3|project_removed||||300.00|||");
        assertThat(rows).extracting(r -> r.get("fiscal_year") + "/" + r.get("previous_year")).containsOnly("2024/2023");
        assertThat(rows.get(7).get("name_en")).isEqualTo("Publicity");
        assertThat(csv("data/xfb-2023/changes.csv")).isEmpty();
        assertThat(csv("data/jyj-2024/changes.csv")).isEmpty();
        // The index links it with the other downloads.
        assertThat(site.page("zh/xfb-2024/index.html").select(".downloads a").eachAttr("href"))
                .contains("../../data/xfb-2024/changes.csv");
    }

    private static List<CSVRecord> csv(String path) throws IOException {
        String text = new String(site.tree().get(path), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFfiscal_year,previous_year,project_id,name_zh,name_en,change,");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void thePageOfAllIndicatorsListsEveryIndicatorTheSharedSetsAndWhichTargetsAreMeasurable() {
        Document zh = site.page("zh/xfb-2024/indicators.html");
        assertThat(zh.selectFirst("h1").text()).isEqualTo("所有项目的绩效指标");
        assertThat(zh.selectFirst("h1 + p + p").text()).isEqualTo(
                "3 个项目共有 7 项绩效指标，其中 7 项的目标值可量化（是要达到的数值，而非“提高”之类的词）。");
        assertThat(texts(zh, "#shared-heading ~ p")).containsExactly("2 个项目使用同一组 2 项指标：");
        assertThat(texts(zh, ".shared-set a")).containsExactly("维稳基金", "信息系统运维");
        // By level 1 and level 2 in the framework's order, the same indicator of several projects together, its
        // name once over their rows.
        assertThat(zh.select("#all-indicators tbody")).extracting(group -> group.attr("data-level2"))
                .containsExactly("产出指标/数量指标", "产出指标/时效指标", "满意度指标/服务对象满意度指标");
        assertThat(zh.select("#all-indicators tbody tr")).extracting(row -> row.select("td, th").eachText().toString())
                .containsExactly(
                        "[产出指标 › 数量指标]",
                        "[约谈次数, 劝返稳控经费, =96.00(次), 是]",
                        "[维稳基金, =96.00(次), 是]",
                        "[信息系统运维, =96.00(次), 是]",
                        "[产出指标 › 时效指标]",
                        "[办结及时率, 劝返稳控经费, =100.00(%), 是]",
                        "[满意度指标 › 服务对象满意度指标]",
                        "[满意度, 劝返稳控经费, ≥90%, 是]",
                        "[维稳基金, ≥85%, 是]",
                        "[信息系统运维, ≥85%, 是]");
        assertThat(zh.select("#all-indicators tbody th[rowspan]").eachAttr("rowspan")).containsExactly("3", "1", "3");
        assertThat(zh.select("#filter-level1 option").eachAttr("value")).containsExactly("", "产出指标", "满意度指标");
        assertThat(zh.select("#filter-level2 option").eachAttr("data-parent"))
                .containsExactly("产出指标", "产出指标", "满意度指标");
        assertThat(zh.select("script[src]").eachAttr("src")).containsExactly("../../assets/search.js",
                "../../assets/indicators.js");
        Document before = site.page("en/xfb-2023/indicators.html");
        assertThat(before.select("#all-indicators td.not-measurable").eachText()).containsExactly("No");
        assertThat(before.select(".breadcrumbs a").eachAttr("href")).containsExactly("../index.html", "index.html");
        assertThat(texts(site.page("zh/jyj-2024/indicators.html"), "#shared-heading ~ p"))
                .containsExactly("没有两个项目使用完全相同的一组指标。");
    }
}
