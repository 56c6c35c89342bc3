package org.gongkai.disclosure.check;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.testing.ContentFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.disclosure.testing.ContentFixture.DECLARATION;
import static org.gongkai.disclosure.testing.ContentFixture.PROJECT;

/** The indicator table: levels against the framework, weights, coverage, percentages. */
class IndicatorRulesTest {

    private static final String FILE = "src/disclosure/projects/01-sample.yaml";

    @TempDir
    Path project;

    private ContentFixture content() {
        return ContentFixture.minimal(project);
    }

    @Test
    void unknownLevel1IsReportedWithASuggestionWhenOneIsClose() {
        var content = content().replace(PROJECT, "level1: 产出指标", "level1: 产出类指标");
        assertThat(content.check()).containsExactly(FILE + ":23:14: error: level-1 indicator (一级指标) \"产出类指标\" is "
                + "not in framework cn-mof-2021; did you mean \"产出指标\"? [level1-known]");
    }

    @Test
    void levelNamesWithoutTheWord指标AreTheFrameworksOwn() {
        // Many forms write 产出 and 服务对象满意度 for 产出指标 and 服务对象满意度指标; they are the same indicators.
        var content = content().replace(PROJECT, "level1: 产出指标", "level1: 产出");
        assertThat(content.check()).isEmpty();
        assertThat(content.load().projects().get(0).indicators().stream().filter(i -> i.level1().zh().equals("产出"))
                .map(i -> i.level1().en()).toList()).containsOnly("Output indicators");
    }

    @Test
    void aTemplateBlankLeftInAnIndicatorNameIsWarned() {
        var content = content().replace(PROJECT, "{zh: 知晓率, en: Awareness}", "{zh: 知晓率(≥**%), en: Awareness}");
        assertThat(content.check()).containsExactly(FILE + ":24:47: warning: the indicator \"知晓率(≥**%)\" keeps the "
                + "form's blank \"(≥**%)\" from its template; the value belongs under target alone, so remove \"(≥**%)\" "
                + "from the name [template-placeholder]");
        content.replace(PROJECT, "知晓率(≥**%)", "知晓率(%)");
        assertThat(content.check()).isEmpty();
    }

    @Test
    void aRateWithABareNumberForItsTargetIsWarned() {
        var content = content().replace(PROJECT, "target: \"≥85%\"", "target: \">=85\"");
        assertThat(content.check()).containsExactly(FILE + ":24:76: warning: the indicator \"知晓率\" is a rate, but its "
                + "target \">=85\" has no unit; write the % if a percentage is meant [rate-without-unit]");
        content.replace(PROJECT, "{zh: 知晓率, en: Awareness}", "{zh: 知晓人数, en: People aware}");
        assertThat(content.check()).isEmpty();
    }

    @Test
    void aScannedOperatorBeforeAFigureIsAnErrorWithWhatWasMeant() {
        var content = content().replace(PROJECT, "target: \"≥85%\"", "target: 二85%");
        assertThat(content.check()).containsExactly(FILE + ":24:76: error: indicators.target (年度指标值) \"二85%\" "
                + "cannot be read as a target: \"二\" before the figure is no comparison; did you mean \"=85%\"? "
                + "[target-format]");
        content.replace(PROJECT, "target: 二85%", "target: 二十户");
        assertThat(content.check()).containsExactly(FILE + ":24:76: error: the target \"二十户\" is not in the glossary, "
                + "so its English is unknown; write {zh: 二十户, en: ...} or add it to glossary.yaml [translation]");
    }

    @Test
    void unknownLevel1ListsTheFrameworksLevel1Names() {
        var content = content().replace(PROJECT, "level1: 效益指标", "level1: 效果指标");
        assertThat(content.check()).containsExactly(FILE + ":24:14: error: level-1 indicator (一级指标) \"效果指标\" is "
                + "not in framework cn-mof-2021, whose level-1 indicators are: 成本指标、产出指标、效益指标、满意度指标 "
                + "[level1-known]");
    }

    @Test
    void level2UnderTheWrongLevel1NamesItsRightParent() {
        var content = content().replace(PROJECT, "level2: 数量指标", "level2: 社会效益指标");
        assertThat(content.check()).containsExactly(FILE + ":23:28: error: level-2 indicator (二级指标) \"社会效益指标\" "
                + "belongs under \"效益指标\", not under \"产出指标\" [level2-parent]");
    }

    @Test
    void unknownLevel2ListsWhatItsLevel1Allows() {
        var content = content().replace(PROJECT, "level2: 经济成本指标", "level2: 人力成本指标");
        assertThat(content.check()).containsExactly(FILE + ":22:28: error: level-2 indicator (二级指标) \"人力成本指标\" "
                + "is not allowed under \"成本指标\" in framework cn-mof-2021; allowed: 经济成本指标、社会成本指标、"
                + "生态环境成本指标 [level2-parent]");
    }

    @Test
    void theFramework2015HasCostUnderOutput() {
        var content = content()
                .replace(DECLARATION, "fiscal-year: 2024", "fiscal-year: 2024\nframework: cn-mof-2015")
                .replace(PROJECT, "level1: 成本指标, level2: 经济成本指标", "level1: 产出指标, level2: 成本指标");
        assertThat(content.check()).isEmpty();
    }

    @Test
    void theFramework2015RejectsCostAsLevel1() {
        var content = content().replace(DECLARATION, "fiscal-year: 2024", "fiscal-year: 2024\nframework: cn-mof-2015");
        assertThat(content.check()).containsExactly(FILE + ":22:14: error: level-1 indicator (一级指标) \"成本指标\" is "
                + "not in framework cn-mof-2015, whose level-1 indicators are: 产出指标、效益指标、满意度指标 [level1-known]");
    }

    @Test
    void aSiteCanAddItsOwnFramework() {
        var content = content()
                .replace(DECLARATION, "fiscal-year: 2024", "fiscal-year: 2024\nframework: sh-demo")
                .write("frameworks/sh-demo.yaml", """
                        id: sh-demo
                        name: {zh: 示例指标体系, en: Demo framework}
                        level1:
                          - name: {zh: 产出指标, en: Outputs}
                            role: output
                            level2: [{zh: 数量指标, en: Quantity}]
                          - name: {zh: 效果指标, en: Effects}
                            role: outcome
                            level2: [{zh: 社会效益指标, en: Social effects}]
                          - name: {zh: 满意度指标, en: Satisfaction}
                            role: satisfaction
                            level2: [{zh: 服务对象满意度指标, en: Satisfaction of those served}]
                        """)
                .replace(PROJECT, "  - {level1: 成本指标, level2: 经济成本指标, name: {zh: 成本控制, en: Cost control}, target: 良好}\n", "")
                .replace(PROJECT, "level1: 效益指标", "level1: 效果指标");
        assertThat(content.check()).isEmpty();
    }

    @Test
    void weightsGivenForSomeIndicatorsMustBeGivenForAll() {
        var content = content().replace(PROJECT, "target: 良好}", "target: 良好, weight: 50}");
        assertThat(content.check()).containsExactly(
                FILE + ":23:5: error: indicator \"培训人次\" has no weight, but other indicators of the project have one "
                        + "(1 of 4); give every indicator a weight or none [weights]",
                FILE + ":24:5: error: indicator \"知晓率\" has no weight, but other indicators of the project have one "
                        + "(1 of 4); give every indicator a weight or none [weights]",
                FILE + ":25:5: error: indicator \"满意度\" has no weight, but other indicators of the project have one "
                        + "(1 of 4); give every indicator a weight or none [weights]");
    }

    @Test
    void weightsMustAddUpTo100Or90() {
        var content = weighted("20", "30", "30", "10.5");
        assertThat(content.check()).containsExactly(FILE + ":22:3: error: the indicator weights add up to 90.5, neither "
                + "100 nor 90 (the common form that leaves 10 points to the budget-execution rate, 预算执行率, outside the "
                + "table); a difference of 9.5 from 100. If the form counts otherwise, state its figures in weighting "
                + "(分值设置) [weights]");
    }

    @Test
    void weightsAddingUpTo100Pass() {
        assertThat(weighted("20", "30", "30", "20.0").check()).isEmpty();
    }

    @Test
    void weightsAddingUpTo90LeaveTenPointsToTheBudgetExecutionRateAndPass() {
        assertThat(weighted("22.5", "22.5", "22.5", "22.5").check()).isEmpty();
    }

    @Test
    void aStatedWeightingMustBeMetExactly() {
        var stated = weighted("20", "30", "30", "10")
                .replace(PROJECT, "indicators:\n", "weighting: {total: 100, budget-execution: 10}\nindicators:\n");
        assertThat(stated.check()).isEmpty();
        // A real Sichuan filing: 70 + 20 + 10 indicator points and 10 for the budget-execution rate, against 总分 100.
        var sichuan = weighted("35", "35", "20", "10")
                .replace(PROJECT, "indicators:\n", "weighting: {total: 100, budget-execution: 10}\nindicators:\n");
        assertThat(sichuan.check()).containsExactly(FILE + ":21:12: error: the indicator weights add up to 100, and with "
                + "the budget-execution rate's 10 points that is 110, but the stated total (总分) is 100: a difference "
                + "of 10 [weights]");
    }

    private ContentFixture weighted(String... weights) {
        return content()
                .replace(PROJECT, "target: 良好}", "target: 良好, weight: " + weights[0] + "}")
                .replace(PROJECT, "target: \"≥100(人次)\"}", "target: \"≥100(人次)\", weight: " + weights[1] + "}")
                .replace(PROJECT, "target: \"≥85%\"}", "target: \"≥85%\", weight: " + weights[2] + "}")
                .replace(PROJECT, "target: \"≥90.00(%)\"}", "target: \"≥90.00(%)\", weight: " + weights[3] + "}");
    }

    @Test
    void aProjectWithoutSatisfactionIndicatorsIsWarned() {
        var content = content().replace(PROJECT,
                "  - {level1: 满意度指标, level2: 服务对象满意度指标, name: {zh: 满意度, en: Satisfaction}, target: \"≥90.00(%)\"}\n",
                "");
        assertThat(content.check()).containsExactly(
                FILE + ":22:3: warning: the project has no 满意度指标 indicator [indicator-coverage]");
    }

    @Test
    void aProjectWithoutCostIndicatorsIsNotWarned() {
        var content = content().replace(PROJECT,
                "  - {level1: 成本指标, level2: 经济成本指标, name: {zh: 成本控制, en: Cost control}, target: 良好}\n", "");
        assertThat(content.check()).isEmpty();
    }

    @Test
    void aPercentageFloorAbove100IsWarnedButACeilingIsNot() {
        var content = content().replace(PROJECT, "≥85%", "≥120%").replace(PROJECT, "≥90.00(%)", "≤110%");
        assertThat(content.check()).containsExactly(FILE + ":24:76: warning: the target of \"知晓率\" is \"≥120%\": a "
                + "percentage above 100; is it right? [percent-over-100]");
    }

    @Test
    void aTargetThatStartsLikeANumberButIsNotOneIsAnError() {
        var content = content().replace(PROJECT, "≥85%", "≥八十五%");
        assertThat(content.check()).containsExactly(FILE + ":24:76: error: indicators.target (年度指标值) \"≥八十五%\" "
                + "starts like a number but cannot be read as a target. A target may be a number (≥85.00(%), =96(次), "
                + "1715人次), an amount (≤90万元), a range (85%-90%), a deadline (2024年12月31日前, 12月底前, 2024-06), a "
                + "period (2023.07-2024.01, 2024年全年), a duration (30天内), or a word such as 提高 or 良好 [target-format]");
    }

    @Test
    void aProjectMustListIndicators() {
        var content = content().replace(PROJECT, "indicators:\n", "indicators: []\nx-indicators:\n");
        assertThat(content.check()).contains(FILE + ":21:13: error: indicators (绩效指标) lists no indicators [required-key]");
    }
}
