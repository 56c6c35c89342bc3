package org.gongkai.disclosure.render;

import java.nio.file.Path;
import java.util.List;

import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A content folder of several declarations: one per unit and year, with the site's index over them. */
class MultiDeclarationSiteTest {

    @TempDir
    Path project;

    /** Writes a declaration folder with {@code count} copies of the sample project, each 60,000.00 yuan. */
    private static void declaration(ContentFixture content, String folder, String unitZh, String unitEn, int year,
            int count) {
        String sample = ContentFixture.resource("fixtures/minimal/projects/01-sample.yaml")
                .replace("2024-", year + "-");
        for (int i = 1; i <= count; i++) {
            content.write(folder + "/projects/" + String.format("%03d", i) + ".yaml", sample
                    .replace("id: sample", "id: p" + i)
                    .replace("{zh: 样例项目, en: Sample project}", "{zh: 样例项目" + i + ", en: Sample project " + i + "}"));
        }
        content.write(folder + "/declaration.yaml", """
                fiscal-year: %d
                unit: {zh: %s, en: %s}
                title: {zh: 财政支出项目绩效目标申报表, en: Performance targets}
                declared:
                  project-count: %d
                  total: %d.00
                """.formatted(year, unitZh, unitEn, count, 60000 * count));
    }

    private ContentFixture site() {
        ContentFixture content = ContentFixture.empty(project);
        content.write("site.yaml", """
                title: {zh: 示例区预算绩效目标, en: Performance targets of the example district}
                publisher: {zh: 示例区财政局, en: Example District Finance Bureau}
                """);
        declaration(content, "xfb-2023", "信访办公室", "Petitions Office", 2023, 3);
        declaration(content, "xfb-2024", "信访办公室", "Petitions Office", 2024, 2);
        declaration(content, "jyj-2024", "教育局", "Education Bureau", 2024, 250);
        return content;
    }

    @Test
    void theSitesIndexGroupsDeclarationsByYearWithEachTotalAndTheYearsTotal() {
        SiteFixture site = new SiteFixture(site()).generated();
        Document index = site.page("zh/index.html");
        assertThat(index.select("h2").eachText()).contains("2024年度", "2023年度");
        assertThat(index.select("#year-2024-table tbody tr th").eachText()).containsExactly("信访办公室", "教育局");
        assertThat(index.select("#year-2024-table tbody td.num").eachText())
                .containsExactly("2", "120,000.00", "250", "15,000,000.00");
        assertThat(index.select("#year-2024-table tfoot td.num").eachText()).containsExactly("252", "15,120,000.00");
        assertThat(index.select("#year-2023-table tfoot td.num").eachText()).containsExactly("3", "180,000.00");
        assertThat(index.select("#year-2024-table a").eachAttr("href")).containsExactly("xfb-2024/index.html",
                "jyj-2024/index.html");
        assertThat(site.page("en/index.html").select("#year-2023-table tbody th").eachText()).containsExactly("Petitions Office");
    }

    @Test
    void eachDeclarationHasItsOwnFolderWithItsPagesAndData() {
        SiteFixture site = new SiteFixture(site()).generated();
        assertThat(site.tree()).containsKeys("zh/xfb-2024/index.html", "en/xfb-2024/projects/p1.html",
                "zh/jyj-2024/projects/p250.html", "data/xfb-2024/projects.csv", "data/jyj-2024/disclosure.json");
        Document page = site.page("zh/xfb-2024/projects/p1.html");
        assertThat(page.select(".breadcrumbs a").eachAttr("href")).containsExactly("../../index.html", "../index.html");
        assertThat(page.select(".downloads a").eachAttr("href")).first().isEqualTo("../../../data/xfb-2024/projects.csv#row=2");
        assertThat(page.selectFirst("a.lang-switch").attr("href")).isEqualTo("../../../en/xfb-2024/projects/p1.html");
    }

    @Test
    void aProjectLinksTheSameProjectInTheUnitsOtherYears() {
        SiteFixture site = new SiteFixture(site()).generated();
        assertThat(site.page("zh/xfb-2024/projects/p1.html").select(".other-years a").eachAttr("href"))
                .containsExactly("../../xfb-2023/projects/p1.html");
        assertThat(site.page("en/xfb-2023/projects/p2.html").select(".other-years a").eachText())
                .containsExactly("Fiscal year 2024");
        // p3 exists only in 2023; the Education Bureau files one year only.
        assertThat(site.page("zh/xfb-2023/projects/p3.html").select(".other-years")).isEmpty();
        assertThat(site.page("zh/jyj-2024/projects/p1.html").select(".other-years")).isEmpty();
    }

    @Test
    void aLongIndexIsSplitIntoPagesEachWithThePagerTheTotalAndAFilterBox() {
        SiteFixture site = new SiteFixture(site()).generated();
        assertThat(site.tree()).containsKeys("zh/jyj-2024/index.html", "zh/jyj-2024/index-2.html", "zh/jyj-2024/index-3.html")
                .doesNotContainKey("zh/jyj-2024/index-4.html");
        Document second = site.page("en/jyj-2024/index-2.html");
        assertThat(second.select("#projects-table tbody tr")).hasSize(100);
        assertThat(second.selectFirst("#projects-table caption").text())
                .isEqualTo("Annual funds applied for, by project (CNY): 101–200 of 250");
        assertThat(second.select("#projects-table tfoot th").text()).isEqualTo("Total (all 250 projects)");
        assertThat(second.select("#projects-table tfoot td.num").first().text()).isEqualTo("15,000,000.00");
        assertThat(second.select(".page-links a").eachAttr("href")).contains("index.html", "index-3.html");
        assertThat(second.select(".page-links [aria-current=page]").text()).isEqualTo("2");
        assertThat(second.select(".filter input")).hasSize(1);
        assertThat(second.select("script[src]").eachAttr("src")).containsExactly("../../assets/search.js",
                "../../assets/site.js");
        assertThat(second.select(".figures, .chart")).isEmpty();
        Document first = site.page("zh/jyj-2024/index.html");
        assertThat(first.select("ol.bars li")).hasSize(IndexPage.CHART_BARS);
        assertThat(first.selectFirst(".chart figcaption").text()).contains("其余 230 个项目合计 13,800,000.00 元");
        assertThat(site.page("zh/xfb-2024/index.html").select(".filter, .page-links")).isEmpty();
        assertThat(site.page("zh/xfb-2024/index.html").select("script[src]").eachAttr("src"))
                .containsExactly("../../assets/search.js");
        for (String path : site.htmlPages()) {
            assertThat(site.tree().get(path).length).as(path).isLessThan(300 * 1024);
        }
    }

    @Test
    void checksAndTotalsArePerDeclarationAndDiagnosticsNameTheFile() {
        ContentFixture content = site();
        content.replace("xfb-2023/declaration.yaml", "total: 180000.00", "total: 180000.01");
        content.replace("jyj-2024/projects/007.yaml", "fiscal: 80000.00", "fiscal: 80000.02");
        assertThat(content.check()).containsExactly(
                "src/disclosure/jyj-2024/projects/007.yaml:10:10: error: project funds total (项目资金总额) is 100,000.00 "
                        + "yuan, but fiscal funds + other funds (财政资金 + 其他资金) = 80,000.02 + 20,000.00 = 100,000.02 yuan; "
                        + "they differ by 0.02 yuan [funds-sum]",
                "src/disclosure/xfb-2023/declaration.yaml:6:10: error: the declared total (涉及项目预算资金) is 180000.01 "
                        + "yuan, but the annual funds (年度资金申请总额) of all projects add up to 180,000.00 yuan (projects: "
                        + "3); they differ by 0.01 yuan [declared-total]");
        assertThat(new SiteFixture(content).generate().generated()).isFalse();
    }

    @Test
    void folderNamesMustBeSafeAndFoldersWithoutADeclarationAreReported() {
        ContentFixture content = site();
        declaration(content, "Bad_Folder", "某局", "Some Bureau", 2024, 1);
        content.write("notes/readme.yaml", "a: 1");
        assertThat(content.check()).containsExactly(
                "src/disclosure/Bad_Folder:1:1: error: the folder name \"Bad_Folder\" becomes part of web addresses and "
                        + "may only contain a-z, 0-9 and single hyphens (e.g. songjiang-xfb-2024) [id-format]",
                "src/disclosure/notes:1:1: warning: the folder \"notes\" has no declaration.yaml; it is not published "
                        + "[content-layout]");
    }

    @Test
    void theSitemapListsEveryPageOfEveryDeclaration() {
        SiteFixture site = new SiteFixture(site()).generated();
        List<String> locs = org.jsoup.Jsoup.parse(site.text("sitemap.xml"), "", org.jsoup.parser.Parser.xmlParser())
                .select("url > loc").eachText();
        long pages = site.htmlPages().stream().filter(p -> p.startsWith("zh/") || p.startsWith("en/")).count();
        assertThat(locs).hasSize((int) pages).contains("zh/index.html", "en/jyj-2024/index-3.html", "zh/xfb-2023/projects/p3.html");
    }
}
