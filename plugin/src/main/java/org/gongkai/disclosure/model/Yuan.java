package org.gongkai.disclosure.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats amounts of yuan the same way in every language and on every machine: {@code 1,859,441.00}. */
public final class Yuan {

    private Yuan() {
    }

    /** Grouped by thousands with commas, always two decimals; exact (the value already has scale 2). */
    public static String grouped(BigDecimal yuan) {
        BigDecimal fen = yuan.setScale(2, RoundingMode.UNNECESSARY);
        String plain = fen.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = plain.substring(0, dot);
        StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3);
        int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        out.append(whole, 0, lead);
        for (int i = lead; i < whole.length(); i += 3) {
            out.append(',').append(whole, i, i + 3);
        }
        out.append(plain.substring(dot));
        return fen.signum() < 0 ? "-" + out : out.toString();
    }

    /** Grouped by thousands, without decimals when it is a whole number of yuan: {@code 900,000}, {@code 12.50}. */
    public static String whole(BigDecimal yuan) {
        String grouped = grouped(yuan);
        return grouped.endsWith(".00") ? grouped.substring(0, grouped.length() - 3) : grouped;
    }

    /**
     * The amount in {@code unit} yuan (10,000 for 万元), exactly, grouped by thousands with at least two decimals and
     * no more than it needs: {@code 122,641.50}, {@code 968.1918}.
     */
    public static String groupedIn(BigDecimal yuan, BigDecimal unit) {
        BigDecimal value = yuan.divide(unit).stripTrailingZeros();
        return grouped(value.scale() < 2 ? value.setScale(2) : value, value.scale() < 2 ? 2 : value.scale());
    }

    private static String grouped(BigDecimal value, int places) {
        String plain = value.abs().setScale(places, RoundingMode.UNNECESSARY).toPlainString();
        int dot = plain.indexOf('.');
        String whole = plain.substring(0, dot);
        StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3);
        int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        out.append(whole, 0, lead);
        for (int i = lead; i < whole.length(); i += 3) {
            out.append(',').append(whole, i, i + 3);
        }
        out.append(plain.substring(dot));
        return value.signum() < 0 ? "-" + out : out.toString();
    }

    /** The amount in 万元 (units of 10,000 yuan) to {@code places} decimals, rounded half up. */
    public static BigDecimal inWan(BigDecimal yuan, int places) {
        return yuan.movePointLeft(4).setScale(places, RoundingMode.HALF_UP);
    }
}
