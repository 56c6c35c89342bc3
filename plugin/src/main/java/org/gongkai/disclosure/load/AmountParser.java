package org.gongkai.disclosure.load;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gongkai.disclosure.model.MoneyUnit;

/**
 * Reads an amount of money exactly from its text: {@code 1859441.00}, {@code "1,859,441.00"},
 * {@code "1859441.00元"}, {@code "185.9441万元"}. Never through a double.
 *
 * <p>The text is bounded before any pattern or {@link BigDecimal} sees it, and the patterns that remain are linear:
 * a hostile file of a million digits costs nothing.
 */
public final class AmountParser {

    /** The longest amount text read: 千亿元 to the fen with separators is about 25 characters. */
    public static final int MAX_LENGTH = 40;

    /** An amount in yuan and the precision its text states, in yuan. */
    public record Amount(BigDecimal yuan, BigDecimal resolution) {
    }


    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:([, ])\\d{3})(?:\\1\\d{3})*(?:\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(?:\\.\\d+)?");

    private AmountParser() {
    }

    public static Parsed<Amount> parse(String written) {
        String text = written.strip();
        if (text.isEmpty()) {
            return Parsed.problem("amount.empty");
        }
        if (text.length() > MAX_LENGTH) {
            return Parsed.problem("amount.tooLong", text.codePointCount(0, text.length()), MAX_LENGTH);
        }
        if (text.codePoints().anyMatch(AmountParser::isFullWidthNumeral)) {
            return Parsed.problem("amount.fullWidth", written);
        }
        BigDecimal multiplier = BigDecimal.ONE;
        Optional<MoneyUnit> unit = MoneyUnit.endOf(text);
        if (unit.isPresent()) {
            text = text.substring(0, text.length() - unit.get().written().length()).strip();
            multiplier = unit.get().yuan();
        }
        if (text.startsWith("-") && looksNumeric(text.substring(1))) {
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
        } else if (looksNumeric(text)) {
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

    /** Digits with separators in the wrong places ({@code 1,85,9441}): only digits, dots, commas and spaces. */
    private static boolean looksNumeric(String text) {
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != ',' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return digit;
    }

    private static boolean isFullWidthNumeral(int c) {
        return (c >= 0xFF10 && c <= 0xFF19) || c == 0xFF0C || c == 0xFF0E || c == 0x3000 || c == 0xFF0D;
    }
}
