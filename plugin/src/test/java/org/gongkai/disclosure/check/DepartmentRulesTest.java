package org.gongkai.disclosure.check;

import java.nio.file.Path;

import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.disclosure.testing.ContentFixture.DEPARTMENT;

/**
 * A department's form (部门整体支出绩效目标申报表): its own rules over its funds, shares, years and tasks, with the
 * figures in the unit the form writes them in; and its indicator table held to the same rules as a project's.
 */
class DepartmentRulesTest {

    private static final String FILE = "src/disclosure/department.yaml";

    @TempDir
    Path project;

    private ContentFixture content() {
        return ContentFixture.department(project);
    }

    @Test
    void theFullDepartmentFormWithoutProjectsHasNoDiagnostics() {
        assertThat(content().check()).isEmpty();
    }

    @Test
    void linesOfIncomeMustAddUpToTheirTotalToTheFenInTheFormsUnit() {
        var content = content().replace(DEPARTMENT, "amount: 68万元, share: 7.02%", "amount: 68.01万元, share: 7.02%");
        assertThat(content.check()).containsExactly(FILE + ":11:10: error: the total (合计) of this year's income "
                + "(收入构成) is 968.1918 × 10,000 yuan, but 财政拨款 + 其他资金 = 900.1918 + 68.01 = 968.2018 × 10,000 yuan; "
                + "they differ by 0.01 × 10,000 yuan [department-funds-sum]");
    }

    @Test
    void theSumIsReportedInChineseWithTheFormsUnit() {
        var content = content().replace(DEPARTMENT, "amount: 68万元, share: 7.02%", "amount: 68.01万元, share: 7.02%");
        assertThat(content.formatted(Language.ZH)).containsExactly(FILE + ":11:10: error: 当年收入构成合计为 968.1918 万元，"
                + "但财政拨款 + 其他资金 = 900.1918 + 68.01 = 968.2018 万元，相差 0.01 万元 [department-funds-sum]");
    }

    @Test
    void aYearBeforeIsCheckedAsThisYearIs() {
        var content = content().replace(DEPARTMENT, "amount: 190万元", "amount: 190.5万元");
        assertThat(content.check()).containsExactly(FILE + ":27:14: error: the total (合计) of the expenditure (支出构成) "
                + "of 2022 is 890.00 × 10,000 yuan, but 基本支出 + 项目支出 = 700.00 + 190.50 = 890.50 × 10,000 yuan; "
                + "they differ by 0.50 × 10,000 yuan [department-funds-sum]");
    }

    @Test
    void amountsInYuanAreReportedInYuanAndAShareWithinItsPlacesPasses() {
        var content = content().replace(DEPARTMENT, "  total: 968.1918万元\n  items:\n    - {name: 基本支出",
                "  total: 9681918.00\n  items:\n    - {name: 基本支出")
                .replace(DEPARTMENT, "amount: 243.96万元", "amount: 2439600.01");
        assertThat(content.check()).containsExactly(FILE + ":16:10: error: the total (合计) of this year's expenditure "
                + "(支出构成) is 9,681,918.00 yuan, but 基本支出 + 项目支出 = 7,242,318.00 + 2,439,600.01 = 9,681,918.01 yuan; "
                + "they differ by 0.01 yuan [department-funds-sum]");
    }

    @Test
    void aShareMustAgreeWithTheAmountAtThePlacesItIsStatedIn() {
        var content = content().replace(DEPARTMENT, "share: 74.8%", "share: 74.9%");
        assertThat(content.check()).containsExactly(FILE + ":18:47: error: the share (占比) of 基本支出 in this year's "
                + "expenditure (支出构成) is stated as 74.9%, but 724.2318 / 968.1918 × 10,000 yuan = 74.803%; at the places "
                + "it is stated in, it is 74.8% [department-share]");
    }

    @Test
    void thisYearsIncomeAndExpenditureThatDifferAreWarned() {
        var content = content().replace(DEPARTMENT, "  total: 968.1918万元\n  items:\n    - {name: 基本支出",
                "  total: 968.2018万元\n  items:\n    - {name: 基本支出")
                .replace(DEPARTMENT, "amount: 243.96万元, share: 25.2%", "amount: 243.97万元, share: 25.2%");
        assertThat(content.check()).containsExactly(FILE + ":16:10: warning: this year's income (收入构成) adds up to "
                + "968.1918 × 10,000 yuan, but its expenditure (支出构成) to 968.2018 × 10,000 yuan, a difference of "
                + "0.01 × 10,000 yuan; a department's budget balances the two: is one of the totals mistyped? "
                + "[department-balance]");
    }

    @Test
    void theYearsBeforeComeBeforeTheFiscalYearEachOnce() {
        var content = content().replace(DEPARTMENT, "  - year: 2023", "  - year: 2022");
        assertThat(content.check()).containsExactly(FILE + ":31:11: error: the year 2022 is listed twice among the years "
                + "before (近两年收支金额), first on line 21 [previous-years]");
        var later = content().replace(DEPARTMENT, "  - year: 2023", "  - year: 2024");
        assertThat(later.check()).containsExactly(FILE + ":31:11: error: the year 2024 is listed among the years before "
                + "(近两年收支金额), but it is not before the fiscal year 2024 [previous-years]");
    }

    @Test
    void aTasksBudgetIsItsFiscalAppropriationPlusItsOtherFunds() {
        var content = content().replace(DEPARTMENT, "other: 20万元", "other: 25万元");
        assertThat(content.check()).containsExactly(FILE + ":40:13: error: the budget (预算金额) of the task \"人民防空\" "
                + "is 120.00 × 10,000 yuan, but fiscal appropriation + other funds (财政拨款 + 其他资金) = 100.00 + 25.00 = "
                + "125.00 × 10,000 yuan; they differ by 5.00 × 10,000 yuan [task-funds-sum]");
    }

    @Test
    void theTasksCannotCostMoreThanTheYearsExpenditure() {
        var content = content().replace(DEPARTMENT, "    amount: 724.2318万元\n    fiscal: 724.2318万元",
                "    amount: 900万元\n    fiscal: 900万元");
        assertThat(content.check()).containsExactly(FILE + ":40:13: error: the budgets of the 2 main tasks (年度主要任务) "
                + "add up to 1,020.00 × 10,000 yuan, more than the total (合计) of this year's expenditure (支出构成), "
                + "968.1918 × 10,000 yuan, by 51.8082 × 10,000 yuan [tasks-within-expenditure]");
    }

    @Test
    void theDepartmentsIndicatorsAreCheckedByTheProjectsRules() {
        var content = content()
                .replace(DEPARTMENT, "level1: 产出指标, level2: 时效指标", "level1: 产出指标, level2: 社会效益指标")
                .replace(DEPARTMENT, "target: \"≥90%\", weight: 10", "target: \"≥120%\", weight: 10")
                .replace(DEPARTMENT, "target: \"≤1%\", weight: 20, direction: 反向", "target: \"≥1%\", weight: 20, direction: 反向")
                .replace(DEPARTMENT, "target: 提高, weight: 20", "target: 提高, weight: 20, kind: 定量");
        assertThat(content.check()).containsExactly(
                FILE + ":51:90: warning: the indicator \"公文差错率\" is stated to be one where less is better (反向), "
                        + "but its target \"≥1%\" asks for at least so much; is the direction or the comparison wrong? "
                        + "[indicator-direction]",
                FILE + ":52:28: error: level-2 indicator (二级指标) \"社会效益指标\" belongs under \"效益指标\", not under "
                        + "\"产出指标\" [level2-parent]",
                FILE + ":54:98: warning: the indicator \"政务服务水平\" is stated to be quantitative (定量), but its target "
                        + "\"提高\" has no measure; give a number, a date or a period, or state it as qualitative (定性) "
                        + "[indicator-kind]",
                FILE + ":55:92: warning: the target of \"群众满意度\" is \"≥120%\": a percentage above 100; is it right? "
                        + "[percent-over-100]");
    }

    @Test
    void weightsAndCoverageSpeakOfTheDepartmentsForm() {
        var content = content()
                .replace(DEPARTMENT, ", target: \"≥1200件\", weight: 20}", ", target: \"≥1200件\"}")
                .replace(DEPARTMENT, "  - {level1: 满意度指标, level2: 服务对象满意度指标, name: {zh: 群众满意度, en: Public "
                        + "satisfaction}, target: \"≥90%\", weight: 10}\n", "");
        assertThat(content.check()).containsExactly(
                FILE + ":50:3: warning: the department-wide form has no 满意度指标 indicator [indicator-coverage]",
                FILE + ":50:5: error: indicator \"公文办理数量\" has no weight, but other indicators of the department-wide "
                        + "form have one (4 of 5); give every indicator a weight or none [weights]");
        assertThat(content.formatted(Language.ZH)).containsExactly(
                FILE + ":50:3: warning: 部门整体绩效目标表没有满意度指标 [indicator-coverage]",
                FILE + ":50:5: error: 指标“公文办理数量”没有权重，而部门整体绩效目标表 5 个指标中有 4 个设了权重；请为所有指标设权重，"
                        + "或都不设 [weights]");
    }

    @Test
    void statedWeightingIsHeldAgainstTheDepartmentsWeights() {
        var content = content().replace(DEPARTMENT, "indicators:\n", "weighting: {total: 100, budget-execution: 20}\nindicators:\n");
        assertThat(content.check()).containsExactly(FILE + ":49:12: error: the indicator weights add up to 90, and with "
                + "the budget-execution rate's 20 points that is 110, but the stated total (总分) is 100: a difference of 10 "
                + "[weights]");
        var right = content().replace(DEPARTMENT, "indicators:\n", "weighting: {total: 100, budget-execution: 10}\nindicators:\n");
        assertThat(right.check()).isEmpty();
    }

    @Test
    void everyTextOfTheDepartmentsFormNeedsEnglish() {
        var content = content()
                .replace(DEPARTMENT, "name: {zh: 机关运转, en: Running the office}", "name: 机关运转")
                .replace(DEPARTMENT, "{name: 财政拨款, amount: 920万元}", "{name: 捐赠收入, amount: 920万元}")
                .replace(DEPARTMENT, "goals:\n  zh: 保障机关正常运转，按时完成年度重点工作。\n  en: Keep the office running and "
                        + "finish the year's main work on time.", "goals: 保障机关正常运转。")
                .replace(DEPARTMENT, "name: {zh: 群众满意度, en: Public satisfaction}", "name: 群众满意度");
        assertThat(content.check()).containsExactly(
                FILE + ":35:18: error: items.name (名称) \"捐赠收入\" is not in the glossary, so its English is "
                        + "unknown; write {zh: 捐赠收入, en: ...} or add it to glossary.yaml [translation]",
                FILE + ":43:11: error: tasks.name (任务名称) has no English: \"机关运转\"; write it as {zh: ..., en: ...} "
                        + "[translation]",
                FILE + ":46:8: error: goals (年度绩效目标) has no English: \"保障机关正常运转。\"; write it as "
                        + "{zh: ..., en: ...} [translation]",
                FILE + ":53:46: error: indicators.name (三级指标) has no English: \"群众满意度\"; write it as "
                        + "{zh: ..., en: ...} [translation]");
    }
}
