package org.gongkai.disclosure.load;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount of money exactly from its text: {@code 1859441.00}, {@code "1,859,441.00"},
 * {@code "1859441.00元"}, {@code "185.9441万元"}. Never through a double.
 */
public final class AmountParser {

    /** An amount in yuan and the precision its text states, in yuan. */
    public record Amount(BigDecimal yuan, BigDecimal resolution) {
    }

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:([, ])\\d{3})(?:\\1\\d{3})*(?:\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern LOOKS_NUMERIC = Pattern.compile("[-+]?[\\d.,\\s]*\\d[\\d.,\\s]*");
    private static final Pattern UNIT = Pattern.compile("^(.*?)\\s*(亿元|亿|万元|万|千元|元)$");

    private AmountParser() {
    }

    public static Parsed<Amount> parse(String written) {
        String text = written.strip();
        if (text.isEmpty()) {
            return Parsed.problem("amount.empty");
        }
        if (text.codePoints().anyMatch(AmountParser::isFullWidthNumeral)) {
            return Parsed.problem("amount.fullWidth", written);
        }
        BigDecimal multiplier = BigDecimal.ONE;
        Matcher unit = UNIT.matcher(text);
        if (unit.matches()) {
            text = unit.group(1);
            multiplier = switch (unit.group(2)) {
                case "亿元", "亿" -> new BigDecimal("100000000");
                case "万元", "万" -> new BigDecimal("10000");
                case "千元" -> new BigDecimal("1000");
                default -> BigDecimal.ONE;
            };
        }
        if (text.startsWith("-") && LOOKS_NUMERIC.matcher(text).matches()) {
            return Parsed.problem("amount.negative", written);
        }
        if (text.startsWith("+")) {
            text = text.substring(1);
        }
        String digits;
        if (PLAIN.matcher(text).matches()) {
            digits = text;
        } else if (GROUPED.matcher(text).matches()) {
            digits = text.replace(",", "").replace(" ", "");
        } else if (LOOKS_NUMERIC.matcher(text).matches()) {
            return Parsed.problem("amount.grouping", written);
        } else {
            return Parsed.problem("amount.format", written);
        }
        BigDecimal number = new BigDecimal(digits);
        BigDecimal yuan = number.multiply(multiplier);
        if (yuan.stripTrailingZeros().scale() > 2) {
            return Parsed.problem("amount.tooPrecise", written, yuan.stripTrailingZeros().toPlainString());
        }
        BigDecimal resolution = BigDecimal.ONE.movePointLeft(number.scale()).multiply(multiplier);
        return Parsed.ok(new Amount(yuan.setScale(2), resolution));
    }

    private static boolean isFullWidthNumeral(int c) {
        return (c >= 0xFF10 && c <= 0xFF19) || c == 0xFF0C || c == 0xFF0E || c == 0x3000 || c == 0xFF0D;
    }
}
