package org.gongkai.disclosure.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.testing.ContentFixture;

/**
 * Every problem of a file in one run: a project with eight mistakes of different kinds (a date, two sums, a weight
 * total, a translation, a row without its name, a percentage, a mistyped target) gets all eight at once, the weights
 * counted over the row that could not be read as well, so that fixing the first errors reveals nothing new.
 */
class EveryProblemInOneRunTest {

    private static final String FILE = "projects/01-village-water.yaml";

    @TempDir
    Path project;

    @Test
    void aProjectWithEightMistakesGetsEightDiagnosticsInOneRun() throws URISyntaxException {
        Path fixture = Path.of(getClass().getClassLoader().getResource("fixtures/format-two").toURI());
        ContentFixture content = ContentFixture.copyOf(fixture, project)
                .replace(FILE, "start: 2023-03", "start: 2023-13")
                .replace(FILE, "  fiscal: 100万元", "  fiscal: 90万元")
                .replace(FILE, "name: {zh: 完工时间, en: Completion}", "name: {zh: 完工时间}")
                .replace(FILE, "    name: {zh: 项目总成本, en: Total cost}\n", "")
                .replace(FILE, "target: 85%-90%", "target: 185%")
                .replace(FILE, "target: ≥90%\n    weight: 10", "target: ≥9O%\n    weight: 15");

        assertThat(content.check()).containsExactly(
                "src/disclosure/projects/01-village-water.yaml:6:8: error: start (计划开始日期) \"2023-13\" is not a date: there is no month 13 [date-format]",
                "src/disclosure/projects/01-village-water.yaml:10:10: error: project funds total (项目资金总额) is 1,200,000.00 yuan, but fiscal funds + other funds (财政资金 + 其他资金) = 900,000.00 + 200,000.00 = 1,100,000.00 yuan; they differ by 100,000.00 yuan [funds-sum]",
                "src/disclosure/projects/01-village-water.yaml:14:14: error: the 2 fund sources (资金来源) add up to 1,000,000.00 yuan, but funds.fiscal (其中：财政资金) is 900,000.00 yuan; they differ by 100,000.00 yuan [fund-sources-sum]",
                "src/disclosure/projects/01-village-water.yaml:41:3: error: the indicator weights add up to 95, and with the budget-execution rate's 10 points that is 105, but the stated total (总分) is 100: a difference of 5 [weights]",
                "src/disclosure/projects/01-village-water.yaml:56:16: error: indicators.name (三级指标) has no English: \"完工时间\"; write it as {zh: ..., en: ...} [translation]",
                "src/disclosure/projects/01-village-water.yaml:66:5: error: indicators.name (三级指标) is missing [required-key]",
                "src/disclosure/projects/01-village-water.yaml:74:13: warning: the target of \"受益人口覆盖率\" is \"185%\": a percentage above 100; is it right? [percent-over-100]",
                "src/disclosure/projects/01-village-water.yaml:80:13: error: indicators.target (年度指标值) \"≥9O%\" starts like a number but cannot be read as a target. A target may be a number (≥85.00(%), =96(次), 1715人次), an amount (≤90万元), a range (85%-90%), a deadline (2024年12月31日前, 12月底前, 2024-06), a period (2023.07-2024.01, 2024年全年), a duration (30天内), or a word such as 提高 or 良好 [target-format]");
    }
}
