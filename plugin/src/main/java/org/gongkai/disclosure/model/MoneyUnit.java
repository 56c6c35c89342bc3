package org.gongkai.disclosure.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A unit amounts of money are written in: 元, 千元, 万元 (10,000 yuan), 亿元 (100 million yuan), and 万, 亿 alone. */
public record MoneyUnit(String written, BigDecimal yuan) {

    /** Longest first, so that 万元 is taken before 元. */
    public static final List<MoneyUnit> ALL = List.of(
            new MoneyUnit("亿元", new BigDecimal("100000000")), new MoneyUnit("万元", new BigDecimal("10000")),
            new MoneyUnit("千元", new BigDecimal("1000")), new MoneyUnit("亿", new BigDecimal("100000000")),
            new MoneyUnit("万", new BigDecimal("10000")), new MoneyUnit("元", BigDecimal.ONE));

    /** The unit a text ends with, if any. */
    public static Optional<MoneyUnit> endOf(String text) {
        return ALL.stream().filter(unit -> text.endsWith(unit.written())).findFirst();
    }

    /** The unit written exactly so; an unknown one is a bug (only units of {@link #ALL} are stored). */
    public static MoneyUnit of(String written) {
        return ALL.stream().filter(unit -> unit.written().equals(written)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a unit of money: " + written));
    }

    public static boolean isMoney(String unit) {
        return ALL.stream().anyMatch(u -> u.written().equals(unit));
    }
}
