package org.gongkai.disclosure.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.testing.ContentFixture;

/**
 * The rules of the self-evaluations ({@code results/*.yaml}), each with a result that breaks it and one that does not,
 * run through the engine on the small fixture: its project's four indicators weighted 20 + 30 + 20 + 20 = 90, so that
 * the budget-execution rate has the other 10 points.
 */
public class ResultRulesTest {

    public static final String RESULT = "results/01-sample.yaml";
    private static final String AT = "src/disclosure/" + RESULT;

    /** A result that passes every rule: every figure agrees. */
    public static final String GOOD = """
            project: sample
            evaluated: 2025-01-20
            budget:
              initial: 60000.00
              adjusted: 60000.00
              executed: 59000.00
              score: 9.83
            indicators:
              - name: 成本控制
                actual: 良好
                score: 20
              - name: 培训人次
                actual: 120人次
                score: 30
              - name: 知晓率
                actual: 88%
                score: 20
              - name: 满意度
                actual: 91.50%
                score: 20
            total-score: 99.83
            conclusion: {zh: 完成年度目标。, en: The year's goals were met.}
            """;

    public static ContentFixture weighted(Path dir) {
        ContentFixture content = ContentFixture.minimal(dir);
        String project = content.read(ContentFixture.PROJECT)
                .replace("target: 良好}", "target: 良好, weight: 20}")
                .replace("target: \"≥100(人次)\"}", "target: \"≥100(人次)\", weight: 30}")
                .replace("target: \"≥85%\"}", "target: \"≥85%\", weight: 20}")
                .replace("target: \"≥90.00(%)\"}", "target: \"≥90.00(%)\", weight: 20}");
        return content.write(ContentFixture.PROJECT, project);
    }

    private static List<String> check(Path dir, String result) {
        return weighted(dir).write(RESULT, result).check();
    }

    @Test
    void aResultWhoseFiguresAgreeGivesNoDiagnostic(@TempDir Path dir) {
        assertThat(check(dir, GOOD)).isEmpty();
    }

    @Test
    void aResultForAProjectNoFileDeclaresIsAnErrorWithTheIdMeant(@TempDir Path dir) {
        assertThat(check(dir, GOOD.replace("project: sample", "project: sampel"))).containsExactly(
                AT + ":1:10: error: no project of this declaration has the id \"sampel\"; did you mean \"sample\"? [result-project]");
        assertThat(check(dir, GOOD.replace("project: sample", "project: water-supply"))).containsExactly(
                AT + ":1:10: error: no project of this declaration has the id \"water-supply\": a self-evaluation (results/)"
                        + " names the id of the project of projects/ it evaluates [result-project]");
    }

    @Test
    void aSecondResultForTheSameProjectIsAnError(@TempDir Path dir) {
        ContentFixture content = weighted(dir).write(RESULT, GOOD).write("results/02-again.yaml", GOOD);

        assertThat(content.check()).containsExactly("src/disclosure/results/02-again.yaml:1:10: error: the project"
                + " \"sample\" already has a self-evaluation in " + AT + "; write one file per project [result-project]");
    }

    @Test
    void aResultForAnIndicatorTheProjectDoesNotDeclareIsAnError(@TempDir Path dir) {
        String typo = GOOD.replace("name: 培训人次", "name: 培训人数");
        assertThat(check(dir, typo)).containsExactly(
                AT + ":9:3: warning: the indicator \"培训人次\" (declared at src/disclosure/projects/01-sample.yaml:23:5)"
                        + " has no result: its target goes unanswered [result-missing]",
                AT + ":12:11: error: the project \"sample\" declares no indicator \"培训人数\"; did you mean \"培训人次\"?"
                        + " [result-indicator]");
        String repeated = GOOD.replace("  - name: 满意度\n", "  - name: 知晓率\n");
        assertThat(check(dir, repeated)).containsExactly(
                AT + ":9:3: warning: the indicator \"满意度\" (declared at src/disclosure/projects/01-sample.yaml:25:5)"
                        + " has no result: its target goes unanswered [result-missing]",
                AT + ":18:11: error: the indicator \"知晓率\" already has a result at " + AT + ":15:11, and the project"
                        + " declares it once [result-indicator]");
    }

    @Test
    void aScoreNeedsPointsToBeOutOf(@TempDir Path dir) {
        ContentFixture plain = ContentFixture.minimal(dir.resolve("plain"));
        assertThat(plain.write(RESULT, GOOD).check()).containsExactly(
                AT + ":7:10: error: the budget-execution score 9.83 is out of no known points: the project states no"
                        + " weighting; give budget.points (分值) [result-points]",
                AT + ":11:12: error: the score 20 of \"成本控制\" is out of no known points: the declaration gives the"
                        + " indicator no weight; state its points (分值) beside the score [result-points]",
                AT + ":14:12: error: the score 30 of \"培训人次\" is out of no known points: the declaration gives the"
                        + " indicator no weight; state its points (分值) beside the score [result-points]",
                AT + ":17:12: error: the score 20 of \"知晓率\" is out of no known points: the declaration gives the"
                        + " indicator no weight; state its points (分值) beside the score [result-points]",
                AT + ":20:12: error: the score 20 of \"满意度\" is out of no known points: the declaration gives the"
                        + " indicator no weight; state its points (分值) beside the score [result-points]");
        String withPoints = GOOD.replace("score: 9.83", "score: 9.83\n  points: 10")
                .replaceAll("score: (20|30)\n", "score: $1\n    points: $1\n");
        assertThat(ContentFixture.minimal(dir.resolve("points")).write(RESULT, withPoints).check()).isEmpty();
        assertThat(check(dir, GOOD.replace("score: 30\n", "score: 30\n    points: 40\n"))).containsExactly(
                AT + ":15:13: error: the points 40 of \"培训人次\" are not its declared weight 30 (at"
                        + " src/disclosure/projects/01-sample.yaml:23:100); leave points out where the declaration weights"
                        + " the indicator [result-points]");
    }

    @Test
    void aScoreIsNeitherAboveItsPointsNorBelowZero(@TempDir Path dir) {
        assertThat(check(dir, GOOD.replace("score: 30", "score: 35").replace("99.83", "104.83"))).containsExactly(
                AT + ":14:12: error: the score 35 of \"培训人次\" is above its 30 points [score-range]");
        assertThat(check(dir, GOOD.replace("score: 30", "score: -1").replace("99.83", "68.83"))).containsExactly(
                AT + ":14:12: error: the score -1 of \"培训人次\" is below 0 [score-range]");
        assertThat(check(dir, GOOD.replace("score: 9.83", "score: 12").replace("99.83", "102"))).containsExactly(
                AT + ":7:10: error: the budget-execution score 12 is above its 10 points [score-range]");
    }

    @Test
    void theTotalScoreIsTheSumOfTheScoresAndTheBudgetScore(@TempDir Path dir) {
        assertThat(check(dir, GOOD.replace("total-score: 99.83", "total-score: 95"))).containsExactly(
                AT + ":21:14: error: the total score (总分) is 95, but the indicators' scores add up to 90, and with the"
                        + " budget-execution rate's 9.83 that is 99.83: a difference of 4.83 [total-score]");
    }

    @Test
    void spendingAboveTheAdjustedBudgetNeedsADeviation(@TempDir Path dir) {
        String over = GOOD.replace("executed: 59000.00", "executed: 61000.00").replace("score: 9.83", "score: 10")
                .replace("99.83", "100");
        assertThat(check(dir, over)).containsExactly(
                AT + ":6:13: error: the budget executed (全年执行数), 61,000.00 yuan, is more than the budget after"
                        + " adjustments (全年预算数), 60,000.00 yuan, by 1,000.00 yuan; say why in budget.deviation, or"
                        + " correct the figure [budget-overrun]");
        assertThat(check(dir, over.replace("  score: 10\n",
                "  score: 10\n  deviation: {zh: 追加培训场次, en: More training sessions were added}\n"))).isEmpty();
    }

    @Test
    void aDeclaredIndicatorWithoutAResultIsWarned(@TempDir Path dir) {
        String without = GOOD.replace("  - name: 满意度\n    actual: 91.50%\n    score: 20\n", "").replace("99.83", "79.83");
        assertThat(check(dir, without)).containsExactly(
                AT + ":9:3: warning: the indicator \"满意度\" (declared at src/disclosure/projects/01-sample.yaml:25:5)"
                        + " has no result: its target goes unanswered [result-missing]");
    }

    @Test
    void anActualValueInAnotherUnitThanItsTargetIsWarned(@TempDir Path dir) {
        assertThat(check(dir, GOOD.replace("actual: 88%", "actual: 88"))).containsExactly(
                AT + ":16:13: warning: the actual value \"88\" of \"知晓率\" is not in the unit of its target \"≥85%\""
                        + " (no unit against unit %), so the two cannot be compared [actual-unit]");
        assertThat(check(dir, GOOD.replace("actual: 120人次", "actual: 12万元"))).containsExactly(
                AT + ":13:13: warning: the actual value \"12万元\" of \"培训人次\" is not in the unit of its target"
                        + " \"≥100(人次)\" (money (万元) against unit 人次), so the two cannot be compared [actual-unit]");
        assertThat(check(dir, GOOD.replace("actual: 88%", "actual: 88百分比"))).isEmpty();
    }

    @Test
    void aScoreTheActualValueDoesNotBearOutIsWarned(@TempDir Path dir) {
        assertThat(check(dir, GOOD.replace("actual: 88%", "actual: 83%"))).containsExactly(
                AT + ":17:12: warning: \"知晓率\" scores full points (20 of 20), but its actual value \"83%\" misses the"
                        + " target \"≥85%\" [score-judgement]");
        String low = GOOD.replace("score: 30", "score: 25").replace("99.83", "94.83");
        assertThat(check(dir, low)).containsExactly(
                AT + ":14:12: warning: \"培训人次\" scores 25 of 30 points, though its actual value \"120人次\" meets the"
                        + " target \"≥100(人次)\"; say in its deviation why points were taken off [score-judgement]");
        assertThat(check(dir, low.replace("score: 25\n",
                "score: 25\n    deviation: {zh: 培训记录不全, en: Training records were incomplete}\n"))).isEmpty();
        assertThat(check(dir, GOOD.replace("actual: 88%", "actual: 83%").replace("score: 20\n  - name: 满意度",
                "score: 16\n  - name: 满意度").replace("99.83", "95.83"))).isEmpty();
    }

    @Test
    void aBudgetScoreThatDoesNotFollowFromTheRateIsWarned(@TempDir Path dir) {
        assertThat(check(dir, GOOD.replace("score: 9.83", "score: 10").replace("99.83", "100"))).containsExactly(
                AT + ":7:10: warning: the budget-execution score is 10, but the rate is 59,000.00 ÷ 60,000.00 = 98.33%,"
                        + " and 98.33% of 10 points is 9.83 (财预〔2020〕10号) [budget-score]");
        assertThat(check(dir, GOOD.replace("score: 9.83", "score: 9.8").replace("99.83", "99.8"))).isEmpty();
    }

    @Test
    void theTextsOfAResultNeedEnglish(@TempDir Path dir) {
        assertThat(check(dir, GOOD.replace("conclusion: {zh: 完成年度目标。, en: The year's goals were met.}",
                "conclusion: 完成年度目标。").replace("actual: 良好", "actual: 尚可"))).containsExactly(
                AT + ":10:13: error: the target \"尚可\" is not in the glossary, so its English is unknown; write {zh: 尚可,"
                        + " en: ...} or add it to glossary.yaml [translation]",
                AT + ":22:13: error: conclusion (自评结论) has no English: \"完成年度目标。\"; write it as {zh: ..., en: ...}"
                        + " [translation]");
    }

    @Test
    void everyMessageOfTheResultRulesReadsInChinese(@TempDir Path dir) {
        List<String> zh = weighted(dir).write(RESULT, GOOD.replace("total-score: 99.83", "total-score: 95"))
                .formatted(Language.ZH);
        assertThat(zh).containsExactly(AT + ":21:14: error: 总分为 95，但各指标得分合计 90，加上预算执行率得分 9.83 为 99.83，相差 4.83"
                + " [total-score]");
    }
}
