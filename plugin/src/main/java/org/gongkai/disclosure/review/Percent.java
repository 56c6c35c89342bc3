package org.gongkai.disclosure.review;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as the review states them: exact decimals, two places, rounded half up. */
final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** {@code part} of {@code whole} in per cent, to two places: 3 of 7 is 42.86. */
    static BigDecimal share(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** A share as shown: {@code 42.86%}. */
    static String shown(long part, long whole) {
        return whole == 0 ? "–" : share(part, whole).toPlainString() + "%";
    }

    /** A setting as written, without trailing zeros: {@code 50%}, {@code 12.5%}. */
    static String setting(BigDecimal percent) {
        BigDecimal stripped = percent.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString() + "%";
    }

    /** A change from {@code before} to {@code after} in per cent, signed, to two places: {@code +25.00%}. */
    static String change(BigDecimal before, BigDecimal after) {
        BigDecimal change = after.subtract(before).multiply(HUNDRED).divide(before, 2, RoundingMode.HALF_UP);
        return (change.signum() > 0 ? "+" : "") + change.toPlainString() + "%";
    }

    /** The size of a change from {@code before} to {@code after} in per cent, exact enough to compare. */
    static BigDecimal changeSize(BigDecimal before, BigDecimal after) {
        return after.subtract(before).abs().multiply(HUNDRED).divide(before, 6, RoundingMode.HALF_UP);
    }
}
