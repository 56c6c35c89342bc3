package org.gongkai.disclosure.review;

import java.nio.file.Path;
import java.util.List;

import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published site shows each declaration's share of measurable targets, and, when {@code site.yaml} says
 * {@code review-summary: true}, the summary of the review of the declaration's own targets.
 */
class SiteReviewSummaryTest {

    @TempDir
    Path project;

    private ContentFixture site(String siteYaml) {
        ContentFixture content = ContentFixture.empty(project).write("site.yaml", siteYaml);
        String sample = ContentFixture.resource("fixtures/minimal/projects/01-sample.yaml");
        content.write("xfb-2024/projects/001.yaml", sample.replace("id: sample", "id: a"))
                .write("xfb-2024/projects/002.yaml", sample.replace("id: sample", "id: b"))
                .write("xfb-2024/declaration.yaml", """
                        fiscal-year: 2024
                        unit: {zh: 信访办公室, en: Petitions Office}
                        title: {zh: 财政支出项目绩效目标申报表, en: Performance targets}
                        """);
        return content;
    }

    private static List<List<String>> rows(Element table) {
        return table.select("tr").stream().map(tr -> tr.select("th, td").eachText()).toList();
    }

    @Test
    void theSummaryShowsTheDeclarationsFindingsByAspectInEachLanguage() {
        SiteFixture site = new SiteFixture(site("title: {zh: 示例区, en: Example}\nreview-summary: true\n")).generated();
        Document zh = site.page("zh/xfb-2024/index.html");
        assertThat(zh.select(".figure").stream().map(f -> f.select("dt, dd").eachText()).toList())
                .contains(List.of("可量化指标", "6 个（共 8 个指标）"));
        assertThat(zh.selectFirst("#review-heading").text()).isEqualTo("绩效目标审核提示");
        assertThat(rows(zh.selectFirst("table.review-summary"))).containsExactly(List.of("方面", "提示数"),
                List.of("细化量化", "2"), List.of("照搬雷同", "2"), List.of("空泛与不可能的目标", "2"), List.of("完整性", "0"),
                List.of("合计", "6 条（需关注 4 条，建议 2 条）"));
        Document en = site.page("en/xfb-2024/index.html");
        assertThat(rows(en.selectFirst("table.review-summary"))).containsExactly(List.of("Aspect", "Findings"),
                List.of("Measurability", "2"), List.of("Copied targets", "2"),
                List.of("Tautologies and impossibilities", "2"), List.of("Coverage", "0"),
                List.of("All findings", "6 (4 concern, 2 advice)"));
        assertThat(en.selectFirst("#review-heading + p").text()).startsWith("A first pass of the finance bureau's review");
    }

    @Test
    void withoutTheKeyTheSiteShowsOnlyTheShareOfMeasurableTargets() {
        SiteFixture site = new SiteFixture(site("title: {zh: 示例区, en: Example}\n")).generated();
        Document zh = site.page("zh/xfb-2024/index.html");
        assertThat(zh.select("#review-heading, table.review-summary")).isEmpty();
        assertThat(zh.select(".figure dt").eachText()).contains("可量化指标");
    }

    @Test
    void theSummaryFollowsReviewYamlAndItsMistakesStopThePublication() {
        ContentFixture content = site("title: {zh: 示例区, en: Example}\nreview-summary: true\n")
                .write("review.yaml", "rules:\n  copied-indicators: {enabled: false}\n");
        SiteFixture site = new SiteFixture(content).generated();
        assertThat(rows(site.page("zh/xfb-2024/index.html").selectFirst("table.review-summary")).get(2))
                .containsExactly("照搬雷同", "0");
        content.write("review.yaml", "rules:\n  copied-indicators: {enabled: off}\n  measurable-share: {minimum: 80}\n");
        site.generate();
        assertThat(rows(site.page("zh/xfb-2024/index.html").selectFirst("table.review-summary")).get(1))
                .containsExactly("细化量化", "4");
        content.write("review.yaml", "rules:\n  copied-indicator: {enabled: false}\n");
        var report = site.generate();
        assertThat(report.generated()).isFalse();
        assertThat(report.check().diagnostics()).extracting(d -> d.at() + " " + d.rule())
                .containsExactly("src/disclosure/review.yaml:2:3 unknown-key");
        assertThat(content.check()).containsExactly("src/disclosure/review.yaml:2:3: error: unknown review rule "
                + "\"copied-indicator\"; did you mean \"copied-indicators\"? [unknown-key]");
        assertThat(rows(site.page("zh/xfb-2024/index.html").selectFirst("table.review-summary")).get(1))
                .containsExactly("细化量化", "4");
    }

    @Test
    void aSiteOfOneDeclarationShowsTheSummaryToo() {
        ContentFixture content = ContentFixture.seed(project).write("site.yaml", "review-summary: true\n");
        Document zh = new SiteFixture(content).generated().page("zh/index.html");
        assertThat(zh.selectFirst("#review-heading").text()).isEqualTo("绩效目标审核提示");
        // The Songjiang projects that share their targets are found within the declaration.
        assertThat(rows(zh.selectFirst("table.review-summary")).get(2).get(0)).isEqualTo("照搬雷同");
        assertThat(Integer.parseInt(rows(zh.selectFirst("table.review-summary")).get(2).get(1))).isPositive();
    }

    @Test
    void aMistakeInReviewYamlStopsGenerateAsItStopsCheckWithoutTheSummaryToo() {
        ContentFixture content = site("title: {zh: 示例区, en: Example}\n")
                .write("review.yaml", "rules:\n  repeated-gol: {}\n");
        var report = new SiteFixture(content).generate();
        assertThat(report.generated()).isFalse();
        assertThat(report.check().diagnostics()).extracting(d -> d.at() + " " + d.rule())
                .containsExactly("src/disclosure/review.yaml:2:3 unknown-key");
    }

    @Test
    void aSummarySettingThatIsNotTrueOrFalseIsAnErrorAtItsPlace() {
        ContentFixture content = site("title: {zh: 示例区, en: Example}\nreview-summary: sometimes\n");
        assertThat(content.check()).containsExactly("src/disclosure/site.yaml:2:17: error: review-summary (绩效目标审核提示) "
                + "should be true/false, but is a text [value-kind]");
    }
}
