package org.gongkai.disclosure.render;

import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code draft: true}: a project or a declaration kept unpublished (until the budget is approved) is checked and
 * noted, shown by the preview with a band, and left out of the published site, its index, sitemap, downloads and
 * declared figures.
 */
class DraftsTest {

    private static final String DRAFT = "projects/02-new-hall.yaml";
    private static final String NOTE = "src/disclosure/" + DRAFT + ":2:8: note: the project is a draft (draft: true): "
            + "disclosure:serve shows it; disclosure:generate leaves it out of the site, its index, sitemap and "
            + "downloads, and out of the declared figures [draft]";

    @TempDir
    Path project;

    /** The minimal declaration (one project, 6万元) and a second project of 20,000.00 yuan marked draft. */
    private ContentFixture withDraftProject() {
        String sample = ContentFixture.resource("fixtures/minimal/projects/01-sample.yaml");
        return ContentFixture.minimal(project).write(DRAFT, sample
                .replace("id: sample\n", "id: new-hall\ndraft: true\n")
                .replace("{zh: 样例项目, en: Sample project}", "{zh: 新建大厅, en: New hall}")
                .replace("total: 60000.00", "total: 20000.00").replace("appropriation: 50000.00", "appropriation: 10000.00"));
    }

    @Test
    void aDraftProjectIsCheckedAndNotedButNotCountedInTheDeclaredFigures() {
        assertThat(withDraftProject().check()).containsExactly(NOTE);
        assertThat(withDraftProject().report().warnings()).isZero();
    }

    @Test
    void aDraftProjectIsCheckedLikeAnyOther() {
        var content = withDraftProject().replace(DRAFT, "fiscal: 80000.00", "fiscal: 80000.01");
        assertThat(content.check()).containsExactly(NOTE, "src/disclosure/" + DRAFT + ":11:10: error: project funds "
                + "total (项目资金总额) is 100,000.00 yuan, but fiscal funds + other funds (财政资金 + 其他资金) = "
                + "80,000.01 + 20,000.00 = 100,000.01 yuan; they differ by 0.01 yuan [funds-sum]");
    }

    @Test
    void theDeclaredCountLeavesDraftsOutAndSaysSo() {
        var content = withDraftProject().replace(ContentFixture.DECLARATION, "project-count: 1", "project-count: 2");
        assertThat(content.check()).containsExactly(
                "src/disclosure/declaration.yaml:5:18: error: the declared number of projects (编报绩效目标的项目个数) "
                        + "is 2, but the number of project files to publish is 1 (a difference of 1; 1 drafts are "
                        + "not counted) [declared-count]",
                NOTE);
    }

    @Test
    void generateLeavesADraftProjectOutOfThePagesTheIndexTheSitemapAndTheDownloads() {
        SiteFixture site = new SiteFixture(withDraftProject()).generated();
        assertThat(site.htmlPages()).containsExactly("404.html", "en/index.html", "en/indicators.html",
                "en/projects/sample.html", "index.html", "zh/index.html", "zh/indicators.html", "zh/projects/sample.html");
        Document index = site.page("en/index.html");
        assertThat(index.select("table.projects tbody tr th a, table.projects tbody tr td a").eachText())
                .containsExactly("Sample project");
        assertThat(index.select("table.projects tfoot td").eachText()).contains("60,000.00");
        assertThat(site.text("sitemap.xml")).doesNotContain("new-hall");
        assertThat(site.text("data/projects.csv")).doesNotContain("new-hall").doesNotContain("新建大厅");
        assertThat(site.text("data/indicators.csv")).doesNotContain("new-hall");
        assertThat(site.text("data/disclosure.json")).doesNotContain("new-hall");
        assertThat(site.page("en/projects/sample.html").select(".draft-band")).isEmpty();
    }

    @Test
    void thePreviewShowsADraftProjectWithABandOnEachOfItsPages() {
        SiteFixture site = new SiteFixture(withDraftProject()).preview().generated();
        assertThat(site.htmlPages()).contains("zh/projects/new-hall.html", "en/projects/new-hall.html");
        assertThat(site.page("en/projects/new-hall.html").select(".draft-band").text()).isEqualTo("Draft. This project "
                + "is marked draft: true; the preview shows it, but disclosure:generate leaves it out of the published site.");
        assertThat(site.page("zh/projects/new-hall.html").select(".draft-band").text()).isEqualTo("草稿。 本项目标记为 "
                + "draft: true（草稿）：预览中显示，disclosure:generate 发布网站时不包括本项目。");
        assertThat(site.page("en/projects/sample.html").select(".draft-band")).isEmpty();
        assertThat(site.page("en/index.html").select(".draft-band")).isEmpty();
        assertThat(site.text("data/projects.csv")).contains("new-hall");
    }

    @Test
    void aDraftDeclarationIsNotedAndNothingIsPublished() {
        var content = ContentFixture.minimal(project).replace(ContentFixture.DECLARATION, "fiscal-year: 2024\n",
                "fiscal-year: 2024\ndraft: true\n");
        assertThat(content.check()).containsExactly("src/disclosure/declaration.yaml:2:8: note: the declaration is a "
                + "draft (draft: true): disclosure:serve shows it; disclosure:generate leaves it out of the site [draft]");
        SiteFixture site = new SiteFixture(content);
        assertThat(site.generate().generated()).isFalse();
        assertThat(site.output()).doesNotExist();
        SiteFixture preview = new SiteFixture(content).preview().generated();
        assertThat(preview.page("zh/index.html").select(".draft-band").text()).isEqualTo("草稿。 本申报表标记为 "
                + "draft: true（草稿）：预览中显示，disclosure:generate 发布网站时不包括本申报表。");
        assertThat(preview.page("en/projects/sample.html").select(".draft-band").text()).startsWith(
                "Draft. This declaration is marked draft: true");
    }

    @Test
    void aDraftDeclarationIsLeftOutOfASiteOfSeveralAndOfTheOtherYearsLinks() {
        ContentFixture content = ContentFixture.empty(project);
        String sample = ContentFixture.resource("fixtures/minimal/projects/01-sample.yaml");
        String declaration = ContentFixture.resource("fixtures/minimal/declaration.yaml");
        content.write("xfb-2024/declaration.yaml", declaration);
        content.write("xfb-2024/projects/01-sample.yaml", sample);
        content.write("xfb-2025/declaration.yaml", declaration.replace("fiscal-year: 2024\n", "fiscal-year: 2025\ndraft: true\n"));
        content.write("xfb-2025/projects/01-sample.yaml", sample.replace("2024-", "2025-"));
        SiteFixture site = new SiteFixture(content).generated();
        assertThat(site.htmlPages()).containsExactly("404.html", "en/index.html", "en/xfb-2024/index.html",
                "en/xfb-2024/indicators.html", "en/xfb-2024/projects/sample.html", "index.html", "zh/index.html",
                "zh/xfb-2024/index.html", "zh/xfb-2024/indicators.html", "zh/xfb-2024/projects/sample.html");
        assertThat(site.page("en/xfb-2024/projects/sample.html").select(".other-years a")).isEmpty();
        SiteFixture preview = new SiteFixture(content).output(project.resolve("target/preview")).preview().generated();
        assertThat(preview.htmlPages()).contains("zh/xfb-2025/index.html");
        assertThat(preview.page("zh/xfb-2025/index.html").select(".draft-band")).hasSize(1);
        assertThat(preview.page("zh/xfb-2024/index.html").select(".draft-band")).isEmpty();
    }

    @Test
    void aDraftProjectInAnotherYearIsNotLinkedFromThePublishedYear() {
        ContentFixture content = ContentFixture.empty(project);
        String sample = ContentFixture.resource("fixtures/minimal/projects/01-sample.yaml");
        String declaration = ContentFixture.resource("fixtures/minimal/declaration.yaml");
        content.write("xfb-2024/declaration.yaml", declaration);
        content.write("xfb-2024/projects/01-sample.yaml", sample);
        content.write("xfb-2025/declaration.yaml", declaration.replace("2024", "2025").replace("project-count: 1", "project-count: 1"));
        content.write("xfb-2025/projects/01-other.yaml", sample.replace("2024-", "2025-").replace("id: sample", "id: other"));
        content.write("xfb-2025/projects/02-sample.yaml", sample.replace("2024-", "2025-").replace("id: sample\n", "id: sample\ndraft: true\n"));
        SiteFixture site = new SiteFixture(content).generated();
        assertThat(site.page("en/xfb-2024/projects/sample.html").select(".other-years a")).isEmpty();
        SiteFixture preview = new SiteFixture(content).output(project.resolve("target/preview")).preview().generated();
        assertThat(preview.page("en/xfb-2024/projects/sample.html").select(".other-years a").eachText())
                .containsExactly("Fiscal year 2025");
    }

    @Test
    void aDraftValueThatIsNotTrueOrFalseIsAnError() {
        var content = ContentFixture.minimal(project).replace(ContentFixture.PROJECT, "id: sample\n",
                "id: sample\ndraft: until approval\n");
        assertThat(content.check()).containsExactly("src/disclosure/projects/01-sample.yaml:2:8: error: draft (草稿) "
                + "should be true/false, but is a text [value-kind]");
    }

    @Test
    void aProjectKeptAsADraftThisYearIsNotSaidToBeGoneSinceLastYear() {
        ContentFixture content = ContentFixture.empty(project).write("site.yaml", "title: {zh: 示例区, en: Example}\n");
        String sample = ContentFixture.resource("fixtures/minimal/projects/01-sample.yaml");
        String declaration = ContentFixture.resource("fixtures/minimal/declaration.yaml");
        content.write("xfb-2023/declaration.yaml", declaration.replace("fiscal-year: 2024", "fiscal-year: 2023")
                .replace("project-count: 1", "project-count: 2").replace("total: 6万元", "total: 12万元"));
        content.write("xfb-2023/projects/01-sample.yaml", sample.replace("2024-", "2023-"));
        content.write("xfb-2023/projects/02-hall.yaml", sample.replace("2024-", "2023-").replace("id: sample", "id: hall"));
        content.write("xfb-2024/declaration.yaml", declaration);
        content.write("xfb-2024/projects/01-sample.yaml", sample);
        content.write("xfb-2024/projects/02-hall.yaml", sample.replace("id: sample", "id: hall\ndraft: true"));
        SiteFixture site = new SiteFixture(content).generated();
        assertThat(site.page("zh/xfb-2024/index.html").select(".compare-removed li")).as("still filed, as a draft")
                .isEmpty();
        assertThat(site.text("data/xfb-2024/changes.csv")).doesNotContain("hall");
    }
}
