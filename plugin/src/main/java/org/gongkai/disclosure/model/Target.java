package org.gongkai.disclosure.model;

import java.math.BigDecimal;

/**
 * The target value of an indicator (年度指标值), as filed and as read.
 *
 * @param written the target as filed in Chinese, with an English form when given or derivable (a known qualitative
 *     term, or a text with no Chinese in it)
 * @param kind what the text says
 * @param operator for a number, an amount or a duration, the comparison ({@link Operator#EQ} when none is written);
 *     for a deadline, {@link Operator#LE} when it says "by" (前) and {@link Operator#EQ} when it names the time
 * @param value the number exactly as written ({@code 85.00} keeps its two places): a count or a rate, an amount in
 *     the unit it was written in, the low end of a range, the length of a duration
 * @param high the high end of a range; null otherwise
 * @param unit the unit in both languages (of a number, an amount, a range or a duration); null when there is none
 * @param from the start of a period; null otherwise
 * @param to the date of a deadline, or the end of a period; null otherwise, and for a deadline that is the project's
 *     planned completion ({@code 按时}, {@code 按期完成})
 */
public record Target(Text written, Kind kind, Operator operator, BigDecimal value, BigDecimal high, Text unit,
        DatePoint from, DatePoint to, SourcePosition at) {

    public enum Kind {
        /** {@code [OP] NUMBER [UNIT]}, e.g. {@code ≥85.00(%)}. */
        NUMERIC,
        /** An amount of money, e.g. {@code ≤90万元}: exact, in yuan. */
        AMOUNT,
        /** From one number to another, e.g. {@code 85%-90%}. */
        RANGE,
        /**
         * A date to meet, e.g. {@code 2023年12月31日前}, {@code 12月底前}, {@code 2024年6月}, or the project's planned
         * completion: {@code 按时}, {@code 按期完成}.
         */
        DEADLINE,
        /** A stretch of time, e.g. {@code 2023.07-2024.01}, {@code 2021年全年}. */
        PERIOD,
        /** A time within which, e.g. {@code 30天内}. */
        DURATION,
        /** A word such as 提高 (improve) or 良好 (good): shown, not measured. */
        QUALITATIVE,
        /** A text with no Chinese in it that is none of the above: the same in every language. */
        LITERAL
    }

    /** A number, amount or duration: operator, value and unit. */
    public Target(Text written, Kind kind, Operator operator, BigDecimal value, Text unit, SourcePosition at) {
        this(written, kind, operator, value, null, unit, null, null, at);
    }

    public static Target qualitative(Text written) {
        return new Target(written, Kind.QUALITATIVE, null, null, null, null, null, null, written.at());
    }

    public static Target literal(Text written) {
        return new Target(written, Kind.LITERAL, null, null, null, null, null, null, written.at());
    }

    /**
     * True when the target can be measured: met or not by a figure, a date or a period, rather than a word such as
     * 提高 (improve). The share of measurable targets is what the indexes and the finance bureau's review report.
     */
    public boolean isMeasurable() {
        return kind != Kind.QUALITATIVE && kind != Kind.LITERAL;
    }

    /** True for a number with an operator: {@code ≥85.00(%)}, {@code =96(次)}. */
    public boolean isNumeric() {
        return kind == Kind.NUMERIC;
    }

    public boolean isPercentage() {
        return (kind == Kind.NUMERIC || kind == Kind.RANGE) && unit != null
                && ("%".equals(unit.zh()) || "百分比".equals(unit.zh()));
    }

    /** The amount of an amount target in yuan, exactly; null for other kinds. */
    public BigDecimal yuan() {
        return kind == Kind.AMOUNT ? value.multiply(MoneyUnit.of(unit.zh()).yuan()).setScale(2) : null;
    }

    /**
     * The target in English: the translation given, or its parts composed with the glossary's unit
     * ({@code = 96 times}, {@code ≥ 85.00 %}, {@code ≤ CNY 900,000}, {@code 85–90 %}, {@code by 31 December 2023},
     * {@code within 30 days}); null when it has no English.
     */
    public String english(Glossary glossary) {
        if (written.en() != null) {
            return written.en();
        }
        if (!isMeasurable() || !isTranslated()) {
            return null;
        }
        return switch (kind) {
            case NUMERIC -> comparison() + shown(value) + unitAfter(glossary, value);
            case AMOUNT -> comparison() + "CNY " + Yuan.whole(yuan());
            case RANGE -> shown(value) + "–" + shown(high) + unitAfter(glossary, high);
            case DURATION -> "within " + shown(value) + unitAfter(glossary, value);
            case DEADLINE -> to == null ? "on time (by the planned completion)"
                    : (operator == Operator.LE ? "by " : to.day() != null ? "on " : "in ") + to.english();
            case PERIOD -> from.equals(to) ? "the whole of " + from.english() : from.english() + " to " + to.english();
            default -> null;
        };
    }

    /** The sign and a space; nothing for a figure filed without one ({@code 8个} is "8 items", not "= 8 items"). */
    private String comparison() {
        String filed = java.text.Normalizer.normalize(written.zh(), java.text.Normalizer.Form.NFKC).strip();
        boolean bare = operator == Operator.EQ && !filed.isEmpty() && Character.isDigit(filed.charAt(0));
        return bare ? "" : operator.symbol() + " ";
    }

    private String unitAfter(Glossary glossary, BigDecimal count) {
        if (unit == null) {
            return "";
        }
        return " " + glossary.unit(unit.zh()).map(name -> name.forCount(count)).orElse(unit.en());
    }

    /** Percentages keep the places they were filed with (85.00); counts drop empty ones (96.00 → 96). */
    private String shown(BigDecimal number) {
        if (isPercentage()) {
            return number.toPlainString();
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** True when a reader of English can be shown this target without Chinese in it. */
    public boolean isTranslated() {
        if (written.isTranslated()) {
            return true;
        }
        return switch (kind) {
            case NUMERIC, RANGE, DURATION -> unit == null || unit.isTranslated();
            case AMOUNT, DEADLINE, PERIOD -> true;
            default -> false;
        };
    }
}
