package org.gongkai.disclosure;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.testing.ContentFixture;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled Songjiang 2024 declaration: complete, correct to the fen, and its two known mistakes found. */
class SeedContentTest {

    private static final String DIR = "src/disclosure/projects/";

    @TempDir
    Path project;

    @Test
    void theSeedHasNoErrorsAndExactlyItsTwoKnownMistakesAsWarnings() {
        assertThat(ContentFixture.seed(project).check()).containsExactly(
                DIR + "04-return-and-stability.yaml:67:9: warning: the annual budget (年度预算安排) speaks of a budget "
                        + "for 2023, but this is the declaration for fiscal year 2024: \"2023 年本项目预算金额为 97 万元\"; "
                        + "is the year right? [budget-year]",
                DIR + "07-publicity-materials.yaml:60:9: warning: the annual budget (年度预算安排) speaks of a budget "
                        + "for 2023, but this is the declaration for fiscal year 2024: \"2023年本项目预算金额为15万元\"; is "
                        + "the year right? [budget-year]");
    }

    @Test
    void theWarningsReadInChineseToo() {
        assertThat(ContentFixture.seed(project).formatted(Language.ZH)).first().asString().isEqualTo(
                DIR + "04-return-and-stability.yaml:67:9: warning: 年度预算安排中写的是 2023 年的预算，但本申报表的预算年度为 "
                        + "2024 年：“2023 年本项目预算金额为 97 万元”；年份是否有误？ [budget-year]");
    }

    @Test
    void theSeedHoldsAllSevenProjectsAnd64IndicatorsTotalling4424484Point70() {
        List<Project> projects = ContentFixture.seed(project).load().projects();
        assertThat(projects).extracting(Project::id).containsExactly("non-establishment-staff",
                "national-research-topics", "third-party-professionals", "return-and-stability",
                "office-it-maintenance", "stability-fund", "publicity-materials");
        assertThat(projects).extracting(p -> p.indicators().size()).containsExactly(7, 7, 10, 11, 8, 11, 10);
        BigDecimal total = projects.stream().map(p -> p.annualFunds().total().yuan()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualTo(new BigDecimal("4424484.70"));
        assertThat(projects.get(5).funds().total().yuan()).isEqualTo(new BigDecimal("1012497.70"));
    }

    @Test
    void everySeedTextHasEnglish() {
        for (Project p : ContentFixture.seed(project).load().projects()) {
            assertThat(p.name().isTranslated()).as(p.id()).isTrue();
            assertThat(p.department().en()).isEqualTo("Petitions Office of the People's Government of Songjiang District, Shanghai");
            for (Indicator i : p.indicators()) {
                assertThat(i.name().isTranslated()).as(i.name().zh()).isTrue();
                assertThat(i.target().isTranslated()).as(i.target().written().zh()).isTrue();
            }
        }
    }

    @Test
    void aBrokenCopyOfASeedProjectGetsAllItsErrorsInOneRunWithTheirLines() {
        String file = "projects/06-stability-fund.yaml";
        var content = ContentFixture.seed(project)
                .replace(file, "id: stability-fund", "id: Stability Fund")
                .replace(file, "start: 2024-01-01", "start: 2024-02-30")
                .replace(file, "  fiscal: 1012497.70", "  fiscal: 1012497.07")
                .replace(file, "annual-funds:", "annual-fund:")
                .replace(file, "level2: 社会效益指标, name: {zh: 社会防控面影响力", "level2: 社会效应, name: {zh: 社会防控面影响力")
                .replace(file, "target: \"≥85.00(%)\"}", "target: \"≥85.00(%\"}");
        assertThat(content.check()).containsExactly(
                DIR + "04-return-and-stability.yaml:67:9: warning: the annual budget (年度预算安排) speaks of a budget "
                        + "for 2023, but this is the declaration for fiscal year 2024: \"2023 年本项目预算金额为 97 万元\"; "
                        + "is the year right? [budget-year]",
                DIR + "06-stability-fund.yaml:2:5: error: id (项目标识) \"Stability Fund\" may only contain a-z, 0-9 and "
                        + "single hyphens (it is used in web addresses); did you mean \"stability-fund\"? [id-format]",
                DIR + "06-stability-fund.yaml:8:8: error: start (计划开始日期) \"2024-02-30\" is not a date: February 2024 "
                        + "has 29 days [date-format]",
                DIR + "06-stability-fund.yaml:12:10: error: project funds total (项目资金总额) is 1,012,497.70 yuan, but "
                        + "fiscal funds + other funds (财政资金 + 其他资金) = 1,012,497.07 + 0.00 = 1,012,497.07 yuan; they "
                        + "differ by 0.63 yuan [funds-sum]",
                DIR + "06-stability-fund.yaml:15:1: error: unknown key \"annual-fund\"; did you mean annual-funds (年度资金)? "
                        + "[unknown-key]",
                DIR + "06-stability-fund.yaml:108:28: error: level-2 indicator (二级指标) \"社会效应\" is not allowed under "
                        + "\"效益指标\" in framework cn-mof-2021; allowed: 经济效益指标、社会效益指标、生态效益指标、可持续影响指标 "
                        + "[level2-parent]",
                DIR + "06-stability-fund.yaml:111:92: error: indicators.target (年度指标值) \"≥85.00(%\" starts like a "
                        + "number but cannot be read as a target. A target may be a number (≥85.00(%), =96(次), 1715人次), "
                        + "an amount (≤90万元), a range (85%-90%), a deadline (2024年12月31日前, 12月底前, 2024-06), a period "
                        + "(2023.07-2024.01, 2024年全年), a duration (30天内), or a word such as 提高 or 良好 [target-format]",
                DIR + "07-publicity-materials.yaml:60:9: warning: the annual budget (年度预算安排) speaks of a budget for "
                        + "2023, but this is the declaration for fiscal year 2024: \"2023年本项目预算金额为15万元\"; is the year "
                        + "right? [budget-year]");
    }
}
