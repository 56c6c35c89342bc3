package org.gongkai.disclosure.render;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The Songjiang 2024 site as citizens get it, read back by parsing every page. */
class SeedSiteTest {

    @TempDir
    static Path project;

    static SiteFixture site;
    static List<Project> projects;

    @BeforeAll
    static void generate() {
        ContentFixture content = ContentFixture.seed(project);
        site = new SiteFixture(content).generated();
        projects = content.load().projects();
    }

    @Test
    void theSiteHasTwoIndexesFourteenProjectPagesAndThePagesOfAllIndicators() {
        assertThat(site.htmlPages()).containsExactlyInAnyOrder("404.html", "index.html", "zh/index.html",
                "en/index.html", "zh/indicators.html", "en/indicators.html",
                "zh/projects/non-establishment-staff.html", "en/projects/non-establishment-staff.html",
                "zh/projects/national-research-topics.html", "en/projects/national-research-topics.html",
                "zh/projects/third-party-professionals.html", "en/projects/third-party-professionals.html",
                "zh/projects/return-and-stability.html", "en/projects/return-and-stability.html",
                "zh/projects/office-it-maintenance.html", "en/projects/office-it-maintenance.html",
                "zh/projects/stability-fund.html", "en/projects/stability-fund.html",
                "zh/projects/publicity-materials.html", "en/projects/publicity-materials.html");
        assertThat(site.tree()).containsKeys("assets/site.css", "sitemap.xml");
    }

    @Test
    void bothIndexesShowTheGrandTotalAndEveryProject() {
        for (String lang : List.of("zh", "en")) {
            Document index = site.page(lang + "/index.html");
            assertThat(index.select("table.projects tfoot td.num").first().text()).isEqualTo("4,424,484.70");
            assertThat(index.select("table.projects tbody tr")).hasSize(7);
            assertThat(index.select("ol.bars li")).hasSize(7);
        }
        assertThat(site.page("zh/index.html").select(".figure .value").eachText())
                .containsExactly("7 个", "4,424,484.70 元（442.45 万元）", "31 个（共 64 个指标）", "442.45万元");
        assertThat(site.page("en/index.html").select(".figure .value").eachText())
                .containsExactly("7", "CNY 4,424,484.70 (4.42 million)", "31 of 64 indicators",
                        "CNY 4.4245 million", "(442.45万元)");
    }

    @Test
    void theIndexTableSharesAddUpAndTheChartIsOrderedByAmount() {
        Document index = site.page("zh/index.html");
        assertThat(index.select("table.projects tbody td.num:nth-of-type(3)").eachText())
                .containsExactly("42.03%", "2.26%", "5.74%", "21.92%", "1.78%", "22.88%", "3.39%");
        assertThat(index.select("ol.bars li .amount").eachText()).first().asString().startsWith("1,859,441.00 元");
        List<Double> widths = index.select("ol.bars rect").eachAttr("width").stream().map(Double::valueOf).toList();
        assertThat(widths).isSortedAccordingTo((a, b) -> Double.compare(b, a)).first().isEqualTo(100.0);
    }

    @Test
    void everyIndicatorOfTheSeedIsOnItsPageInBothLanguages() {
        int rows = 0;
        for (Project p : projects) {
            Document zh = site.page("zh/projects/" + p.id() + ".html");
            Document en = site.page("en/projects/" + p.id() + ".html");
            List<String> zhNames = zh.select("table.indicators th[headers=col-name]").eachText();
            List<String> enNames = en.select("table.indicators th[headers=col-name]").eachText();
            List<String> expectedZh = new ArrayList<>();
            List<String> expectedEn = new ArrayList<>();
            for (Indicator i : p.indicators()) {
                expectedZh.add(i.name().zh());
                expectedEn.add(i.name().en());
            }
            assertThat(zhNames).isEqualTo(expectedZh);
            assertThat(enNames).isEqualTo(expectedEn);
            rows += zhNames.size();
        }
        assertThat(rows).isEqualTo(64);
    }

    @Test
    void targetsReadInEachLanguage() {
        Document zh = site.page("zh/projects/return-and-stability.html");
        Document en = site.page("en/projects/return-and-stability.html");
        assertThat(zh.select("table.indicators td .target").eachText()).contains("=96.00(次)", "≥85.00(%)", "减少", "改善");
        assertThat(en.select("table.indicators td .target").eachText()).contains("= 96 times", "= 5 times", "≥ 85.00 %",
                "decrease", "improve", "timely");
        assertThat(site.page("en/projects/non-establishment-staff.html").select("table.indicators td .target").eachText())
                .contains("= 1 report per person");
    }

    @Test
    void theIndicatorTableMergesCellsAsThePaperFormDoes() {
        Document page = site.page("zh/projects/stability-fund.html");
        Element table = page.selectFirst("table.indicators");
        assertThat(table.selectFirst("caption").text()).isEqualTo("维稳基金绩效指标（11 个）");
        assertThat(table.select("tbody")).hasSize(4);
        assertThat(table.select("th[headers=col-l1]").eachText()).containsExactly("成本指标", "产出指标", "效益指标", "满意度指标");
        assertThat(table.select("th[headers=col-l1]").eachAttr("rowspan")).containsExactly("1", "6", "3", "1");
        assertThat(table.select("th[headers=col-l2]").eachText()).containsExactly("经济成本指标", "数量指标", "质量指标",
                "时效指标", "社会效益指标", "可持续影响指标", "服务对象满意度指标");
        assertThat(table.select("th[headers=col-l2]").eachAttr("rowspan")).containsExactly("1", "2", "3", "1", "1", "2", "1");
        for (Element cell : table.select("td")) {
            for (String id : cell.attr("headers").split(" ")) {
                assertThat(page.getElementById(id)).as(id).isNotNull();
            }
        }
    }

    @Test
    void projectPagesShowTheCheckedFundsAndEveryNarrativeSection() {
        Document zh = site.page("zh/projects/non-establishment-staff.html");
        assertThat(zh.select("table.funds tbody tr.total td").eachText()).containsExactly("1,859,441.00", "1,859,441.00");
        assertThat(zh.select("ul.checks li")).hasSize(3);
        // One outline: the seven parts of the form are all h3 under 项目经费情况说明, the goals' two parts h4.
        assertThat(zh.select("section[aria-labelledby=description-heading] h3").eachText()).containsExactly(
                "一、项目概述", "二、立项依据", "三、实施主体", "四、实施方案", "五、实施周期", "六、年度预算安排", "七、绩效目标");
        assertThat(zh.select("section[aria-labelledby=description-heading] h4").eachText())
                .containsExactly("项目总目标", "年度总体目标");
        assertThat(zh.select("table.items tfoot td").text()).isEqualTo("1,859,441.00");
        assertThat(zh.select("table.facts td").eachText()).contains("2024年1月1日", "2024年12月31日");
        assertThat(site.page("en/projects/non-establishment-staff.html").select("table.facts td").eachText())
                .contains("1 January 2024", "31 December 2024");
    }

    @Test
    void everyPageNamesItsLanguageUnitAndYear() {
        for (String path : site.htmlPages()) {
            Document page = site.page(path);
            String lang = page.selectFirst("html").attr("lang");
            if (path.startsWith("en/")) {
                assertThat(lang).as(path).isEqualTo("en");
                assertThat(page.title()).as(path).contains("Songjiang").contains("2024");
            } else {
                assertThat(lang).as(path).isEqualTo("zh-CN");
                assertThat(page.title()).as(path).contains("上海市松江区人民政府信访办公室(本级)").contains("2024");
            }
            assertThat(page.select("a.skip-link[href=#main]")).as(path).hasSize(1);
            assertThat(page.getElementById("main")).as(path).isNotNull();
            assertThat(page.select("h1")).as(path).hasSize(1);
        }
    }

    @Test
    void everyPageCarriesTheGovernmentPortalMetaTags() {
        Document page = site.page("zh/projects/stability-fund.html");
        assertThat(page.select("meta[name]").eachAttr("name"))
                .contains("SiteName", "ColumnName", "ArticleTitle", "ContentSource");
        assertThat(page.selectFirst("meta[name=ArticleTitle]").attr("content")).isEqualTo("维稳基金");
        assertThat(page.selectFirst("meta[name=ContentSource]").attr("content")).isEqualTo("上海市松江区人民政府信访办公室(本级)");
    }

    @Test
    void everyRelativeLinkAndAssetResolvesToAFileOrAnAnchor() throws Exception {
        int checked = 0;
        for (String path : site.htmlPages()) {
            Document page = site.page(path);
            for (Element element : page.select("[href], [src]")) {
                String target = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                assertThat(target).as(path).doesNotStartWith("/").doesNotStartWith("http:").doesNotStartWith("//");
                if (target.startsWith("#")) {
                    assertThat(page.getElementById(target.substring(1))).as(path + " " + target).isNotNull();
                    continue;
                }
                URI resolved = site.output().resolve(path).toUri().resolve(target.replaceFirst("#.*$", ""));
                assertThat(Files.isRegularFile(Path.of(resolved))).as(path + " → " + target).isTrue();
                assertThat(Path.of(resolved).normalize()).startsWith(site.output());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void theLanguageLinkPairsEachPageWithItsCounterpart() {
        for (String path : site.htmlPages()) {
            if (!path.startsWith("zh/") && !path.startsWith("en/")) {
                continue;
            }
            Document page = site.page(path);
            Element link = page.selectFirst("a.lang-switch");
            String other = (path.startsWith("zh/") ? "en/" : "zh/") + path.substring(3);
            Path target = Path.of(site.output().resolve(path).toUri().resolve(link.attr("href")));
            assertThat(target).as(path).isEqualTo(site.output().resolve(other));
            assertThat(link.attr("hreflang")).isEqualTo(path.startsWith("zh/") ? "en" : "zh-CN");
            Document back = site.page(other);
            Path returned = Path.of(site.output().resolve(other).toUri().resolve(back.selectFirst("a.lang-switch").attr("href")));
            assertThat(returned).isEqualTo(site.output().resolve(path));
            assertThat(page.select("link[rel=alternate]").eachAttr("hreflang")).containsExactly("zh-CN", "en", "x-default");
        }
    }

    @Test
    void theSitemapListsEveryPageWithItsTranslations() {
        String sitemap = site.text("sitemap.xml");
        Document xml = org.jsoup.Jsoup.parse(sitemap, "", org.jsoup.parser.Parser.xmlParser());
        assertThat(xml.select("url > loc").eachText()).hasSize(18).contains("zh/index.html",
                "en/projects/stability-fund.html", "zh/indicators.html");
        assertThat(xml.select("url").first().select("xhtml|link")).hasSize(2);
    }

    @Test
    void theLandingPageOffersBothLanguagesWithoutARedirect() {
        Document landing = site.page("index.html");
        assertThat(landing.select("meta[http-equiv=refresh]")).isEmpty();
        assertThat(landing.select("script")).isEmpty();
        assertThat(landing.select(".language-card a.button").eachAttr("href")).containsExactly("zh/index.html", "en/index.html");
        assertThat(landing.select(".language-card").eachAttr("lang")).containsExactly("zh-CN", "en");
    }

    @Test
    void nothingReachesTheNetwork() {
        for (String path : site.htmlPages()) {
            String html = site.text(path);
            assertThat(html).as(path).doesNotContain("http://").doesNotContain("https://");
            // Scripts only from the site's own assets, never inline.
            for (org.jsoup.nodes.Element script : site.page(path).select("script")) {
                assertThat(script.attr("src")).as(path).matches("(\\.\\./)*assets/(search|indicators|site)\\.js");
                assertThat(script.data()).as(path).isEmpty();
            }
        }
        assertThat(site.text("assets/site.css")).doesNotContain("url(").doesNotContain("@import").doesNotContain("@font-face");
    }
}
