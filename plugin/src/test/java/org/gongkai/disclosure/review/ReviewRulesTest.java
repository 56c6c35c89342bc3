package org.gongkai.disclosure.review;

import java.nio.file.Path;
import java.util.List;

import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.ReviewFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.disclosure.testing.ContentFixture.DECLARATION;
import static org.gongkai.disclosure.testing.ContentFixture.PROJECT;

/**
 * Each rule of the review on a small project: a case it reports, with its exact finding, and one beside it that it
 * lets pass. The sample is first made clean (a cost ceiling, a survey named), so that every other rule is silent.
 */
class ReviewRulesTest {

    private static final String FILE = "src/disclosure/projects/01-sample.yaml";

    @TempDir
    Path project;

    /** The minimal sample, with an amount for its cost and a survey for its satisfaction rate: no finding at all. */
    private ContentFixture clean() {
        return ContentFixture.minimal(project)
                .replace(PROJECT, "name: {zh: 成本控制, en: Cost control}, target: 良好",
                        "name: {zh: 成本控制, en: Cost control}, target: \"≤6万元\"")
                .replace(PROJECT, "name: {zh: 满意度, en: Satisfaction}", "name: {zh: 问卷调查满意度, en: Satisfaction}");
    }

    private static List<String> findings(ContentFixture content) {
        return new ReviewFixture(content).findings();
    }

    @Test
    void theCleanSampleHasNoFinding() {
        assertThat(clean().check()).isEmpty();
        assertThat(findings(clean())).isEmpty();
    }

    @Test
    void measurableShareBelowTheMinimumIsReportedAndHalfIsEnough() {
        var quarter = clean().replace(PROJECT, "target: \"≥100(人次)\"", "target: 增加")
                .replace(PROJECT, "target: \"≥85%\"", "target: 提高")
                .replace(PROJECT, "target: \"≥90.00(%)\"", "target: 提高");
        assertThat(findings(quarter)).containsExactly(
                FILE + ":22:3: advice: only 1 of the project's 4 targets can be measured (a number, a deadline or a "
                        + "range): 25.00%, below the minimum of 50%; state the others as figures where they can be "
                        + "[measurable-share]",
                FILE + ":23:5: concern: every quantity indicator (产出指标·数量指标) of the project is qualitative: "
                        + "培训人次 (增加); none states a figure it can be checked against [qualitative-only]",
                FILE + ":24:5: concern: every benefit indicator (效益指标) of the project is qualitative: 知晓率 (提高); "
                        + "none states a figure it can be checked against [qualitative-only]");
        var half = clean().replace(PROJECT, "target: \"≥85%\"", "target: 提高");
        assertThat(findings(half)).containsExactly(FILE + ":24:5: concern: every benefit indicator (效益指标) of the "
                + "project is qualitative: 知晓率 (提高); none states a figure it can be checked against [qualitative-only]");
    }

    @Test
    void qualitativeOnlyLooksAtEachGroupAsAWhole() {
        var oneOfTwo = clean().replace(PROJECT, "target: \"≥100(人次)\"}", "target: \"≥100(人次)\"}\n"
                + "  - {level1: 产出指标, level2: 数量指标, name: {zh: 培训场次, en: Sessions}, target: 增加}");
        assertThat(findings(oneOfTwo)).isEmpty();
        var bothWords = oneOfTwo.replace(PROJECT, "target: \"≥100(人次)\"", "target: 较多");
        assertThat(findings(bothWords)).containsExactly(FILE + ":23:5: concern: every quantity indicator "
                + "(产出指标·数量指标) of the project is qualitative: 培训人次 (较多), 培训场次 (增加); none states a "
                + "figure it can be checked against [qualitative-only]");
    }

    @Test
    void aCostIndicatorWithoutAnAmountIsReportedUnderEitherFramework() {
        var good = clean().replace(PROJECT, "target: \"≤6万元\"", "target: 良好");
        assertThat(findings(good)).containsExactly(FILE + ":22:80: concern: the cost indicator \"成本控制\" has the "
                + "target \"良好\", which states no amount; state the cost the project must keep within (e.g. "
                + "≤60,000.00 yuan, this year's funds) [cost-without-amount]");
        var framework2015 = good
                .replace(DECLARATION, "fiscal-year: 2024", "fiscal-year: 2024\nframework: cn-mof-2015")
                .replace(PROJECT, "level1: 成本指标, level2: 经济成本指标", "level1: 产出指标, level2: 成本指标");
        assertThat(findings(framework2015)).containsExactly(FILE + ":22:78: concern: the cost indicator \"成本控制\" "
                + "has the target \"良好\", which states no amount; state the cost the project must keep within (e.g. "
                + "≤60,000.00 yuan, this year's funds) [cost-without-amount]");
    }

    @Test
    void theYearsGoalRepeatingTheOverallGoalIsReportedWhateverItsSpacesAndWidths() {
        var repeated = clean().replace(PROJECT, "annual: {zh: 年度目标, en: Annual goal}",
                "annual: {zh: \"总目标 \", en: Annual goal}")
                .replace(PROJECT, "overall: {zh: 总目标, en: Overall goal}", "overall: {zh: 总目标, en: Overall goal}");
        assertThat(findings(repeated)).containsExactly(FILE + ":20:16: advice: the goal for this year (年度总体目标) "
                + "repeats the overall goal (项目总目标) word for word; say what this year's funds will achieve "
                + "[repeated-goal]");
        var longer = clean().replace(PROJECT, "annual: {zh: 年度目标, en: Annual goal}",
                "annual: {zh: 总目标。年内培训 100 人次, en: Annual goal}");
        assertThat(findings(longer)).isEmpty();
    }

    @Test
    void aTimelinessTargetOf100PercentNeedsADeadlineInTheIndicator() {
        String row = "  - {level1: 产出指标, level2: 时效指标, name: {zh: %s, en: On time}, target: \"%s\"}";
        var noDeadline = clean().replace(PROJECT, "target: \"≥100(人次)\"}",
                "target: \"≥100(人次)\"}\n" + row.formatted("按时完成率", "=100%"));
        assertThat(findings(noDeadline)).containsExactly(FILE + ":24:74: advice: the timeliness indicator \"按时完成率\" "
                + "asks for \"=100%\" but names no deadline; until \"on time\" is defined (e.g. within 5 working days), "
                + "100% on time cannot fail [timeliness-without-deadline]");
        var withDeadline = clean().replace(PROJECT, "target: \"≥100(人次)\"}",
                "target: \"≥100(人次)\"}\n" + row.formatted("5个工作日内办结率", "=100%"));
        assertThat(findings(withDeadline)).isEmpty();
        var explained = clean().replace(PROJECT, "target: \"≥100(人次)\"}", "target: \"≥100(人次)\"}\n"
                + row.formatted("资金拨付及时率", "=100%").replace("}", ", explanation: {zh: 收到批复后5个工作日内拨付, "
                        + "en: Paid within 5 working days of approval}}"));
        assertThat(findings(explained)).as("a deadline in the explanation (指标解释)").isEmpty();
        var belowAll = clean().replace(PROJECT, "target: \"≥100(人次)\"}",
                "target: \"≥100(人次)\"}\n" + row.formatted("按时完成率", "≥95%"));
        assertThat(findings(belowAll)).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Timeout(60) // a hang guard: the scan is linear, a quadratic one took minutes here
    void aLongRunOfDigitsInAnExplanationIsScannedInLinearTime() {
        String row = "  - {level1: 产出指标, level2: 时效指标, name: {zh: 按时完成率, en: On time}, target: \"=100%\", "
                + "explanation: {zh: \"" + "1".repeat(300_000) + "\", en: Digits}}";
        var digits = clean().replace(PROJECT, "target: \"≥100(人次)\"}", "target: \"≥100(人次)\"}\n" + row);
        assertThat(findings(digits)).singleElement().asString().endsWith("[timeliness-without-deadline]");
    }

    @Test
    void aTimelinessTargetOf100PercentForEachRecipientNeedsADeadlineToo() {
        var recipients = clean().replace(PROJECT, "target: \"≥100(人次)\"}", "target: \"≥100(人次)\"}\n"
                + "  - level1: 产出指标\n    level2: 时效指标\n    name: {zh: 按时完成率, en: On time}\n    targets:\n"
                + "      甲村: \"=100%\"\n      乙村: \"=100%\"")
                .replace(PROJECT, "indicators:", "recipients:\n  - {name: {zh: 甲村, en: Village A}, amount: 30000.00}\n"
                        + "  - {name: {zh: 乙村, en: Village B}, amount: 30000.00}\nindicators:");
        assertThat(recipients.check()).as("the sample with recipients is clean").isEmpty();
        assertThat(findings(recipients)).singleElement().asString().contains("\"按时完成率\" asks for \"=100%；=100%\"")
                .endsWith("[timeliness-without-deadline]");
    }

    @Test
    void aPercentageAbove100IsTheChecksWarningAndACeilingIsNot() {
        var above = clean().replace(PROJECT, "target: \"≥85%\"", "target: \"≥120%\"");
        assertThat(findings(above)).containsExactly(FILE + ":24:76: concern: the target of \"知晓率\" is \"≥120%\": a "
                + "percentage above 100; is it right? [percent-over-100]");
        var ceiling = clean().replace(PROJECT, "target: \"≥85%\"", "target: \"≤110%\"");
        assertThat(findings(ceiling)).isEmpty();
    }

    @Test
    void aSatisfactionRateNeedsASurveyNamedSomewhereInTheProject() {
        var unnamed = clean().replace(PROJECT, "问卷调查满意度", "满意度");
        assertThat(findings(unnamed)).containsExactly(FILE + ":25:83: advice: the satisfaction indicator \"满意度\" "
                + "(≥90.00(%)) is in a project that names no survey; say how satisfaction will be measured (e.g. a "
                + "questionnaire of those served) [satisfaction-without-survey]");
        var inThePlan = unnamed.replace(PROJECT, "goals:", "sections:\n  plan: {zh: 年底开展服务对象问卷调查, en: A survey "
                + "at the end of the year}\ngoals:");
        assertThat(findings(inThePlan)).isEmpty();
        var inTheExplanation = unnamed.replace(PROJECT, "name: {zh: 满意度, en: Satisfaction}",
                "explanation: {zh: 发放问卷测得, en: Measured by a questionnaire}, name: {zh: 满意度, en: Satisfaction}");
        assertThat(findings(inTheExplanation)).isEmpty();
    }

    @Test
    void aBudgetTextOfAnotherYearIsTheChecksWarning() {
        var lastYear = clean().replace(PROJECT, "goals:",
                "sections:\n  budget: {zh: 2023年本项目预算金额为6万元, en: The budget for 2023 is 60000 yuan}\ngoals:");
        assertThat(findings(lastYear)).containsExactly(FILE + ":19:16: concern: the annual budget (年度预算安排) speaks "
                + "of a budget for 2023, but this is the declaration for fiscal year 2024: \"2023年本项目预算金额为6万元\"; is "
                + "the year right? [budget-year]");
        var thisYear = clean().replace(PROJECT, "goals:",
                "sections:\n  budget: {zh: 2024年本项目预算金额为6万元, en: The budget for 2024 is 60000 yuan}\ngoals:");
        assertThat(findings(thisYear)).isEmpty();
    }

    @Test
    void everyLevel1OfTheFrameworkIsExpected() {
        var noCost = clean().replace(PROJECT,
                "  - {level1: 成本指标, level2: 经济成本指标, name: {zh: 成本控制, en: Cost control}, target: \"≤6万元\"}\n", "");
        assertThat(findings(noCost)).containsExactly(FILE + ":22:3: concern: the project has no 成本指标, which "
                + "framework cn-mof-2021 expects of every project [level1-coverage]");
    }

    @Test
    void aWeightingThatDoesNotAddUpIsTheChecksErrorListedWithTheFindings() {
        var weighted = clean().replace(PROJECT, "target: \"≤6万元\"}", "target: \"≤6万元\", weight: 20}")
                .replace(PROJECT, "target: \"≥100(人次)\"}", "target: \"≥100(人次)\", weight: 30}")
                .replace(PROJECT, "target: \"≥85%\"}", "target: \"≥85%\", weight: 30}")
                .replace(PROJECT, "target: \"≥90.00(%)\"}", "target: \"≥90.00(%)\", weight: 5}");
        assertThat(findings(weighted)).containsExactly(FILE + ":22:3: concern: the indicator weights add up to 85, "
                + "neither 100 nor 90 (the common form that leaves 10 points to the budget-execution rate, 预算执行率, "
                + "outside the table); a difference of 15 from 100. If the form counts otherwise, state its figures in "
                + "weighting (分值设置) [weights]");
        var hundred = weighted.replace(PROJECT, "weight: 5}", "weight: 20}");
        assertThat(findings(hundred)).isEmpty();
    }
}
