package org.gongkai.disclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.check.TranslationPolicy;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;

/** A project id that names a project of another name last year: the comparison says so, on the page and in the data. */
class RenamedProjectTest {

    @TempDir
    Path project;

    @Test
    void theComparisonNamesLastYearsProjectOfTheSameId() {
        String sample = ContentFixture.resource("fixtures/minimal/projects/01-sample.yaml");
        String declaration = ContentFixture.resource("fixtures/minimal/declaration.yaml");
        ContentFixture content = ContentFixture.empty(project)
                .write("site.yaml", "title: {zh: 示例区, en: Example District}\n")
                .write("xfb-2023/declaration.yaml", declaration.replace("fiscal-year: 2024", "fiscal-year: 2023"))
                .write("xfb-2023/projects/01.yaml", sample.replace("2024-", "2023-")
                        .replace("{zh: 样例项目, en: Sample project}", "{zh: 丙项目印刷, en: Printing}"))
                .write("xfb-2024/declaration.yaml", declaration)
                .write("xfb-2024/projects/01.yaml", sample);
        SiteFixture site = new SiteFixture(content).generated();
        assertThat(site.page("zh/xfb-2024/projects/sample.html").selectFirst(".changes-renamed").text())
                .isEqualTo("2023年度同一标识的项目名为“丙项目印刷”：是否同一项目？");
        assertThat(site.page("en/xfb-2024/projects/sample.html").selectFirst(".changes-renamed").text())
                .isEqualTo("In fiscal year 2023 the project of this id was named “Printing”: is it the same project?");
        assertThat(site.text("data/xfb-2024/changes.csv").lines().filter(line -> line.contains("name_changed")))
                .singleElement().asString().contains(",丙项目印刷,样例项目,");
        // Last year's page knows nothing of it: the same project next year is compared there, not here.
        assertThat(site.page("zh/xfb-2023/projects/sample.html").select(".changes-renamed")).isEmpty();
    }

    @Test
    void namesWithoutEnglishAreMarkedAsChineseInTheComparisonAndTheIndicatorsOfAnEnglishPage() {
        String sample = ContentFixture.resource("fixtures/minimal/projects/01-sample.yaml");
        String declaration = ContentFixture.resource("fixtures/minimal/declaration.yaml")
                .replace("project-count: 1", "project-count: 2").replace("total: 6万元", "total: 12万元");
        String chineseOnly = sample.replace("id: sample", "id: hall").replace("{zh: 样例项目, en: Sample project}",
                "{zh: 只有中文的项目}");
        ContentFixture content = ContentFixture.empty(project).translations(TranslationPolicy.WARN)
                .write("site.yaml", "title: {zh: 示例区, en: Example District}\n")
                .write("xfb-2023/declaration.yaml", declaration.replace("fiscal-year: 2024", "fiscal-year: 2023"))
                .write("xfb-2023/projects/01.yaml", sample.replace("2024-", "2023-"))
                .write("xfb-2023/projects/02.yaml", chineseOnly.replace("2024-", "2023-"))
                .write("xfb-2024/declaration.yaml", declaration)
                .write("xfb-2024/projects/01.yaml", sample)
                .write("xfb-2024/projects/02.yaml", chineseOnly.replace("id: hall", "id: new-hall"));
        SiteFixture site = new SiteFixture(content).generated();
        var index = site.page("en/xfb-2024/index.html");
        assertThat(index.select(".compare-removed li a span[lang=zh-CN]").eachText()).containsExactly("只有中文的项目");
        assertThat(index.select(".compare-added li a span[lang=zh-CN]").eachText()).containsExactly("只有中文的项目");
        assertThat(index.select("p.answer span[lang=zh-CN]").eachText()).containsExactly("只有中文的项目");
        assertThat(index.selectFirst("p.answer").text()).contains("Sample project (").contains("只有中文的项目 (");
        var indicators = site.page("en/xfb-2024/indicators.html");
        assertThat(indicators.select("table.all-indicators td a span[lang=zh-CN]").eachText()).contains("只有中文的项目");
    }
}
