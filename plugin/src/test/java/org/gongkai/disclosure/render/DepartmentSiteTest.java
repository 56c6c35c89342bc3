package org.gongkai.disclosure.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.disclosure.testing.ContentFixture.DEPARTMENT;

/**
 * A department's form (部门整体支出绩效目标申报表) on its declaration's index, in both languages: alone for a unit
 * that files only it, or above the projects; its figures in 万元 as the form states them.
 */
class DepartmentSiteTest {

    @TempDir
    Path project;

    private SiteFixture alone() {
        return new SiteFixture(ContentFixture.department(project)).generated();
    }

    /** A table's rows as text, cell by cell; an empty cell reads "–". */
    private static List<String> rows(Element table) {
        return table.select("tr").stream().map(tr -> String.join(" | ", tr.select("th, td").stream()
                .map(cell -> cell.text().isEmpty() ? "–" : cell.text()).toList())).toList();
    }

    @Test
    void aUnitThatFilesOnlyTheDepartmentsFormHasItsIndexWithoutProjects() {
        SiteFixture site = alone();
        Document zh = site.page("zh/index.html");
        assertThat(zh.select("main h2").eachText()).containsExactly("主要数据", "部门整体支出绩效目标", "下载数据");
        assertThat(zh.select(".figure").eachText()).containsExactly("部门当年收入 9,681,918.00 元（968.19 万元）",
                "部门当年支出 9,681,918.00 元（968.19 万元）", "可量化指标 5 个（共 6 个指标）");
        assertThat(zh.select("#department h3").eachText()).containsExactly("部门总体资金情况", "部门职能概述", "年度主要任务",
                "年度绩效目标", "绩效指标");
        assertThat(rows(zh.selectFirst("table.department-income"))).containsExactly(
                "明细 | 金额 | 占比",
                "财政拨款 | 900.1918 | 92.98%",
                "其他资金 | 68.00 | 7.02%",
                "合计 | 968.1918 | –");
        assertThat(zh.selectFirst("table.department-income caption").text()).isEqualTo("当年收入构成（万元）");
        assertThat(rows(zh.selectFirst("table.department-expenditure"))).containsExactly(
                "明细 | 金额 | 占比",
                "基本支出 | 724.2318 | 74.8%",
                "项目支出 | 243.96 | 25.2%",
                "合计 | 968.1918 | –");
        assertThat(rows(zh.selectFirst("table.department-income-before"))).containsExactly(
                "明细 | 2022年 | 2023年",
                "财政拨款 | 900.00 | 920.00",
                "其他资金 | – | 30.00",
                "合计 | 900.00 | 950.00");
        // 2023 gives no expenditure: its column is empty.
        assertThat(rows(zh.selectFirst("table.department-expenditure-before"))).containsExactly(
                "明细 | 2022年 | 2023年",
                "基本支出 | 700.00 | –",
                "项目支出 | 190.00 | –",
                "合计 | 890.00 | –");
        assertThat(zh.select("#department table caption").eachText()).containsExactly("当年收入构成（万元）",
                "当年支出构成（万元）", "近两年收入构成（万元）", "近两年支出构成（万元）", "年度主要任务及预算金额（万元）",
                "年度主要任务的资金来源（万元）", "部门整体绩效指标（6 项）");
        assertThat(zh.select("#department .prose").first().select("p").eachText())
                .containsExactly("(一)负责全市人民防空工作。", "(二)负责起草《政府工作报告》。");
        assertThat(rows(zh.selectFirst("table.department-tasks"))).containsExactly(
                "任务名称 | 主要内容 | 预算金额",
                "人民防空 | 防空警报试鸣和宣传 | 120.00",
                "机关运转 | – | 724.2318",
                "金额合计 | – | 844.2318");
        assertThat(rows(zh.selectFirst("table.department-task-sources"))).containsExactly(
                "任务名称 | 财政拨款 | 其他资金",
                "人民防空 | 100.00 | 20.00",
                "机关运转 | 724.2318 | –",
                "金额合计 | 824.2318 | 20.00");
        assertThat(zh.select("#department .checks li").eachText()).containsExactly("✓ 已核对：收入、支出各项之和等于其合计",
                "✓ 已核对：所填占比与金额相符", "✓ 已核对：各项任务的预算金额 = 财政拨款 + 其他资金，合计不超过当年支出");
        assertThat(zh.select("#department .prose").get(1).text()).isEqualTo("保障机关正常运转，按时完成年度重点工作。");
        Element indicators = zh.selectFirst("#department table.indicators");
        assertThat(indicators.selectFirst("caption").text()).isEqualTo("部门整体绩效指标（6 项）");
        assertThat(indicators.select("tbody th[headers=col-l1]").eachText()).containsExactly("产出指标 （50分）",
                "成本指标 （10分）", "效益指标 （20分）", "满意度指标 （10分）");
        assertThat(indicators.select("tbody td[headers^=col-target] .target").eachText()).containsExactly("≥1200件", "≤1%",
                "2024年12月31日前", "≤968.1918万元", "提高", "≥90%");
        assertThat(indicators.select("tfoot td").eachText()).containsExactly("90");
        assertThat(zh.selectFirst("#department p.note").text())
                .isEqualTo("另有 10 分为预算执行率，不在本表内（按财预〔2020〕10号后的常见表式），合计 100 分。");
        assertThat(zh.select("#projects-heading, .chart, table.projects")).isEmpty();
        assertThat(zh.select(".downloads a").eachAttr("href")).containsExactly("../data/department.csv",
                "../data/department-tasks.csv", "../data/department-indicators.csv", "../data/projects.csv",
                "../data/indicators.csv", "../data/changes.csv", "../data/disclosure.json", "../data/datapackage.json");
    }

    @Test
    void theDepartmentsFormReadsInEnglish() {
        Document en = alone().page("en/index.html");
        assertThat(en.select("#department h3").eachText()).containsExactly("The department's funds",
                "Duties of the department", "Main tasks of the year", "Performance goals for the year",
                "Performance indicators");
        assertThat(rows(en.selectFirst("table.department-expenditure"))).containsExactly(
                "Line | Amount | Share",
                "Basic expenditure | 724.2318 | 74.8%",
                "Project expenditure | 243.96 | 25.2%",
                "Total | 968.1918 | –");
        assertThat(en.select("#department table caption").eachText()).containsExactly("This year's income (CNY 10,000)",
                "This year's expenditure (CNY 10,000)", "Income of the years before (CNY 10,000)",
                "Expenditure of the years before (CNY 10,000)", "Main tasks of the year and their budgets (CNY 10,000)",
                "Where the tasks' budgets come from (CNY 10,000)", "Department-wide performance indicators (6)");
        assertThat(rows(en.selectFirst("table.department-task-sources")).get(0)).isEqualTo("Task | Fiscal funds | Other funds");
        assertThat(en.select("table.department-income-before thead th").eachText()).containsExactly("Line", "2022", "2023");
        assertThat(en.select("#department .prose").first().select("li").eachText())
                .containsExactly("Civil air defence of the city.", "Drafting the government work report.");
        assertThat(en.select("#department table.indicators tbody td[headers^=col-target] .target").eachText()).containsExactly(
                "≥ 1200 cases", "≤ 1 %", "by 31 December 2024", "≤ CNY 9,681,918", "improve", "≥ 90 %");
        assertThat(en.select(".figure").eachText()).containsExactly(
                "Department's income this year CNY 9,681,918.00 (9.68 million)",
                "Department's expenditure this year CNY 9,681,918.00 (9.68 million)", "Measurable targets 5 of 6 indicators");
        assertThat(en.select(".untranslated")).isEmpty();
        assertThat(en.selectFirst("#department th[headers=col-name]").text()).isEqualTo("Documents handled");
    }

    @Test
    void theLandingPageShowsTheDepartmentsBudgetWhenThereAreNoProjects() {
        Document landing = alone().page("index.html");
        assertThat(landing.select(".language-card .value").eachText()).containsExactly("9,681,918.00 元（968.19 万元）",
                "CNY 9,681,918.00 (9.68 million)");
    }

    @Test
    void theDepartmentsFormStandsAboveTheProjects() {
        ContentFixture content = ContentFixture.department(project)
                .write(ContentFixture.PROJECT, ContentFixture.resource("fixtures/minimal/projects/01-sample.yaml"));
        SiteFixture site = new SiteFixture(content).generated();
        Document zh = site.page("zh/index.html");
        assertThat(zh.select("main h2").eachText()).containsExactly("主要数据", "部门整体支出绩效目标", "项目一览",
                "所有项目的绩效指标", "各项目年度资金", "下载数据");
        assertThat(zh.select(".figure dt").eachText()).containsExactly("编报项目", "年度资金合计", "可量化指标",
                "部门当年收入", "部门当年支出");
        assertThat(zh.select("table.projects tbody th").eachText()).containsExactly("样例项目");
        // The project's page is as it is without a department.
        Document page = site.page("zh/projects/sample.html");
        assertThat(page.select("table.indicators tbody td[headers^=col-target] .target").eachText())
                .containsExactly("良好", "≥100(人次)", "≥85%", "≥90.00(%)");
        assertThat(site.page("index.html").select(".language-card .value").eachText())
                .containsExactly("60,000.00 元（6.00 万元）", "CNY 60,000.00");
    }

    @Test
    void theDownloadsHoldTheDepartmentsFiguresInYuanExactly() {
        SiteFixture site = alone();
        assertThat(csv(site, "data/department.csv")).containsExactly(
                "year,part,position,name_zh,name_en,amount,share",
                "2024,income,0,合计,Total,9681918.00,",
                "2024,income,1,财政拨款,Fiscal appropriation,9001918.00,92.98",
                "2024,income,2,其他资金,Other funds,680000.00,7.02",
                "2024,expenditure,0,合计,Total,9681918.00,",
                "2024,expenditure,1,基本支出,Basic expenditure,7242318.00,74.8",
                "2024,expenditure,2,项目支出,Project expenditure,2439600.00,25.2",
                "2022,income,0,合计,Total,9000000.00,",
                "2022,income,1,财政拨款,Fiscal appropriation,9000000.00,",
                "2022,expenditure,0,合计,Total,8900000.00,",
                "2022,expenditure,1,基本支出,Basic expenditure,7000000.00,",
                "2022,expenditure,2,项目支出,Project expenditure,1900000.00,",
                "2023,income,0,合计,Total,9500000.00,",
                "2023,income,1,财政拨款,Fiscal appropriation,9200000.00,",
                "2023,income,2,其他资金,Other funds,300000.00,");
        assertThat(csv(site, "data/department-tasks.csv")).containsExactly(
                "position,name_zh,name_en,content_zh,content_en,amount,fiscal,other",
                "1,人民防空,Civil air defence,防空警报试鸣和宣传,Siren tests and public information,1200000.00,1000000.00,200000.00",
                "2,机关运转,Running the office,,,7242318.00,7242318.00,");
        assertThat(csv(site, "data/department-indicators.csv")).hasSize(7).element(4).isEqualTo(
                "4,成本指标,Cost indicators,经济成本指标,Economic cost,部门支出,Spending of the department,≤968.1918万元,"
                        + "\"≤ CNY 9,681,918\",amount,≤,9681918.00,元,yuan,10,,,,,,");
        assertThat(csv(site, "data/projects.csv")).hasSize(1);
    }

    @Test
    void scriptsInTheDepartmentsTextsAreShownAsTextAndFormulasGuardedInItsTables() {
        ContentFixture content = ContentFixture.department(project)
                .replace(DEPARTMENT, "    1. Civil air defence of the city.",
                        "    1. <script>alert(1)</script> [see](javascript:alert(2)) {{page.root}}")
                .replace(DEPARTMENT, "name: {zh: 人民防空, en: Civil air defence}", "name: {zh: 人民防空, en: \"=1+2\"}");
        SiteFixture site = new SiteFixture(content).generated();
        Document en = site.page("en/index.html");
        assertThat(en.select("script")).allMatch(script -> script.hasAttr("src"));
        Element duty = en.selectFirst("#department .prose li");
        assertThat(duty.text()).isEqualTo("<script>alert(1)</script> [see](javascript:alert(2)) {{page.root}}");
        assertThat(duty.select("a")).isEmpty();
        assertThat(en.select("table.department-tasks tbody th").eachText()).containsExactly("=1+2", "Running the office");
        assertThat(csv(site, "data/department-tasks.csv").get(1)).startsWith("1,人民防空,'=1+2,");
    }

    @Test
    void aDeclarationWithoutADepartmentWritesNoneOfItsTables() {
        SiteFixture site = new SiteFixture(ContentFixture.minimal(project)).generated();
        assertThat(site.tree().keySet()).noneMatch(path -> path.contains("department"));
        assertThat(site.text("data/disclosure.json")).doesNotContain("\"duties\"", "\"previous-years\"");
    }

    @Test
    void aYearOfTheDepartmentsFormAloneIsComparedWithTheYearBefore() {
        ContentFixture content = ContentFixture.empty(project);
        content.write("site.yaml", "title: {zh: 示例市预算绩效目标, en: Example city}\n");
        String department = ContentFixture.resource("fixtures/department/department.yaml");
        content.write("office-2023/declaration.yaml", ContentFixture.resource("fixtures/department/declaration.yaml")
                .replace("fiscal-year: 2024", "fiscal-year: 2023"));
        content.write("office-2023/department.yaml", department.replace("2024年12月31日前", "2023年12月31日前")
                .replace("  - year: 2023\n", "  - year: 2021\n"));
        content.write("office-2023/projects/01-sample.yaml", ContentFixture.resource("fixtures/minimal/projects/01-sample.yaml")
                .replace("2024-", "2023-"));
        content.write("office-2024/declaration.yaml", ContentFixture.resource("fixtures/department/declaration.yaml"));
        content.write("office-2024/department.yaml", department);
        SiteFixture site = new SiteFixture(content).generated();
        Document zh = site.page("zh/office-2024/index.html");
        assertThat(zh.selectFirst("#compare-heading").text()).isEqualTo("与2023年度相比");
        assertThat(zh.select(".compare-removed li").eachText()).containsExactly("样例项目");
        assertThat(zh.select(".all-indicators-link, #all-indicators-heading")).as("no projects, no page of their indicators")
                .isEmpty();
        assertThat(site.tree()).doesNotContainKey("zh/office-2024/indicators.html");
    }

    @Test
    void editingADepartmentsFormRebuildsItsDeclarationAndNoOther() throws IOException {
        ContentFixture content = ContentFixture.empty(project);
        content.write("site.yaml", "title: {zh: 示例市预算绩效目标, en: Example city}\n");
        content.write("office-2024/declaration.yaml", ContentFixture.resource("fixtures/department/declaration.yaml"));
        content.write("office-2024/department.yaml", ContentFixture.resource("fixtures/department/department.yaml"));
        content.write("bureau-2024/declaration.yaml", ContentFixture.resource("fixtures/minimal/declaration.yaml"));
        content.write("bureau-2024/projects/01-sample.yaml",
                ContentFixture.resource("fixtures/minimal/projects/01-sample.yaml"));
        SiteFixture site = new SiteFixture(content).generated();
        Map<String, Object> before = inodes(site.output());
        content.replace("office-2024/department.yaml", "en: Civil air defence}", "en: Air defence}");
        site.generated();
        Set<String> rewritten = new TreeSet<>();
        inodes(site.output()).forEach((path, inode) -> {
            if (!inode.equals(before.get(path))) {
                rewritten.add(path);
            }
        });
        // The Chinese index is rewritten too: it gives the size of department-tasks.csv beside its link.
        assertThat(rewritten).containsExactlyInAnyOrder("en/office-2024/index.html", "zh/office-2024/index.html",
                "data/office-2024/department-tasks.csv", "data/office-2024/disclosure.json");
        assertThat(site.page("en/office-2024/index.html").select("table.department-tasks tbody th").eachText())
                .containsExactly("Air defence", "Running the office");
        Document index = site.page("zh/index.html");
        assertThat(rows(index.selectFirst("#year-2024-table"))).containsExactly("预算单位 | 项目数 | 年度资金（元）",
                "样例办公室 含部门整体支出绩效目标 | 0 | 0.00", "样例局 | 1 | 60,000.00", "合计 | 1 | 60,000.00");
    }

    private static List<String> csv(SiteFixture site, String path) {
        byte[] bytes = site.tree().get(path);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
    }

    private static Map<String, Object> inodes(Path site) {
        Map<String, Object> inodes = new TreeMap<>();
        SiteFixture.tree(site).keySet().forEach(path -> {
            try {
                inodes.put(path, Files.getAttribute(site.resolve(path), "unix:ino"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return inodes;
    }
}
