package org.gongkai.disclosure.review;

import java.nio.file.Path;
import java.util.List;

import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.ReviewFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules that compare projects: copies within a unit, across units, and targets kept from last year. */
class ReviewComparisonsTest {

    @TempDir
    Path project;

    /** The minimal sample, clean for the review (a cost ceiling, a survey named), as project {@code id}. */
    private static String sample(String id, String name, int year, String annual) {
        return ContentFixture.resource("fixtures/minimal/projects/01-sample.yaml")
                .replace("2024-", year + "-")
                .replace("id: sample", "id: " + id)
                .replace("{zh: 样例项目, en: Sample project}", "{zh: " + name + ", en: " + id + "}")
                .replace("total: 100000.00", "total: " + annual).replace("fiscal: 80000.00", "fiscal: " + annual)
                .replace("other: 20000.00", "other: 0.00")
                .replace("total: 60000.00\n  appropriation: 50000.00\n  carryover: 10000.00",
                        "total: " + annual + "\n  appropriation: " + annual + "\n  carryover: 0.00")
                .replace("target: 良好", "target: \"≤6万元\"")
                .replace("name: {zh: 满意度, en: Satisfaction}", "name: {zh: 问卷调查满意度, en: Satisfaction}");
    }

    private static void declaration(ContentFixture content, String folder, String unit, int year, String... projects) {
        for (int i = 0; i < projects.length; i++) {
            content.write(folder + "/projects/" + String.format("%03d", i + 1) + ".yaml", projects[i]);
        }
        content.write(folder + "/declaration.yaml", """
                fiscal-year: %d
                unit: {zh: %s, en: %s}
                title: {zh: 财政支出项目绩效目标申报表, en: Performance targets}
                """.formatted(year, unit, folder));
    }

    private ContentFixture site() {
        return ContentFixture.empty(project).write("site.yaml", "title: {zh: 示例区, en: Example District}\n");
    }

    private static List<String> findings(ContentFixture content) {
        assertThat(content.check()).isEmpty();
        return new ReviewFixture(content).findings();
    }

    @Test
    void projectsOfOneUnitWithTheSameFiguresAreCopiesWhateverTheirWords() {
        var content = site();
        declaration(content, "xfb-2024", "信访办公室", 2024,
                sample("a", "甲项目", 2024, "60000.00"),
                sample("b", "乙项目", 2024, "60000.00").replace("target: \"≥100(人次)\"}", "target: \"≥100(人次)\"}\n"
                        + "  - {level1: 效益指标, level2: 社会效益指标, name: {zh: 社会影响, en: Influence}, target: 提高}"),
                sample("c", "丙项目", 2024, "60000.00").replace("≥85%", "≥86%"));
        assertThat(findings(content)).containsExactly(
                "src/disclosure/xfb-2024/projects/001.yaml:22:3: concern: the project's 4 measurable targets (names and "
                        + "figures) are the same as those of 乙项目 (002.yaml); were they set for this project? "
                        + "[copied-indicators]",
                "src/disclosure/xfb-2024/projects/002.yaml:22:3: concern: the project's 4 measurable targets (names and "
                        + "figures) are the same as those of 甲项目 (001.yaml); were they set for this project? "
                        + "[copied-indicators]");
    }

    @Test
    void projectsWithTooFewFiguresAreComparedByAllTheirTargets() {
        String words = "target: \"≤6万元\"|target: \"≥100(人次)\"|target: \"≥85%\"|target: \"≥90.00(%)\"";
        var content = site();
        String a = sample("a", "甲项目", 2024, "60000.00");
        for (String numeric : words.split("\\|")) {
            a = a.replace(numeric, "target: 良好");
        }
        declaration(content, "xfb-2024", "信访办公室", 2024, a, a.replace("id: a", "id: b").replace("甲项目", "乙项目"),
                a.replace("id: a", "id: c").replace("甲项目", "丙项目").replace("{zh: 知晓率, en: Awareness}, target: 良好",
                        "{zh: 知晓率, en: Awareness}, target: 提高"));
        assertThat(findings(content)).filteredOn(f -> f.contains("[copied-indicators]")).containsExactly(
                "src/disclosure/xfb-2024/projects/001.yaml:22:3: concern: the project's 4 indicators (names and "
                        + "targets) are the same as those of 乙项目 (002.yaml); were they set for this project? "
                        + "[copied-indicators]",
                "src/disclosure/xfb-2024/projects/002.yaml:22:3: concern: the project's 4 indicators (names and "
                        + "targets) are the same as those of 甲项目 (001.yaml); were they set for this project? "
                        + "[copied-indicators]");
    }

    @Test
    void aLargeGroupNamesThreeOthersAndCountsTheRest() {
        var content = site();
        String[] projects = new String[5];
        for (int i = 0; i < projects.length; i++) {
            projects[i] = sample("p" + i, "项目" + i, 2024, "60000.00");
        }
        declaration(content, "xfb-2024", "信访办公室", 2024, projects);
        assertThat(findings(content)).first().isEqualTo("src/disclosure/xfb-2024/projects/001.yaml:22:3: concern: the "
                + "project's 4 measurable targets (names and figures) are the same as those of 项目1 (002.yaml), 项目2 "
                + "(003.yaml), 项目3 (004.yaml) and 1 more; were they set for this project? [copied-indicators]");
        assertThat(findings(content)).hasSize(5);
    }

    @Test
    void projectsOfDifferentUnitsWithTheSameFiguresAreCopiesAcrossUnits() {
        var content = site();
        declaration(content, "jyj-2024", "教育局", 2024, sample("a", "教育项目", 2024, "60000.00"));
        declaration(content, "xfb-2024", "信访办公室", 2024, sample("a", "信访项目", 2024, "60000.00"),
                sample("b", "另一项目", 2024, "60000.00").replace("≥85%", "≥86%"));
        assertThat(findings(content)).containsExactly(
                "src/disclosure/jyj-2024/projects/001.yaml:22:3: concern: the project's 4 measurable targets (names and "
                        + "figures) are the same as those of 信访项目 (xfb-2024/projects/001.yaml), of another unit; were "
                        + "they set for this project? [copied-across-units]",
                "src/disclosure/xfb-2024/projects/001.yaml:22:3: concern: the project's 4 measurable targets (names and "
                        + "figures) are the same as those of 教育项目 (jyj-2024/projects/001.yaml), of another unit; were "
                        + "they set for this project? [copied-across-units]");
    }

    @Test
    void targetsKeptFromLastYearWhileTheFundsChangedByAThirdAreReported() {
        var content = site();
        declaration(content, "xfb-2023", "信访办公室", 2023, sample("a", "信访项目", 2023, "60000.00"));
        declaration(content, "xfb-2024", "信访办公室", 2024, sample("a", "信访项目", 2024, "80000.00"));
        assertThat(findings(content)).containsExactly("src/disclosure/xfb-2024/projects/001.yaml:22:3: concern: the "
                + "project's 4 indicators and targets are those of 2023 (src/disclosure/xfb-2023/projects/001.yaml), "
                + "but its annual funds went from 60,000.00 to 80,000.00 yuan (+33.33%, more than 20%); do the targets "
                + "still fit the budget? [unchanged-targets]");
    }

    @Test
    void targetsKeptFromLastYearWithFundsWithinTheThresholdOrChangedTargetsAreNot() {
        var content = site();
        declaration(content, "xfb-2023", "信访办公室", 2023, sample("a", "信访项目", 2023, "60000.00"),
                sample("b", "另一项目", 2023, "60000.00").replace("≥85%", "≥86%"));
        declaration(content, "xfb-2024", "信访办公室", 2024, sample("a", "信访项目", 2024, "72000.00"),
                sample("b", "另一项目", 2024, "120000.00").replace("≥85%", "≥90%"));
        assertThat(findings(content)).isEmpty();
    }

    @Test
    void aFundsCutIsAChangeToo() {
        var content = site();
        declaration(content, "xfb-2023", "信访办公室", 2023, sample("a", "信访项目", 2023, "60000.00"));
        declaration(content, "xfb-2024", "信访办公室", 2024, sample("a", "信访项目", 2024, "30000.00"));
        assertThat(findings(content)).singleElement().asString().contains("from 60,000.00 to 30,000.00 yuan (-50.00%, "
                + "more than 20%)");
    }

    @Test
    void targetsKeptFromAYearWithoutFundsAreReportedWithoutAPercentage() {
        var content = site();
        declaration(content, "xfb-2023", "信访办公室", 2023, sample("a", "信访项目", 2023, "0.00"));
        declaration(content, "xfb-2024", "信访办公室", 2024, sample("a", "信访项目", 2024, "60000.00"));
        assertThat(findings(content)).containsExactly("src/disclosure/xfb-2024/projects/001.yaml:22:3: concern: the "
                + "project's 4 indicators and targets are those of 2023 (src/disclosure/xfb-2023/projects/001.yaml), "
                + "but its annual funds went from 0.00 to 60,000.00 yuan; do the targets still fit the budget? "
                + "[unchanged-targets]");
    }
}
