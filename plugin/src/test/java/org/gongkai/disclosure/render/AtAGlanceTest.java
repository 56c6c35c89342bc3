package org.gongkai.disclosure.render;

import java.nio.file.Path;
import java.util.List;

import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** What the Songjiang pages say first, before the form: the 30-second answer, and how to read the page. */
class AtAGlanceTest {

    @TempDir
    static Path project;

    static SiteFixture site;

    @BeforeAll
    static void generate() {
        site = new SiteFixture(ContentFixture.seed(project)).generated();
    }

    @Test
    void theIndexSaysFirstHowMuchForHowManyProjectsAndWhereMostOfItGoes() {
        assertThat(site.page("zh/index.html").selectFirst("main > p.answer").text()).isEqualTo(
                "上海市松江区人民政府信访办公室(本级)2024年为 7 个项目申请年度资金 4,424,484.70 元（442.45 万元）。"
                        + "资金最多的是编外人员工作经费（42.03%）、维稳基金（22.88%）、劝返稳控经费（21.92%）。");
        assertThat(site.page("en/index.html").selectFirst("main > p.answer").text()).isEqualTo(
                "Petitions Office of the People's Government of Songjiang District, Shanghai (office level) requests"
                        + " CNY 4,424,484.70 (4.42 million) for 7 projects in 2024. The largest are Working funds for"
                        + " non-establishment staff (42.03%), Stability maintenance fund (22.88%) and Funds for"
                        + " persuading petitioners to return and for stability control (21.92%).");
    }

    @Test
    void aProjectPageOpensWithItsMoneyPurposeAndHeadlineTargets() {
        Document en = site.page("en/projects/stability-fund.html");
        assertThat(en.select("main > section").first().attr("class")).isEqualTo("glance");
        assertThat(en.selectFirst(".glance .value").text()).isEqualTo("CNY 1,012,497.70 (1.01 million)");
        assertThat(en.selectFirst(".glance .share").text()).isEqualTo(
                "about 22.88% of the CNY 4.4245 million the declaration states for all its projects");
        assertThat(en.selectFirst(".glance .purpose").text()).startsWith("To resolve more effectively")
                .endsWith("further strengthen the management of the district's stability-fund working funds.");
        assertThat(en.select(".headline-targets li").eachText()).containsExactly(
                "Talks held on visits to grassroots units: = 96 times",
                "Regular petition-stability meetings held: = 5 times", "Public satisfaction: ≥ 85.00 %");
        Document zh = site.page("zh/projects/stability-fund.html");
        assertThat(zh.selectFirst(".glance .share").text()).isEqualTo("约占本单位申报的项目资金合计 442.45万元 的 22.88%");
        assertThat(zh.selectFirst(".glance .purpose").text()).isEqualTo(
                "为更有效地化解\"跨地区、跨部门、跨行业,人事分离、人户分离、人事户分离\"等信访疑难积案,化解社会面信访矛盾,"
                        + "最大程度维护社会安全稳定,保障人民安居乐业,区信访办、区公安局、区政法委等部门按区政府《关于松江区信访维稳帮扶救助专项基金"
                        + "实施办法(试行)》文件等工作要求,随时对本区存在的疑难复杂的信访矛盾进行研判,进一步加强对本区维稳基金工作经费的管理。");
    }

    @Test
    void everyTargetSaysWhetherItCanBeMeasuredAndLinksTheTermThatSaysWhy() {
        Document zh = site.page("zh/projects/stability-fund.html");
        assertThat(zh.select("table.indicators td[headers^=col-target] .kind").eachText()).containsExactly(
                "定性，无可度量的标准", "定量", "定量", "定性，无可度量的标准", "定性，无可度量的标准", "定性，无可度量的标准", "定量",
                "定性，无可度量的标准", "定性，无可度量的标准", "定性，无可度量的标准", "定量");
        assertThat(zh.select("table.indicators .kind").eachAttr("href")).hasSize(11).allMatch(
                href -> href.equals("#term-quantitative") || href.equals("#term-qualitative"));
        assertThat(zh.getElementById("term-qualitative").text()).isEqualTo("定性");
        assertThat(zh.getElementById("term-qualitative").nextElementSibling().text())
                .isEqualTo("只用文字描述的目标（如“提高”“良好”），没有可度量的标准，是否达到只能凭判断。");
    }

    @Test
    void howToReadExplainsTheFormsTermsInBothLanguagesWithoutScript() {
        Document en = site.page("en/projects/stability-fund.html");
        assertThat(en.selectFirst("details.how-to-read > summary").text()).isEqualTo("How to read this page");
        assertThat(en.select("details.how-to-read dt").eachText()).containsExactly("Performance target 绩效目标",
                "Level 1, 2 and 3 indicators 一级、二级、三级指标", "Output indicators 产出指标", "Outcome indicators 效益指标",
                "Satisfaction indicators 满意度指标", "Cost indicators 成本指标", "Quantitative 定量", "Qualitative 定性",
                "Total project funds 项目资金总额", "Annual funds requested 年度资金申请总额", "10,000 yuan (wan yuan) 万元",
                "Office level 本级", "Staff outside the establishment 编外");
        assertThat(en.select("details.how-to-read dt span").eachAttr("lang")).containsOnly("zh-CN");
        assertThat(site.page("zh/index.html").select("details.how-to-read dt").eachAttr("id")).hasSize(13)
                .contains("term-wan", "term-office-level", "term-non-establishment");
    }

    /** Five of the seven projects repeat their overall goal word for word as the year's; two have goals of their own. */
    @Test
    void aGoalForTheYearThatRepeatsTheOverallGoalIsSaidOnce() {
        for (String id : List.of("third-party-professionals", "return-and-stability", "office-it-maintenance",
                "stability-fund", "publicity-materials")) {
            assertThat(site.page("zh/projects/" + id + ".html").select("#goals-heading ~ p.goal").last().text())
                    .as(id).isEqualTo("同项目总目标。");
            assertThat(site.page("en/projects/" + id + ".html").select("#goals-heading ~ p.goal").last().text())
                    .as(id).isEqualTo("Same as the overall goal.");
        }
        Document own = site.page("zh/projects/non-establishment-staff.html");
        assertThat(own.select("#goals-heading ~ p.goal").last().text()).startsWith("为了保证工作正常规范运行");
    }

    /** The page of a missing address is no dead end: each language offers its index and a search of all projects. */
    @Test
    void theNotFoundPageOffersTheIndexAndTheSearchInEachLanguage() {
        Document page = site.page("404.html");
        assertThat(page.select(".language-card a.button").eachAttr("href")).containsExactly("zh/index.html",
                "en/index.html");
        assertThat(page.select("form.notfound-search").eachAttr("action")).containsExactly("zh/index.html",
                "en/index.html");
        assertThat(page.select("form.notfound-search").eachAttr("method")).containsExactly("get", "get");
        assertThat(page.select("form.notfound-search label").eachText()).containsExactly("或搜索所有项目",
                "Or search all projects");
        assertThat(page.select("form.notfound-search input").eachAttr("name")).containsExactly("q", "q");
        assertThat(page.select("form.notfound-search input").eachAttr("id")).containsExactly("search-zh", "search-en");
    }

    /** 442.45万元 agrees with 4,424,484.70 yuan only to the 100 yuan it is written to, and the page says so. */
    @Test
    void theStatedTotalAgreesAtThePrecisionItIsStatedTo() {
        assertThat(site.page("en/index.html").select(".figure").last().text()).isEqualTo("Stated in the declaration"
                + " CNY 4.4245 million (442.45万元) ✓ agrees with the sum of the projects' annual funds at the precision"
                + " it is stated to (100 yuan)");
        assertThat(site.page("en/index.html").select(".figure [lang]").eachText()).containsExactly("(442.45万元)");
        assertThat(site.page("zh/index.html").select(".figure").last().text()).isEqualTo(
                "申报表所列 442.45万元 ✓ 按申报表所写的精度（100 元）与各项目年度资金合计一致");
    }

    /** The filing's 2023 in the 2024 budget text of one project, which the check warns of, is noted on its page. */
    @Test
    void anotherYearsBudgetInTheBudgetTextGetsAnEditorsNote() {
        assertThat(site.page("zh/projects/return-and-stability.html").select("p.editor-note").eachText()).containsExactly(
                "编者注：申报表原文此处写的是 2023 年的预算，而本申报为 2024 年度： 2023 年本项目预算金额为 97 万元");
        assertThat(site.page("en/projects/return-and-stability.html").select("p.editor-note q").eachAttr("lang"))
                .containsExactly("zh-CN");
        assertThat(site.page("en/projects/return-and-stability.html").selectFirst("p.editor-note").ownText())
                .isEqualTo("Editor's note: the filing's text here gives a budget for 2023, but this is the declaration"
                        + " for fiscal year 2024:");
        assertThat(site.page("zh/projects/stability-fund.html").select("p.editor-note")).isEmpty();
    }

    /** A link that downloads a whole table says so, and where the project is in it. */
    @Test
    void theDownloadsOfAProjectSayTheyAreTheWholeTables() {
        assertThat(site.page("en/projects/stability-fund.html").select(".downloads a").eachText()).contains(
                "projects.csv, the whole table (this project is row 7)",
                "indicators.csv, the whole table (this project's rows are 45–55)");
        assertThat(site.page("zh/projects/stability-fund.html").select(".downloads a").eachText()).contains(
                "项目表 projects.csv 全表（本项目在第 7 行）", "绩效指标表 indicators.csv 全表（本项目在第 45–55 行）");
    }
}
