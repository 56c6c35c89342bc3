package org.gongkai.disclosure.check;

import java.nio.file.Path;

import org.gongkai.disclosure.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.disclosure.testing.ContentFixture.PROJECT;

/** Dates against each other and the fiscal year, and budgets stated for another year. */
class DateAndYearRulesTest {

    private static final String FILE = "src/disclosure/projects/01-sample.yaml";

    @TempDir
    Path project;

    private ContentFixture content() {
        return ContentFixture.minimal(project);
    }

    @Test
    void aProjectCannotEndBeforeItStarts() {
        var content = content().replace(PROJECT, "start: 2024-01-01", "start: 2024-06-01")
                .replace(PROJECT, "end: 2024-12-31", "end: 2024-05-31");
        assertThat(content.check()).containsExactly(FILE + ":8:6: error: the planned end date 2024-05-31 is before the "
                + "planned start date 2024-06-01 [date-order]");
    }

    @Test
    void aDateOutsideTheFiscalYearIsWarned() {
        var content = content().replace(PROJECT, "start: 2024-01-01", "start: 2023-07-01");
        assertThat(content.check()).containsExactly(
                FILE + ":7:8: warning: start (计划开始日期) 2023-07-01 lies outside fiscal year 2024 [dates-in-year]");
    }

    @Test
    void aBudgetStatedForAnotherYearIsWarned() {
        var content = content().replace(PROJECT, "goals:",
                "sections:\n  budget: {zh: \"2023 年本项目预算金额为 6 万元,预计于年底完成。\", en: x}\ngoals:");
        assertThat(content.check()).containsExactly(FILE + ":19:16: warning: the annual budget (年度预算安排) speaks "
                + "of a budget for 2023, but this is the declaration for fiscal year 2024: \"2023 年本项目预算金额为 6 "
                + "万元\"; is the year right? [budget-year]");
    }

    @Test
    void aBudgetForTheFiscalYearThatMentionsOtherYearsIsNotWarned() {
        var content = content().replace(PROJECT, "goals:", "sections:\n  budget: {zh: \"根据2023年实际支出测算2024年预算"
                + "为6万元;2022 年起实施运维。\", en: x}\ngoals:");
        assertThat(content.check()).isEmpty();
    }
}
