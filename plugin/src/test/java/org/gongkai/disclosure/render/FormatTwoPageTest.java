package org.gongkai.disclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;

/**
 * The parts of a page that format 2 adds, in both languages, from {@code fixtures/format-two}: codes, dates to the
 * month or year, fund sources, the necessity section and its numbering, budget bases, weights with group points
 * and the budget-execution rate's 10, deadlines, periods, durations, ranges and amounts, explanations, remarks and
 * a target per recipient.
 */
class FormatTwoPageTest {

    @TempDir
    static Path project;

    static SiteFixture site;

    @BeforeAll
    static void generate() throws URISyntaxException {
        Path fixture = Path.of(FormatTwoPageTest.class.getClassLoader().getResource("fixtures/format-two").toURI());
        ContentFixture content = ContentFixture.copyOf(fixture, project);
        assertThat(content.check()).isEmpty();
        site = new SiteFixture(content).generated();
    }

    private static Document zh() {
        return site.page("zh/projects/village-water.html");
    }

    private static Document en() {
        return site.page("en/projects/village-water.html");
    }

    private static List<String> facts(Document page) {
        return page.select("table.facts tr").eachText();
    }

    @Test
    void theFactsShowTheCodeAndTheDatesAsFiled() {
        assertThat(facts(zh())).containsExactly("项目名称 村级水利设施修复", "项目编码 3010012023001", "项目类别 专项工作经费",
                "实施单位 样例县水利局", "计划开始日期 2023年3月", "计划完成日期 2023年");
        assertThat(facts(en())).containsExactly("Project name Repair of village water works",
                "Project code 3010012023001", "Category Special work funds", "Implementing unit Sample County Water Bureau",
                "Planned start March 2023", "Planned completion 2023");
        assertThat(site.page("zh/index.html").select("p.lede").text()).isEqualTo("样例县水利局 · 单位编码 301001 · 2023年度");
        assertThat(site.page("en/index.html").select("p.lede").text())
                .isEqualTo("Sample County Water Bureau · Unit code 301001 · Fiscal year 2023");
    }

    @Test
    void theFundsShowEachSourceUnderThePartItBreaksDownAndSaySoChecked() {
        assertThat(zh().select("table.funds tr.source").eachText()).containsExactly(
                "其中：省级财政资金 600,000.00", "其中：县级财政资金 400,000.00",
                "其中：省级财政资金 600,000.00", "其中：县级财政资金 400,000.00");
        assertThat(en().select("table.funds tr.source").eachText()).containsExactly(
                "of which from: Provincial government funds 600,000.00", "of which from: County government funds 400,000.00",
                "of which from: Provincial government funds 600,000.00", "of which from: County government funds 400,000.00");
        assertThat(en().select("ul.checks li").eachText()).contains(
                "✓ Checked: the sources add up to the fiscal funds they break down",
                "✓ Checked: the recipients' shares add up to the annual funds applied for");
        // The second project has only an annual total: no project-funds rows, and no check of parts it lacks.
        Document patrols = site.page("en/projects/flood-patrols.html");
        assertThat(patrols.select("table.funds tr").eachText()).containsExactly("Item Amount (CNY)",
                "Annual funds applied for 500,000.00");
        assertThat(patrols.select("ul.checks li")).isEmpty();
    }

    @Test
    void sectionsAreNumberedOverThePartsTheFormHas() {
        assertThat(zh().select("section[aria-labelledby=description-heading] h3, #goals-heading").eachText())
                .containsExactly("一、项目设立必要性", "二、实施主体", "三、实施周期", "四、年度预算安排", "五、绩效目标");
        assertThat(en().select("section[aria-labelledby=description-heading] h3, #goals-heading").eachText())
                .containsExactly("1. Why the project is needed", "2. Implementing body", "3. Implementation period",
                        "4. Annual budget", "5. Performance goals");
        assertThat(en().select("table.items thead th").eachText())
                .containsExactly("Item", "Amount (CNY)", "Basis of the estimate");
        assertThat(en().select("table.items tbody tr").eachText())
                .containsExactly("Works 900,000.00 From the budget review", "Supervision 100,000.00");
    }

    @Test
    void theIndicatorTableHasTheExtraColumnsOnlyThisFormHas() {
        assertThat(zh().select("table.indicators thead th").eachText()).containsExactly("一级指标", "二级指标", "三级指标",
                "年度指标值", "实施期指标值", "权重", "指标解释", "备注");
        assertThat(en().select("table.indicators thead th").eachText()).containsExactly("Level 1", "Level 2",
                "Indicator", "Target for the year", "Target for the whole period", "Weight", "Explanation", "Remark");
        assertThat(cells(row(en(), "Completion"))).containsExactly("by 31 December 2023", "by the end of June 2024",
                "20", "Shows when the works are finished", "");
        assertThat(cells(row(zh(), "完工时间"))).containsExactly("2023年12月31日前", "2024年6月底前", "20",
                "反映工程完工情况", "");
    }

    @Test
    void deadlinesPeriodsAmountsAndRangesReadInEnglish() {
        assertThat(row(en(), "Works period").select("td .target").first().text()).isEqualTo("July 2023 to January 2024");
        assertThat(row(en(), "Total cost").select("td .target").first().text()).isEqualTo("≤ CNY 1,000,000");
        assertThat(cells(row(en(), "Share of people who benefit")))
                .containsExactly("85–90 %", "", "10", "", "Counted by registered population");
        Document patrols = site.page("en/projects/flood-patrols.html");
        assertThat(row(patrols, "Time to deal with a danger").select("td .target").first().text()).isEqualTo("within 2 hours");
        assertThat(row(patrols, "Patrol shifts").select("td .target").first().text()).isEqualTo("1200 person-times");
        assertThat(row(site.page("zh/projects/flood-patrols.html"), "巡查人次").select("td .target").first().text())
                .isEqualTo("1200人/次");
    }

    @Test
    void weightsShowGroupPointsATotalAndTheBudgetExecutionRate() {
        assertThat(zh().select("table.indicators th .points").eachText())
                .containsExactly("（60分）", "（10分）", "（10分）", "（10分）");
        assertThat(en().select("table.indicators tfoot tr").text()).isEqualTo("Total of the weights 90");
        assertThat(en().select("section[aria-labelledby=indicators-heading] p.note").text()).isEqualTo(
                "Another 10 points go to the budget-execution rate (预算执行率), outside this table, as the form states:"
                        + " 100 in all.");
        // Weights of 90 with no weighting stated: the other 10 are taken as the budget-execution rate's, and said so.
        assertThat(site.page("zh/projects/flood-patrols.html").select("p.note").text()).contains("预算执行率", "100");
    }

    @Test
    void aTargetPerRecipientIsAMatrixOfRecipientsAndIndicators() {
        assertThat(row(en(), "Length of channels repaired").select("td .target").first().text())
                .isEqualTo("by recipient: see the table of recipients");
        assertThat(row(en(), "Length of channels repaired").select("small.note").text())
                .isEqualTo("(more is better; quantitative)");
        assertThat(en().select("table.recipient-targets tr").eachText()).containsExactly(
                "Indicator East Village West Village", "Length of channels repaired ≥ 3 km ≥ 2 km");
        assertThat(zh().select("table.recipient-targets tr").eachText()).containsExactly(
                "指标 东村 西村", "修复渠道长度 ≥3公里 ≥2公里");
        assertThat(en().select("table.recipients tr").eachText()).containsExactly("Recipient Share (CNY)",
                "East Village 600,000.00", "West Village 400,000.00", "Total 1,000,000.00");
    }

    @Test
    void theOptionalTablesAreDownloadsOfTheDeclaration() {
        assertThat(site.page("en/index.html").select("ul.downloads a").eachText()).contains(
                "Sources of the funds (sources.csv)", "Recipients of the funds (recipients.csv)",
                "Targets of each recipient (recipient-targets.csv)", "Project codes and scores (project-details.csv)");
        assertThat(site.text("data/sources.csv")).contains("village-water,year,2,县级财政资金,County government funds,400000.00");
        assertThat(site.text("data/project-details.csv")).contains("village-water,3010012023001,100,10");
    }

    /** The texts of a row's cells, the empty ones included. */
    /** The row's cells as read, the year's target without the mark of its kind (定量 or 定性) beneath it. */
    private static List<String> cells(Element row) {
        return row.select("td").stream().map(cell -> {
            Element target = cell.selectFirst(".target");
            return target == null ? cell.text() : target.text();
        }).toList();
    }

    /** The row of the indicator table whose indicator cell reads {@code name}. */
    private static Element row(Document page, String name) {
        return page.select("table.indicators tbody tr").stream()
                .filter(tr -> tr.select("th[headers=col-name]").text().startsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + name));
    }
}
