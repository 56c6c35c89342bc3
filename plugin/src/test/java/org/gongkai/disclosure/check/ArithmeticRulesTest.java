package org.gongkai.disclosure.check;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.testing.ContentFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.disclosure.testing.ContentFixture.DECLARATION;
import static org.gongkai.disclosure.testing.ContentFixture.PROJECT;

/** The totals of the form, each checked to the fen, with the figures and the difference in the message. */
class ArithmeticRulesTest {

    private static final String FILE = "src/disclosure/projects/01-sample.yaml";

    @TempDir
    Path project;

    private ContentFixture content() {
        return ContentFixture.minimal(project);
    }

    @Test
    void validFixtureHasNoDiagnostics() {
        assertThat(content().check()).isEmpty();
    }

    @Test
    void fundsTotalMustEqualFiscalPlusOtherToTheFen() {
        var content = content().replace(PROJECT, "fiscal: 80000.00", "fiscal: 80000.01");
        assertThat(content.check()).containsExactly(FILE + ":10:10: error: project funds total (项目资金总额) is "
                + "100,000.00 yuan, but fiscal funds + other funds (财政资金 + 其他资金) = 80,000.01 + 20,000.00 = "
                + "100,000.01 yuan; they differ by 0.01 yuan [funds-sum]");
    }

    @Test
    void annualTotalMustEqualAppropriationPlusCarryoverPlusOther() {
        var content = content().replace(PROJECT, "carryover: 10000.00", "carryover: 10000.10");
        assertThat(content.check()).containsExactly(FILE + ":14:10: error: annual funds total (年度资金申请总额) is "
                + "60,000.00 yuan, but appropriation + carry-over + other (当年财政拨款 + 上年结转资金 + 其他资金) = "
                + "50,000.00 + 10,000.10 + 0.00 = 60,000.10 yuan; they differ by 0.10 yuan [annual-funds-sum]");
    }

    @Test
    void fundSourcesMustAddUpToTheFiscalFundsTheyBreakDown() {
        var content = content().replace(PROJECT, "  other: 20000.00\n", "  other: 20000.00\n  sources:\n"
                + "    - {name: 省级财政资金, amount: 50000.00}\n    - {name: 县级财政资金, amount: 30000.01}\n");
        assertThat(content.check()).containsExactly(FILE + ":14:14: error: the 2 fund sources (资金来源) add up to "
                + "80,000.01 yuan, but funds.fiscal (其中：财政资金) is 80,000.00 yuan; they differ by 0.01 yuan [fund-sources-sum]");
        content.replace(PROJECT, "amount: 30000.01", "amount: 30000.00");
        assertThat(content.check()).isEmpty();
    }

    @Test
    void sourcesStandForTheFiscalFundsTheFormDoesNotState() {
        // 项目总投资 20万元: 中央补助 0, 省级 0, 其他资金 20万元, and no 财政资金 line (a Gansu form).
        var content = content().replace(PROJECT, "  fiscal: 80000.00\n  other: 20000.00\n", "  other: 20000.00\n"
                + "  sources:\n    - {name: 中央补助, amount: 0}\n    - {name: 省级财政资金, amount: 80000.00}\n");
        assertThat(content.check()).isEmpty();
        content.replace(PROJECT, "amount: 80000.00}", "amount: 70000.00}");
        assertThat(content.check()).containsExactly(FILE + ":10:10: error: project funds total (项目资金总额) is "
                + "100,000.00 yuan, but the fund sources + other funds (资金来源 + 其他资金) = 70,000.00 + 20,000.00 = "
                + "90,000.00 yuan; they differ by 10,000.00 yuan [funds-sum]");
    }

    @Test
    void sourcesStandForTheAppropriationTheFormDoesNotState() {
        var content = content().replace(PROJECT, "  appropriation: 50000.00\n", "")
                .replace(PROJECT, "  other: 0.00\n", "  other: 0.00\n  sources:\n    - {name: 中央财政资金, amount: 50000.00}\n");
        assertThat(content.check()).isEmpty();
        content.replace(PROJECT, "amount: 50000.00}", "amount: 40000.00}");
        assertThat(content.check()).containsExactly(FILE + ":14:10: error: annual funds total (年度资金申请总额) is "
                + "60,000.00 yuan, but the fund sources + carry-over + other (资金来源 + 上年结转资金 + 其他资金) = "
                + "40,000.00 + 10,000.00 + 0.00 = 50,000.00 yuan; they differ by 10,000.00 yuan [annual-funds-sum]");
    }

    @Test
    void annualFundsMayNotExceedProjectFunds() {
        var content = content().replace(PROJECT, "  total: 100000.00\n  fiscal: 80000.00", "  total: 50000.00\n  fiscal: 30000.00");
        assertThat(content.check()).containsExactly(FILE + ":14:10: error: annual funds total (年度资金申请总额) "
                + "60,000.00 yuan is more than the project funds total (项目资金总额) 50,000.00 yuan, by 10,000.00 yuan "
                + "[annual-within-total]");
    }

    @Test
    void annualFundsEqualToProjectFundsAreFine() {
        var content = content()
                .replace(PROJECT, "  total: 100000.00\n  fiscal: 80000.00\n  other: 20000.00",
                        "  total: 60000.00\n  fiscal: 60000.00\n  other: 0.00");
        assertThat(content.check()).isEmpty();
    }

    @Test
    void budgetItemsMustAddUpToTheAnnualTotal() {
        var content = content().replace(PROJECT, "goals:", """
                budget-items:
                  - {name: {zh: 餐费, en: Meals}, amount: 5万元}
                  - {name: {zh: 体检费, en: Medical check-ups}, amount: 0.99万元}
                goals:""");
        assertThat(content.check()).containsExactly(FILE + ":19:17: error: the 2 budget items add up to 59,900.00 "
                + "yuan, but the annual funds total (年度资金申请总额) is 60,000.00 yuan; they differ by 100.00 yuan "
                + "[budget-items-sum]");
    }

    @Test
    void budgetItemsInWanYuanThatAddUpExactlyPass() {
        var content = content().replace(PROJECT, "goals:", """
                budget-items:
                  - {name: {zh: 人工成本, en: Labour}, amount: 5.9441万元}
                  - {name: {zh: 餐费, en: Meals}, amount: "559.00元"}
                goals:""");
        assertThat(content.check()).isEmpty();
    }

    @Test
    void declaredTotalStatedToTheFenMustMatchToTheFen() {
        var content = content().replace(DECLARATION, "total: 6万元", "total: 60000.01");
        assertThat(content.check()).containsExactly("src/disclosure/declaration.yaml:6:10: error: the declared "
                + "total (涉及项目预算资金) is 60000.01 yuan, but the annual funds (年度资金申请总额) of all projects "
                + "add up to 60,000.00 yuan (projects: 1); they differ by 0.01 yuan [declared-total]");
    }

    @Test
    void declaredTotalInWanYuanMatchesWithinItsPrecision() {
        // 6.00万元 stands for 59,950.00 to 60,049.99 yuan; the project's 60,000.00 lies inside.
        assertThat(content().replace(DECLARATION, "total: 6万元", "total: 6.00万元").check()).isEmpty();
        assertThat(content().replace(DECLARATION, "total: 6万元", "total: 6.0049万元").check())
                .singleElement().asString().contains("[declared-total]");
    }

    @Test
    void declaredTotalInWanYuanOutsideItsPrecisionIsReportedWithTheRange() {
        var content = content().replace(DECLARATION, "total: 6万元", "total: 6.01万元");
        assertThat(content.check()).containsExactly("src/disclosure/declaration.yaml:6:10: error: the declared total "
                + "(涉及项目预算资金) \"6.01万元\" stands for 60,050.00 to 60,149.99 yuan, but the annual funds "
                + "(年度资金申请总额) of all projects add up to 60,000.00 yuan (projects: 1), 100.00 yuan from the "
                + "stated figure [declared-total]");
    }

    @Test
    void declaredTotalIsNotCheckedWhenAProjectCouldNotBeRead() {
        // Without the project's annual total the sum would be 0.00 and the declared 6万元 would look wrong.
        var content = content().replace(PROJECT, "  total: 60000.00\n", "");
        assertThat(content.check()).containsExactly(
                FILE + ":14:3: error: annual-funds.total (年度资金申请总额) is missing [required-key]");
    }

    @Test
    void declaredProjectCountMustMatchTheProjectFiles() {
        var content = content().replace(DECLARATION, "project-count: 1", "project-count: 2");
        assertThat(content.check()).containsExactly("src/disclosure/declaration.yaml:5:18: error: the declared number "
                + "of projects (编报绩效目标的项目个数) is 2, but the number of project files is 1 (a difference of 1) "
                + "[declared-count]");
    }

    @Test
    void projectIdsMustBeUnique() {
        var content = content();
        content.write("projects/02-copy.yaml", content.read(PROJECT))
                .replace(DECLARATION, "project-count: 1", "project-count: 2")
                .replace(DECLARATION, "total: 6万元", "total: 12万元");
        assertThat(content.check()).containsExactly("src/disclosure/projects/02-copy.yaml:1:5: error: the id "
                + "\"sample\" is already used by the project at src/disclosure/projects/01-sample.yaml:1:5; every "
                + "project needs its own id [id-unique]");
    }

    @Test
    void everyErrorOfAFileIsReportedInOneRun() {
        var content = content()
                .replace(PROJECT, "fiscal: 80000.00", "fiscal: 80000.01")
                .replace(PROJECT, "carryover: 10000.00", "carryover: 10000.10")
                .replace(DECLARATION, "project-count: 1", "project-count: 3");
        assertThat(content.check()).extracting(line -> line.substring(line.lastIndexOf('[')))
                .containsExactly("[declared-count]", "[funds-sum]", "[annual-funds-sum]");
    }
}
