package org.gongkai.disclosure.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.disclosure.engine.ConfigurationException;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.ReviewFixture;
import org.gongkai.disclosure.testing.SiteFixture;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where the report goes and what it may touch: a folder of its own, never the published site, never a file Gongkai did
 * not write; a report of several declarations, pages of a hundred projects, and hostile names shown as text.
 */
class ReviewOutputTest {

    @TempDir
    Path project;

    private static String sample(String id) {
        return ContentFixture.resource("fixtures/minimal/projects/01-sample.yaml").replace("id: sample", "id: " + id);
    }

    /** A single declaration of {@code count} sample projects. */
    private ContentFixture projects(int count) {
        ContentFixture content = ContentFixture.empty(project);
        for (int i = 1; i <= count; i++) {
            content.write("projects/" + String.format("%03d", i) + ".yaml", sample("p" + i));
        }
        return content.write("declaration.yaml", """
                fiscal-year: 2024
                unit: {zh: 样例局, en: Sample Bureau}
                title: {zh: 财政支出项目绩效目标申报表, en: Performance targets}
                """);
    }

    @Test
    void aLongDeclarationIsSplitIntoPagesOfAHundredProjects() {
        ReviewFixture review = new ReviewFixture(projects(150));
        review.review();
        Document first = review.page("zh/index.html");
        assertThat(first.select(".review-project")).hasSize(100);
        assertThat(first.select("#projects-heading + .lede").text()).isEqualTo("第 1–100 个项目，共 150 个");
        assertThat(first.select(".page-links a").eachAttr("href")).containsExactly("page-2.html", "page-2.html");
        Document second = review.page("zh/page-2.html");
        assertThat(second.select(".review-project h3").first().text()).isEqualTo("样例项目");
        assertThat(second.select(".review-project")).hasSize(50);
        assertThat(second.select(".review-facts").first().text()).startsWith("src/disclosure/projects/101.yaml · 标识 p101");
        assertThat(second.select(".breadcrumbs li").eachText()).containsExactly("审核报告", "第 2 页");
        assertThat(second.select(".breadcrumbs a").eachAttr("href")).containsExactly("../zh/index.html");
        assertThat(second.selectFirst("a.lang-switch").attr("href")).isEqualTo("../en/page-2.html");
        assertThat(review.page("en/page-2.html").select(".review-project")).hasSize(50);
    }

    @Test
    void aReportOfSeveralDeclarationsHasATableOfUnitsAndAPageForEach() {
        ContentFixture content = ContentFixture.empty(project).write("site.yaml", "title: {zh: 示例区, en: Example}\n");
        for (String[] unit : new String[][] {{"jyj-2024", "教育局", "Education Bureau"}, {"xfb-2024", "信访办", "Petitions"}}) {
            content.write(unit[0] + "/projects/001.yaml", sample("a")).write(unit[0] + "/declaration.yaml", """
                    fiscal-year: 2024
                    unit: {zh: %s, en: %s}
                    title: {zh: 财政支出项目绩效目标申报表, en: Performance targets}
                    """.formatted(unit[1], unit[2]));
        }
        ReviewFixture review = new ReviewFixture(content);
        review.review();
        Document index = review.page("zh/index.html");
        assertThat(index.select(".review-units thead th").eachText()).containsExactly("单位", "年度", "项目", "可量化",
                "细化量化", "照搬雷同", "空泛与不可能的目标", "完整性", "意见合计", "检查错误");
        assertThat(index.select(".review-units tbody tr").stream().map(tr -> tr.select("th, td").eachText()).toList())
                .containsExactly(List.of("教育局", "2024", "1", "75.00%", "1", "1", "1", "0", "3", "0"),
                        List.of("信访办", "2024", "1", "75.00%", "1", "1", "1", "0", "3", "0"));
        assertThat(index.select(".review-units tfoot").first().select("th, td").stream().map(c -> c.text()).toList())
                .containsExactly("全部单位", "", "2", "75.00%", "2", "2", "2", "0", "6", "0");
        assertThat(index.select(".review-units tbody a").eachAttr("href")).containsExactly("jyj-2024/index.html",
                "xfb-2024/index.html");
        assertThat(index.select(".review-project")).isEmpty();
        Document unit = review.page("zh/xfb-2024/index.html");
        assertThat(unit.selectFirst("h1").text()).isEqualTo("信访办 2024");
        assertThat(unit.select(".breadcrumbs li").eachText()).containsExactly("审核报告", "信访办 2024");
        assertThat(unit.select(".breadcrumbs a").eachAttr("href")).containsExactly("../../zh/index.html");
        assertThat(unit.selectFirst("a.lang-switch").attr("href")).isEqualTo("../../en/xfb-2024/index.html");
        assertThat(unit.select(".figure dd").eachText()).containsExactly("1", "3 个（共 4 个指标，75.00%）",
                "3 条（需关注 2 条，建议 1 条）");
        assertThat(unit.select(".review-findings tbody th code").eachText()).containsExactly(
                "copied-across-units", "cost-without-amount", "satisfaction-without-survey");
        assertThat(review.page("en/jyj-2024/index.html").selectFirst("h1").text()).isEqualTo("Education Bureau 2024");
    }

    @Test
    void namesAreShownAsTextAndCellsThatLookLikeFormulasAreGuarded() throws IOException {
        ContentFixture content = ContentFixture.minimal(project)
                .replace(ContentFixture.PROJECT, "{zh: 样例项目, en: Sample project}",
                        "{zh: \"<script>alert(1)</script>\", en: \"<img src=x onerror=alert(1)>\"}")
                .replace(ContentFixture.PROJECT, "{zh: 成本控制, en: Cost control}",
                        "{zh: \"=HYPERLINK(\\\"http://example.com\\\")\", en: \"@SUM(A1)\"}");
        ReviewFixture review = new ReviewFixture(content);
        review.review();
        Document zh = review.page("zh/index.html");
        assertThat(zh.selectFirst(".review-project h3").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(zh.select("script, img")).isEmpty();
        assertThat(review.page("en/index.html").selectFirst(".review-project h3").text())
                .isEqualTo("<img src=x onerror=alert(1)>");
        String csv = Files.readString(review.output().resolve("findings.csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://example.com\"\")\",'@SUM(A1),");
        assertThat(Files.readString(review.output().resolve("projects.csv"), StandardCharsets.UTF_8))
                .contains(",<script>alert(1)</script>,");
    }

    @Test
    void aRerunReplacesTheReportDeletesItsOldPagesAndLeavesOtherFilesAlone() throws IOException {
        ContentFixture content = projects(150);
        ReviewFixture review = new ReviewFixture(content);
        review.review();
        assertThat(review.output().resolve("zh/page-2.html")).exists();
        Files.writeString(review.output().resolve("notes.txt"), "the bureau's own notes");
        for (int i = 4; i <= 150; i++) {
            Files.delete(content.file("projects/" + String.format("%03d", i) + ".yaml"));
        }
        review.review();
        assertThat(review.output().resolve("zh/page-2.html")).doesNotExist();
        assertThat(review.page("zh/index.html").select(".review-project")).hasSize(3);
        assertThat(review.output().resolve("notes.txt")).hasContent("the bureau's own notes");
    }

    @Test
    void aFileTheReportNeedsButGongkaiDidNotWriteIsNeverOverwritten() throws IOException {
        ReviewFixture review = new ReviewFixture(projects(1));
        Files.createDirectories(review.output());
        Files.writeString(review.output().resolve("findings.csv"), "the bureau's own table");
        assertThatThrownBy(review::reviewOrThrow).isInstanceOf(ConfigurationException.class).hasMessage(
                "The review folder target/disclosure-review holds files and was not written by Gongkai; nothing there is "
                        + "touched. Choose another disclosure.reviewDirectory, or empty the folder");
        assertThat(review.output().resolve("findings.csv")).hasContent("the bureau's own table");
        review.output().resolve("findings.csv").toFile().delete();
        review.review();
        Files.delete(review.output().resolve("zh/index.html"));
        Files.writeString(review.output().resolve("zh/index.html"), "mine now");
        review.review();
        assertThat(review.page("zh/index.html").selectFirst("h1").text()).isEqualTo("绩效目标审核报告");
    }

    @Test
    void theReviewIsNeverWrittenIntoThePublishedSite() {
        ContentFixture content = ContentFixture.minimal(project);
        SiteFixture site = new SiteFixture(content).generated();
        var before = site.tree();
        assertThatThrownBy(() -> new org.gongkai.disclosure.engine.Engine(content.settings(), line -> { })
                .review(site.output())).isInstanceOf(ConfigurationException.class)
                .hasMessage("target/disclosure holds a published site; the review must be written to a folder of its "
                        + "own (disclosure.reviewDirectory)");
        assertThat(site.tree()).containsOnlyKeys(before.keySet());
        assertThat(site.tree().get("zh/index.html")).isEqualTo(before.get("zh/index.html"));
    }

    @Test
    void theReviewIsNeverWrittenInsideThePublishedSiteWhereItWouldBePublishedWithIt() {
        ContentFixture content = ContentFixture.minimal(project)
                .write("projects/02-secret.yaml", ContentFixture.resource("fixtures/minimal/projects/01-sample.yaml")
                        .replace("id: sample", "id: secret\ndraft: true"));
        SiteFixture site = new SiteFixture(content).generated();
        var before = site.tree();
        assertThatThrownBy(() -> new org.gongkai.disclosure.engine.Engine(content.settings(), line -> { })
                .review(site.output().resolve("review"))).isInstanceOf(ConfigurationException.class)
                .hasMessage("The review folder target/disclosure/review is inside target/disclosure, a folder Gongkai "
                        + "wrote (a published site or a review): a review there would be published with it. Write it to "
                        + "a folder of its own (the default is target/disclosure-review)");
        assertThat(site.output().resolve("review")).doesNotExist();
        assertThat(site.tree()).containsOnlyKeys(before.keySet());
    }

    @Test
    void theReviewFollowsNoLinkOutOfTheProject(@TempDir Path outside) throws IOException {
        ContentFixture content = ContentFixture.minimal(project);
        Path link = Files.createDirectories(project.resolve("target")).resolve("elsewhere");
        Files.createSymbolicLink(link, outside);
        assertThatThrownBy(() -> new org.gongkai.disclosure.engine.Engine(content.settings(), line -> { })
                .review(link.resolve("review"))).isInstanceOf(ConfigurationException.class)
                .hasMessage("The review folder target/elsewhere/review is reached through a symbolic link that leads "
                        + "out of the project, to " + outside.toRealPath().resolve("review") + "; Gongkai follows no "
                        + "link out of the project. Give the folder itself as disclosure.reviewDirectory");
        try (var files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theSiteIsNeverGeneratedOverTheReview() {
        ContentFixture content = ContentFixture.minimal(project);
        ReviewFixture review = new ReviewFixture(content);
        review.review();
        SiteFixture site = new SiteFixture(content).output(review.output());
        assertThatThrownBy(site::generateOrThrow).isInstanceOf(ConfigurationException.class)
                .hasMessage("The output folder target/disclosure-review holds the finance bureau's review "
                        + "(disclosure:review), not a site; write the site to a folder of its own (the default is "
                        + "target/disclosure)");
        assertThat(review.output().resolve("findings.csv")).isRegularFile();
    }

    @Test
    void theReviewIsNeverWrittenIntoTheContent() {
        ContentFixture content = ContentFixture.minimal(project);
        assertThatThrownBy(() -> new org.gongkai.disclosure.engine.Engine(content.settings(), line -> { })
                .review(content.contentDir().resolve("review"))).isInstanceOf(ConfigurationException.class)
                .hasMessage("The review folder src/disclosure/review overlaps src/disclosure; the review must be written "
                        + "to a folder of its own, outside the content (the default is target/disclosure-review)");
        assertThat(content.contentDir().resolve("review")).doesNotExist();
    }

    @Test
    void contentWithErrorsIsReviewedAsFarAsItCanBeRead() {
        ContentFixture content = ContentFixture.minimal(project)
                .replace(ContentFixture.PROJECT, "fiscal: 80000.00", "fiscal: 80000.01");
        ReviewFixture review = new ReviewFixture(content);
        var outcome = review.review();
        assertThat(outcome.check().errors()).isEqualTo(1);
        assertThat(outcome.written()).isTrue();
        assertThat(review.findings()).hasSize(2);
        assertThat(review.page("zh/index.html").select(".review-note").eachText()).containsExactly(
                "检查发现本申报表的文件中有 1 个错误；审核只涉及能读取的内容（运行 mvn disclosure:check 查看）。");
        assertThat(review.page("zh/index.html").select(".figure").last().text()).isEqualTo("检查发现的错误 1");
        assertThat(review.log()).last().isEqualTo("The check found 1 errors; the review covers what could be read");
    }
}
