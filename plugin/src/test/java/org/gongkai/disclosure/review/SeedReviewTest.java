package org.gongkai.disclosure.review;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.ReviewFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review of the bundled Songjiang 2024 filing lists its real findings: the three projects that share their
 * figures (=96 约谈, =5 例会, =100% 及时, ≥85% 满意度), the year's goal repeating the overall goal in five of seven
 * projects, the 2023 budget texts of projects 4 and 7, the projects whose benefit indicators are all qualitative, and
 * what every project's 成本控制: 良好 and 100% on time leave unmeasured.
 */
class SeedReviewTest {

    private static final String P = "src/disclosure/projects/";

    @TempDir
    static Path project;

    private static ReviewFixture review;

    @BeforeAll
    static void reviewTheSeed() {
        review = new ReviewFixture(ContentFixture.seed(project));
        review.review();
    }

    private static List<String> of(String rule) {
        return review.findings().stream().filter(f -> f.endsWith(" [" + rule + "]")).toList();
    }

    @Test
    void theThreeProjectsThatShareTheirFiguresAreCopies() {
        assertThat(of("copied-indicators")).containsExactly(
                P + "03-third-party-professionals.yaml:103:3: concern: the project's 4 measurable targets (names and "
                        + "figures) are the same as those of 劝返稳控经费 (04-return-and-stability.yaml), 维稳基金 "
                        + "(06-stability-fund.yaml); were they set for this project? [copied-indicators]",
                P + "04-return-and-stability.yaml:95:3: concern: the project's 4 measurable targets (names and figures) "
                        + "are the same as those of 律师、心理咨询师等第三方社会力量 (03-third-party-professionals.yaml), "
                        + "维稳基金 (06-stability-fund.yaml); were they set for this project? [copied-indicators]",
                P + "06-stability-fund.yaml:101:3: concern: the project's 4 measurable targets (names and figures) are "
                        + "the same as those of 律师、心理咨询师等第三方社会力量 (03-third-party-professionals.yaml), "
                        + "劝返稳控经费 (04-return-and-stability.yaml); were they set for this project? [copied-indicators]");
        assertThat(of("copied-across-units")).isEmpty();
    }

    @Test
    void theYearsGoalRepeatsTheOverallGoalWordForWordInFiveOfSevenProjects() {
        String reason = ": advice: the goal for this year (年度总体目标) repeats the overall goal (项目总目标) word for "
                + "word; say what this year's funds will achieve [repeated-goal]";
        assertThat(of("repeated-goal")).containsExactly(
                P + "03-third-party-professionals.yaml:83:9" + reason,
                P + "04-return-and-stability.yaml:84:9" + reason,
                P + "05-office-it-maintenance.yaml:52:9" + reason,
                P + "06-stability-fund.yaml:86:9" + reason,
                P + "07-publicity-materials.yaml:73:9" + reason);
    }

    @Test
    void theBudgetTextsOfProjects4And7State2023AsTheCheckSays() {
        assertThat(of("budget-year")).containsExactly(
                P + "04-return-and-stability.yaml:67:9: concern: the annual budget (年度预算安排) speaks of a budget for "
                        + "2023, but this is the declaration for fiscal year 2024: \"2023 年本项目预算金额为 97 万元\"; is the "
                        + "year right? [budget-year]",
                P + "07-publicity-materials.yaml:60:9: concern: the annual budget (年度预算安排) speaks of a budget for "
                        + "2023, but this is the declaration for fiscal year 2024: \"2023年本项目预算金额为15万元\"; is the "
                        + "year right? [budget-year]");
    }

    @Test
    void fiveProjectsHaveOnlyQualitativeBenefitIndicatorsAndNoneOnlyQualitativeQuantities() {
        String shared = "社会防控面影响力 (提高), 社会秩序 (改善), 信访信息及时完成率 (及时)";
        String start = ": concern: every benefit indicator (效益指标) of the project is qualitative: ";
        String end = "; none states a figure it can be checked against [qualitative-only]";
        assertThat(of("qualitative-only")).containsExactly(
                P + "01-non-establishment-staff.yaml:84:5" + start + "社会面防控影响力 (提高)" + end,
                P + "02-national-research-topics.yaml:75:5" + start + "课题研究成果 (良好), 社会面防控影响力 (提高)" + end,
                P + "03-third-party-professionals.yaml:109:5" + start + shared + end,
                P + "04-return-and-stability.yaml:102:5" + start + shared + end,
                P + "06-stability-fund.yaml:108:5" + start + shared + end);
    }

    @Test
    void fiveProjectsMeasureLessThanHalfOfTheirTargets() {
        String end = ", below the minimum of 50%; state the others as figures where they can be [measurable-share]";
        assertThat(of("measurable-share")).containsExactly(
                P + "01-non-establishment-staff.yaml:79:3: advice: only 3 of the project's 7 targets can be measured "
                        + "(a number, a deadline or a range): 42.86%" + end,
                P + "02-national-research-topics.yaml:71:3: advice: only 3 of the project's 7 targets can be measured "
                        + "(a number, a deadline or a range): 42.86%" + end,
                P + "03-third-party-professionals.yaml:103:3: advice: only 4 of the project's 10 targets can be "
                        + "measured (a number, a deadline or a range): 40.00%" + end,
                P + "04-return-and-stability.yaml:95:3: advice: only 4 of the project's 11 targets can be measured "
                        + "(a number, a deadline or a range): 36.36%" + end,
                P + "06-stability-fund.yaml:101:3: advice: only 4 of the project's 11 targets can be measured "
                        + "(a number, a deadline or a range): 36.36%" + end);
    }

    @Test
    void everyProjectsCostControlIsGoodWithoutAnAmount() {
        String start = ": concern: the cost indicator \"成本控制\" has the target \"良好\", which states no amount; state "
                + "the cost the project must keep within (e.g. ≤";
        String end = " yuan, this year's funds) [cost-without-amount]";
        assertThat(of("cost-without-amount")).containsExactly(
                P + "01-non-establishment-staff.yaml:79:80" + start + "1,859,441.00" + end,
                P + "02-national-research-topics.yaml:71:80" + start + "100,000.00" + end,
                P + "03-third-party-professionals.yaml:103:80" + start + "254,000.00" + end,
                P + "04-return-and-stability.yaml:95:80" + start + "970,000.00" + end,
                P + "05-office-it-maintenance.yaml:58:80" + start + "78,546.00" + end,
                P + "06-stability-fund.yaml:101:80" + start + "1,012,497.70" + end,
                P + "07-publicity-materials.yaml:82:80" + start + "150,000.00" + end);
    }

    @Test
    void sixTimelinessTargetsAsk100PercentWithoutADeadline() {
        String end = "\" but names no deadline; until \"on time\" is defined (e.g. within 5 working days), 100% on time "
                + "cannot fail [timeliness-without-deadline]";
        assertThat(of("timeliness-without-deadline")).containsExactly(
                P + "01-non-establishment-staff.yaml:83:103: advice: the timeliness indicator \"群众来访接待及时性\" asks "
                        + "for \"=100.00(%)" + end,
                P + "02-national-research-topics.yaml:74:97: advice: the timeliness indicator \"课题研究开展及时性\" asks "
                        + "for \"≥100.00(%)" + end,
                P + "03-third-party-professionals.yaml:108:111: advice: the timeliness indicator \"维稳工作开展及时性\" "
                        + "asks for \"=100.00(%)" + end,
                P + "04-return-and-stability.yaml:101:111: advice: the timeliness indicator \"维稳工作开展及时性\" asks "
                        + "for \"=100.00(%)" + end,
                P + "06-stability-fund.yaml:107:111: advice: the timeliness indicator \"维稳工作开展及时性\" asks for "
                        + "\"=100.00(%)" + end,
                P + "07-publicity-materials.yaml:86:112: advice: the timeliness indicator \"信访宣传活动开展及时率\" asks "
                        + "for \"=100.00(%)" + end);
    }

    @Test
    void noProjectNamesTheSurveyBehindItsSatisfactionRate() {
        String end = " is in a project that names no survey; say how satisfaction will be measured (e.g. a "
                + "questionnaire of those served) [satisfaction-without-survey]";
        assertThat(of("satisfaction-without-survey")).containsExactly(
                P + "01-non-establishment-staff.yaml:85:100: advice: the satisfaction indicator \"群众信访满意度\" "
                        + "(≥85.00(%))" + end,
                P + "02-national-research-topics.yaml:77:100: advice: the satisfaction indicator \"群众信访满意度\" "
                        + "(提高)" + end,
                P + "03-third-party-professionals.yaml:112:92: advice: the satisfaction indicator \"群众满意度\" "
                        + "(≥85.00(%))" + end,
                P + "04-return-and-stability.yaml:105:92: advice: the satisfaction indicator \"群众满意度\" "
                        + "(≥85.00(%))" + end,
                P + "05-office-it-maintenance.yaml:65:101: advice: the satisfaction indicator \"参与人群满意度\" "
                        + "(≥80.00(%))" + end,
                P + "06-stability-fund.yaml:111:92: advice: the satisfaction indicator \"群众满意度\" (≥85.00(%))" + end,
                P + "07-publicity-materials.yaml:90:101: advice: the satisfaction indicator \"参与人群满意度\" "
                        + "(≥80.00(%))" + end,
                P + "07-publicity-materials.yaml:91:102: advice: the satisfaction indicator \"受益对象满意度\" "
                        + "(≥80(%))" + end);
    }

    @Test
    void thereAreNoOtherFindings() {
        Map<String, Long> byRule = new TreeMap<>(review.review().review().byRule());
        assertThat(byRule).containsExactlyEntriesOf(new TreeMap<>(Map.of("budget-year", 2L, "copied-indicators", 3L,
                "cost-without-amount", 7L, "measurable-share", 5L, "qualitative-only", 5L, "repeated-goal", 5L,
                "satisfaction-without-survey", 8L, "timeliness-without-deadline", 6L)));
        assertThat(review.findings()).hasSize(41);
    }

    @Test
    void theFindingsReadInChineseToo() {
        assertThat(review.findings(Language.ZH)).contains(
                P + "04-return-and-stability.yaml:95:3: concern: 本项目的 4 个可量化指标（名称及数值）与"
                        + "律师、心理咨询师等第三方社会力量 (03-third-party-professionals.yaml)、维稳基金 "
                        + "(06-stability-fund.yaml)完全相同；是否针对本项目设定？ [copied-indicators]",
                P + "05-office-it-maintenance.yaml:52:9: advice: 年度总体目标与项目总目标逐字相同；请写明本年度资金要达到的目标 "
                        + "[repeated-goal]");
    }
}
