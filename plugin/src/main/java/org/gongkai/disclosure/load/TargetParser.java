package org.gongkai.disclosure.load;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** Word operators, longest first so that 大于等于 wins over 大于. */
    private static final Map<String, Operator> WORD_OPERATORS = new LinkedHashMap<>();

    static {
        WORD_OPERATORS.put("大于等于", Operator.GE);
        WORD_OPERATORS.put("小于等于", Operator.LE);
        WORD_OPERATORS.put("不低于", Operator.GE);
        WORD_OPERATORS.put("不少于", Operator.GE);
        WORD_OPERATORS.put("不小于", Operator.GE);
        WORD_OPERATORS.put("不高于", Operator.LE);
        WORD_OPERATORS.put("不多于", Operator.LE);
        WORD_OPERATORS.put("不大于", Operator.LE);
        WORD_OPERATORS.put("不超过", Operator.LE);
        WORD_OPERATORS.put("达到", Operator.GE);
        WORD_OPERATORS.put("至少", Operator.GE);
        WORD_OPERATORS.put("超过", Operator.GT);
        WORD_OPERATORS.put("高于", Operator.GT);
        WORD_OPERATORS.put("低于", Operator.LT);
        WORD_OPERATORS.put("大于", Operator.GT);
        WORD_OPERATORS.put("小于", Operator.LT);
        WORD_OPERATORS.put("等于", Operator.EQ);
        WORD_OPERATORS.put(">=", Operator.GE);
        WORD_OPERATORS.put("<=", Operator.LE);
        WORD_OPERATORS.put("≥", Operator.GE);
        WORD_OPERATORS.put("≤", Operator.LE);
        WORD_OPERATORS.put("≧", Operator.GE);
        WORD_OPERATORS.put("≦", Operator.LE);
        WORD_OPERATORS.put("⩾", Operator.GE);
        WORD_OPERATORS.put("⩽", Operator.LE);
        WORD_OPERATORS.put(">", Operator.GT);
        WORD_OPERATORS.put("<", Operator.LT);
        WORD_OPERATORS.put("=", Operator.EQ);
    }

    /** Suffix operators ({@code 85%以上}), longest first so that 及以上 wins over 以上. */
    private static final Map<String, Operator> SUFFIX_OPERATORS = new LinkedHashMap<>();

    static {
        SUFFIX_OPERATORS.put("及以上", Operator.GE);
        SUFFIX_OPERATORS.put("及以下", Operator.LE);
        SUFFIX_OPERATORS.put("以上", Operator.GE);
        SUFFIX_OPERATORS.put("以下", Operator.LE);
        SUFFIX_OPERATORS.put("以内", Operator.LE);
    }

    private static final Pattern NUMBER_AND_UNIT = Pattern.compile(
            "([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*(.*)");

    private TargetParser() {
    }

    public static Optional<Numeric> parse(String written) {
        // NFKC turns full-width forms (＝, ％, （）, ８５) into their ASCII equivalents.
        String text = Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
        Operator operator = null;
        for (Map.Entry<String, Operator> word : WORD_OPERATORS.entrySet()) {
            if (text.startsWith(word.getKey())) {
                operator = word.getValue();
                text = text.substring(word.getKey().length()).strip();
                break;
            }
        }
        if (operator == null) {
            for (Map.Entry<String, Operator> suffix : SUFFIX_OPERATORS.entrySet()) {
                if (text.endsWith(suffix.getKey())) {
                    String rest = text.substring(0, text.length() - suffix.getKey().length()).strip();
                    if (rest.endsWith("及")) {
                        rest = rest.substring(0, rest.length() - 1).strip();
                    }
                    Optional<Numeric> inner = parse(rest);
                    if (inner.isPresent() && inner.get().operator() == Operator.EQ && !rest.startsWith("=")) {
                        return Optional.of(new Numeric(suffix.getValue(), inner.get().value(), inner.get().unit()));
                    }
                    return Optional.empty();
                }
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
        for (Map.Entry<String, Operator> suffix : SUFFIX_OPERATORS.entrySet()) {
            if (unit.endsWith(suffix.getKey())) {
                Operator said = suffix.getValue();
                boolean agrees = said == Operator.GE ? operator == Operator.GE || operator == Operator.GT
                        : operator == Operator.LE || operator == Operator.LT;
                return agrees ? unit.substring(0, unit.length() - suffix.getKey().length()).strip() : null;
            }
        }
        return unit;
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
