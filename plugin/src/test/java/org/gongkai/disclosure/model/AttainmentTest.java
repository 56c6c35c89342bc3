package org.gongkai.disclosure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.gongkai.disclosure.load.TargetParser;

/**
 * Whether an actual value meets its target, for every kind of target as real forms write them: a table of cases, and
 * properties over any figures.
 */
class AttainmentTest {

    private static final int YEAR = 2024;

    /** A target or actual value as the loader reads it (the unit's English does not matter here). */
    static Target read(String written) {
        return TargetParser.parse(written).map(r -> new Target(new Text(written, null, null), r.kind(), r.operator(),
                r.value(), r.high(), r.unit() == null ? null : new Text(r.unit(), null, null), r.from(), r.to(), null))
                .orElseGet(() -> Target.qualitative(new Text(written, null, null)));
    }

    @ParameterizedTest(name = "{0} against {1} ({2}): {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥85%          | 83%          |          | NOT_ACHIEVED
            ≥85%          | 85%          |          | ACHIEVED
            ≥85.00(%)     | 85%          |          | ACHIEVED
            >85%          | 85%          |          | NOT_ACHIEVED
            ≥85%          | 88百分比      |          | ACHIEVED
            ≥85%          | 88           |          | NOT_COMPARABLE
            ≤5%           | 3%           |          | ACHIEVED
            ≤5%           | 6%           |          | NOT_ACHIEVED
            <5%           | 5%           |          | NOT_ACHIEVED
            =100%         | 98%          |          | NOT_ACHIEVED
            ═100%         | 100%         |          | ACHIEVED
            =96.00(次)    | 96次         |          | ACHIEVED
            =96.00(次)    | 110次        |          | NOT_ACHIEVED
            =96.00(次)    | 110次        | POSITIVE | ACHIEVED
            =0起          | 2起          | NEGATIVE | NOT_ACHIEVED
            95%           | 100%         |          | ACHIEVED
            95%           | 90%          |          | NOT_ACHIEVED
            29.5亩        | 29.5亩       |          | ACHIEVED
            50万元        | 48万元       | NEGATIVE | ACHIEVED
            ≥11.376万元   | 12万元       |          | ACHIEVED
            ≤90万元       | 900000元     |          | ACHIEVED
            ≤90万元       | 900000.01元  |          | NOT_ACHIEVED
            ≤30万元       | 30           |          | NOT_COMPARABLE
            ≥100(人次)    | 120人次      |          | ACHIEVED
            ≥100(人次)    | 120人/次     |          | ACHIEVED
            ≥100(人次)    | 120次        |          | NOT_COMPARABLE
            85%-90%       | 87%          |          | ACHIEVED
            85%-90%       | 91%          |          | NOT_ACHIEVED
            ≥85%          | 86%-90%      |          | ACHIEVED
            ≥85%          | 80%-90%      |          | NOT_COMPARABLE
            ≥85%          | ≥90%         |          | ACHIEVED
            30天内        | 25天         |          | ACHIEVED
            30天内        | 31天         |          | NOT_ACHIEVED
            30天内        | 20天内       |          | ACHIEVED
            30天内        | 2个月        |          | NOT_COMPARABLE
            2024年12月31日前 | 2024年11月30日 |      | ACHIEVED
            2024年12月31日前 | 2025年1月   |       | NOT_ACHIEVED
            12月底前      | 2024-12-20   |          | ACHIEVED
            2024年6月     | 2024年5月    |          | ACHIEVED
            2024年6月     | 2024年6月    |          | ACHIEVED
            2024年6月底前  | 2024年7月    |          | NOT_ACHIEVED
            2024年6月15日前 | 2024年6月   |         | NOT_COMPARABLE
            2024年全年     | 2024年1月至12月 |       | ACHIEVED
            2024.01-2024.06 | 2024.02-2024.08 |     | NOT_COMPARABLE
            2024.01-2024.06 | 2024.08-2024.09 |     | NOT_ACHIEVED
            提高          | 有所提高      |          | NOT_JUDGED
            良好          | 95%          |          | NOT_JUDGED
            ≥85%          | 良好         |          | NOT_COMPARABLE
            2024年12月31日前 | 按时完成   |        | NOT_COMPARABLE
            按时             | 按时完成   |        | ACHIEVED
            按期完成         | 2024年6月  |        | NOT_COMPARABLE
            ≥85%          | 2024年12月   |          | NOT_COMPARABLE
            """)
    void anActualValueMeetsItsTargetAsItsOperatorValueUnitAndKindSay(String target, String actual,
            Indicator.Direction direction, Attainment expected) {
        assertThat(Attainment.of(read(target), direction, read(actual), YEAR)).isEqualTo(expected);
    }

    @Property
    void atLeastIsMetExactlyByTheFiguresNotBelowIt(@ForAll @BigRange(min = "0", max = "1000") @Scale(2) BigDecimal target,
            @ForAll @BigRange(min = "0", max = "1000") @Scale(2) BigDecimal actual) {
        Attainment attainment = Attainment.of(read("≥" + target.toPlainString() + "%"), null,
                read(actual.toPlainString() + "%"), YEAR);
        assertThat(attainment).isEqualTo(actual.compareTo(target) >= 0 ? Attainment.ACHIEVED : Attainment.NOT_ACHIEVED);
    }

    @Property
    void atMostInAnotherUnitOfMoneyComparesInYuan(@ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal wan,
            @ForAll @BigRange(min = "0", max = "1000000000") @Scale(2) BigDecimal yuan) {
        Attainment attainment = Attainment.of(read("≤" + wan.toPlainString() + "万元"), null,
                read(yuan.toPlainString() + "元"), YEAR);
        boolean within = yuan.compareTo(wan.multiply(BigDecimal.valueOf(10000))) <= 0;
        assertThat(attainment).isEqualTo(within ? Attainment.ACHIEVED : Attainment.NOT_ACHIEVED);
    }

    @Property
    void aRangeIsMetByTheFiguresInsideIt(@ForAll @BigRange(min = "0", max = "50") @Scale(1) BigDecimal low,
            @ForAll @BigRange(min = "0", max = "100") @Scale(1) BigDecimal actual) {
        BigDecimal high = low.add(BigDecimal.valueOf(50));
        Attainment attainment = Attainment.of(read(low.toPlainString() + "%-" + high.toPlainString() + "%"), null,
                read(actual.toPlainString() + "%"), YEAR);
        boolean inside = actual.compareTo(low) >= 0 && actual.compareTo(high) <= 0;
        assertThat(attainment).isEqualTo(inside ? Attainment.ACHIEVED : Attainment.NOT_ACHIEVED);
    }
}
