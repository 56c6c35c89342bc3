package org.gongkai.disclosure.load;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.disclosure.model.Operator;

/**
 * Reads a numeric target as real filings write it: {@code =96.00(次)}, {@code ≥85.00(%)}, {@code ≥80 (%)},
 * {@code 1715人次}, {@code ≥ 1 人/年}, {@code 大于90%}, {@code 不低于95%}, {@code ≧92%}, {@code ＝100%},
 * {@code 85%以上}. Anything else is not numeric (a qualitative term or a free text).
 */
public final class TargetParser {

    /** A parsed numeric target. {@code unit} is null when none is written. */
    public record Numeric(Operator operator, BigDecimal value, String unit) {
    }

    private static final Pattern NUMBER_AND_UNIT = Pattern.compile(
            "([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*(.*)");

    private TargetParser() {
    }

    public static Optional<Numeric> parse(String written) {
        // NFKC turns full-width forms (＝, ％, （）, ８５) into their ASCII equivalents.
        String text = Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
        Operator operator = null;
        Optional<Operator.Written> prefix = Operator.prefixOf(text);
        if (prefix.isPresent()) {
            operator = prefix.get().operator();
            text = text.substring(prefix.get().text().length()).strip();
        } else {
            Optional<Operator.Written> suffix = Operator.suffixOf(text);
            if (suffix.isPresent()) {
                String rest = text.substring(0, text.length() - suffix.get().text().length()).strip();
                Optional<Numeric> inner = parse(rest);
                if (inner.isPresent() && inner.get().operator() == Operator.EQ && !rest.startsWith("=")) {
                    return Optional.of(new Numeric(suffix.get().operator(), inner.get().value(), inner.get().unit()));
                }
                return Optional.empty();
            }
        }
        Matcher matcher = NUMBER_AND_UNIT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String unit = unwrap(stripAgreeingSuffix(matcher.group(2).strip(), operator));
        if (unit == null) {
            return Optional.empty();
        }
        if (unit.chars().anyMatch(Character::isDigit) || unit.contains("-") || unit.contains("~")) {
            return Optional.empty(); // a range or a date such as 2023.07-2024.01: not one number
        }
        BigDecimal value = new BigDecimal(matcher.group(1).replace(",", ""));
        return Optional.of(new Numeric(operator == null ? Operator.EQ : operator, value, unit.isEmpty() ? null : unit));
    }

    /**
     * Drops a suffix that repeats the operator ({@code ≥85%以上}); null when it contradicts it ({@code ≤85%以上}).
     */
    private static String stripAgreeingSuffix(String unit, Operator operator) {
        if (operator == null) {
            return unit;
        }
        Optional<Operator.Written> suffix = Operator.suffixOf(unit);
        if (suffix.isEmpty()) {
            return unit;
        }
        boolean agrees = suffix.get().operator() == Operator.GE ? operator.isLowerBound() : operator.isUpperBound();
        return agrees ? unit.substring(0, unit.length() - suffix.get().text().length()).strip() : null;
    }

    /** The unit without its parentheses; null when the parentheses do not match. */
    private static String unwrap(String unit) {
        if (unit == null) {
            return null;
        }
        if (unit.startsWith("(")) {
            if (!unit.endsWith(")") || unit.indexOf(')') != unit.length() - 1) {
                return null;
            }
            return unit.substring(1, unit.length() - 1).strip();
        }
        if (unit.contains("(") || unit.contains(")")) {
            return null;
        }
        return unit;
    }
}
