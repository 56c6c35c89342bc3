package org.gongkai.disclosure.load;

import java.math.BigDecimal;

import org.gongkai.disclosure.model.Operator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Numeric targets as real filings write them. */
class TargetParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "=96.00(次)     | EQ | 96.00  | 次",
        "≥85.00(%)      | GE | 85.00  | %",
        "≥80 (%)        | GE | 80     | %",
        "=1.00(篇/人)   | EQ | 1.00   | 篇/人",
        "≥85%           | GE | 85     | %",
        "10辆           | EQ | 10     | 辆",
        "≥80M           | GE | 80     | M",
        "1715人次       | EQ | 1715   | 人次",
        "≥ 1 人/年      | GE | 1      | 人/年",
        "大于90%        | GT | 90     | %",
        "不低于95%      | GE | 95     | %",
        "≧92%           | GE | 92     | %",
        "＝100%         | EQ | 100    | %",
        "≤5天           | LE | 5      | 天",
        "<=3            | LE | 3      | -",
        ">=3个          | GE | 3      | 个",
        "小于2%         | LT | 2      | %",
        "不超过10万元   | LE | 10     | 万元",
        "不高于5次      | LE | 5      | 次",
        "不少于12期     | GE | 12     | 期",
        "不多于3处      | LE | 3      | 处",
        "等于1          | EQ | 1      | -",
        "达到95%        | GE | 95     | %",
        "≥８５％        | GE | 85     | %",
        "≥85（%）       | GE | 85     | %",
        "85%以上        | GE | 85     | %",
        "3个工作日以内  | LE | 3      | 个工作日",
        "1,000人        | EQ | 1000   | 人",
        "≥85%以上       | GE | 85     | %",
        "≥85%及以上     | GE | 85     | %",
        "90%及以上      | GE | 90     | %",
    })
    void readsNumericTargets(String text, Operator operator, String value, String unit) {
        var numeric = TargetParser.parse(text).orElseThrow();
        assertThat(numeric.operator()).isEqualTo(operator);
        assertThat(numeric.value()).isEqualTo(new BigDecimal(value));
        assertThat(numeric.unit()).isEqualTo(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"提高", "良好", "2023.07-2024.01", "≥", "≥85.00(%", "=(%)", "1-2个", "≤85%以上"})
    void leavesEverythingElseToBeReadAsWords(String text) {
        assertThat(TargetParser.parse(text)).isEmpty();
    }
}
