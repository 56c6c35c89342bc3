package org.gongkai.disclosure.load;

import java.math.BigDecimal;

import org.gongkai.disclosure.model.DatePoint;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Operator;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.model.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Measurable targets as real filings write them: numbers, amounts, ranges, deadlines, periods and durations. */
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
        "不高于5次      | LE | 5      | 次",
        "不少于12期     | GE | 12     | 期",
        "不多于3处      | LE | 3      | 处",
        "等于1          | EQ | 1      | -",
        "达到95%        | GE | 95     | %",
        "≥８５％        | GE | 85     | %",
        "≥85（%）       | GE | 85     | %",
        "85%以上        | GE | 85     | %",
        "1,000人        | EQ | 1000   | 人",
        "≥85%以上       | GE | 85     | %",
        "≥85%及以上     | GE | 85     | %",
        "90%及以上      | GE | 90     | %",
    })
    void readsNumericTargets(String text, Operator operator, String value, String unit) {
        var numeric = TargetParser.parse(text).orElseThrow();
        assertThat(numeric.kind()).isEqualTo(Target.Kind.NUMERIC);
        assertThat(numeric.operator()).isEqualTo(operator);
        assertThat(numeric.value()).isEqualTo(new BigDecimal(value));
        assertThat(numeric.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "≤90万元        | LE | 90   | 万元 | 900000.00",
        "250万          | EQ | 250  | 万   | 2500000.00",
        "不低于1.5亿元  | GE | 1.5  | 亿元 | 150000000.00",
        "不超过10万元   | LE | 10   | 万元 | 100000.00",
        "≤1125万元      | LE | 1125 | 万元 | 11250000.00",
        "=5000元        | EQ | 5000 | 元   | 5000.00",
    })
    void readsAmountsExactly(String text, Operator operator, String value, String unit, String yuan) {
        var amount = TargetParser.parse(text).orElseThrow();
        assertThat(amount.kind()).isEqualTo(Target.Kind.AMOUNT);
        assertThat(amount.operator()).isEqualTo(operator);
        assertThat(amount.value()).isEqualTo(new BigDecimal(value));
        assertThat(amount.unit()).isEqualTo(unit);
        Target target = new Target(new Text(text, null, null), amount.kind(), amount.operator(), amount.value(),
                new Text(amount.unit(), null, null), null);
        assertThat(target.yuan()).isEqualTo(new BigDecimal(yuan));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "85%-90%   | 85 | 90 | %",
        "85-90%    | 85 | 90 | %",
        "80至90分  | 80 | 90 | 分",
        "1-2个     | 1  | 2  | 个",
        "95%～98%  | 95 | 98 | %",
        "2-3       | 2  | 3  | -",
    })
    void readsRanges(String text, String low, String high, String unit) {
        var range = TargetParser.parse(text).orElseThrow();
        assertThat(range.kind()).isEqualTo(Target.Kind.RANGE);
        assertThat(range.value()).isEqualTo(new BigDecimal(low));
        assertThat(range.high()).isEqualTo(new BigDecimal(high));
        assertThat(range.unit()).isEqualTo(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"按时", "按期", "按时完成", "按期完成", "如期完成", "按计划完成"})
    void onTimeIsADeadlineAtThePlannedCompletion(String text) {
        TargetParser.Reading reading = TargetParser.parse(text).orElseThrow();
        assertThat(reading.kind()).isEqualTo(Target.Kind.DEADLINE);
        assertThat(reading.operator()).isEqualTo(Operator.LE);
        assertThat(reading.to()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "2023年12月31日前 | LE | 2023 | 12 | 31 | false",
        "2023年12月31日之前 | LE | 2023 | 12 | 31 | false",
        "12月底前         | LE | -    | 12 | -  | true",
        "6月30日前        | LE | -    | 6  | 30 | false",
        "2024年6月        | EQ | 2024 | 6  | -  | false",
        "2024年6月底前    | LE | 2024 | 6  | -  | true",
        "2024年           | EQ | 2024 | -  | -  | false",
        "年底前           | LE | -    | 12 | -  | true",
        "2024-12-31       | EQ | 2024 | 12 | 31 | false",
        "2024.12.31前     | LE | 2024 | 12 | 31 | false",
        "截至2023年12月31日 | LE | 2023 | 12 | 31 | false",
    })
    void readsDeadlines(String text, Operator operator, Integer year, Integer month, Integer day, boolean end) {
        var deadline = TargetParser.parse(text).orElseThrow();
        assertThat(deadline.kind()).isEqualTo(Target.Kind.DEADLINE);
        assertThat(deadline.operator()).isEqualTo(operator);
        assertThat(deadline.to()).isEqualTo(new DatePoint(year, month, day, end));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "2023.07-2024.01   | 2023 | 7 | 2024 | 1",
        "2023年7月-2024年1月 | 2023 | 7 | 2024 | 1",
        "2024年1月至12月   | 2024 | 1 | 2024 | 12",
        "2021年全年        | 2021 | - | 2021 | -",
        "2023年-2024年     | 2023 | - | 2024 | -",
    })
    void readsPeriods(String text, Integer fromYear, Integer fromMonth, Integer toYear, Integer toMonth) {
        var period = TargetParser.parse(text).orElseThrow();
        assertThat(period.kind()).isEqualTo(Target.Kind.PERIOD);
        assertThat(period.from()).isEqualTo(new DatePoint(fromYear, fromMonth, null, false));
        assertThat(period.to()).isEqualTo(new DatePoint(toYear, toMonth, null, false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "30天内          | 30 | 天",
        "30日内          | 30 | 日",
        "3个月内         | 3  | 个月",
        "3个工作日以内   | 3  | 个工作日",
        "1年之内         | 1  | 年",
    })
    void readsDurations(String text, String length, String unit) {
        var duration = TargetParser.parse(text).orElseThrow();
        assertThat(duration.kind()).isEqualTo(Target.Kind.DURATION);
        assertThat(duration.operator()).isEqualTo(Operator.LE);
        assertThat(duration.value()).isEqualTo(new BigDecimal(length));
        assertThat(duration.unit()).isEqualTo(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"提高", "良好", "≥", "≥85.00(%", "=(%)", "≤85%以上", "90-85%", "2023年13月", "2月30日前",
            "1-2万元", "2024年1月至2023年12月", "≥**%", "≥9O%", "1O0%", "=1l", "≥8O", "12O人次"})
    void leavesEverythingElseToBeReadAsWords(String text) {
        assertThat(TargetParser.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "2020.5", "2023", "3000.12", "31日"})
    void aNumberThatCouldBeADateIsANumber(String text) {
        assertThat(TargetParser.parse(text).orElseThrow().kind()).isEqualTo(Target.Kind.NUMERIC);
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', value = {
        "≥85.00(%)         | ≥ 85.00 %",
        "=96.00(次)        | = 96 times",
        "≤90万元           | ≤ CNY 900,000",
        "85%-90%           | 85–90 %",
        "2023年12月31日前  | by 31 December 2023",
        "12月底前          | by the end of December",
        "2024年6月         | in June 2024",
        "2024-12-31        | on 31 December 2024",
        "2023.07-2024.01   | July 2023 to January 2024",
        "2021年全年        | the whole of 2021",
        "30天内            | within 30 days",
        "2023年            | in 2023",
    })
    void measurableTargetsAreComposedInEnglish(String text, String english) {
        var r = TargetParser.parse(text).orElseThrow();
        Glossary glossary = BuiltInVocabulary.get().glossary();
        Text unit = r.unit() == null ? null
                : new Text(r.unit(), glossary.unit(r.unit()).map(Glossary.UnitName::other).orElse(null), null);
        Target target = new Target(new Text(text, null, null), r.kind(), r.operator(), r.value(), r.high(), unit, r.from(),
                r.to(), null);
        assertThat(target.english(glossary)).isEqualTo(english);
    }

    @Test
    void aTextIsReadTheSameEveryTimeAndPastTheTextsRemembered() {
        // More distinct texts than are remembered: each is still read, and read right, after the memory is full.
        for (int n = 0; n < TargetParser.REMEMBERED + 500; n++) {
            var reading = TargetParser.parse("≥" + n + ".5(次)").orElseThrow();
            assertThat(reading.operator()).isEqualTo(Operator.GE);
            assertThat(reading.value()).isEqualByComparingTo(n + ".5");
            assertThat(reading.unit()).isEqualTo("次");
        }
        assertThat(TargetParser.remembered()).isLessThanOrEqualTo(TargetParser.REMEMBERED);
        assertThat(TargetParser.parse("12月底前")).isEqualTo(TargetParser.parse("12月底前"));
        assertThat(TargetParser.parse("12月底前").orElseThrow().kind()).isEqualTo(Target.Kind.DEADLINE);
        assertThat(TargetParser.parse("提高")).isEmpty();
        assertThat(TargetParser.parse("提高")).isEmpty();
    }
}
