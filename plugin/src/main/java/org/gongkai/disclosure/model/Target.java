package org.gongkai.disclosure.model;

import java.math.BigDecimal;


/**
 * The target value of an indicator (年度指标值).
 *
 * @param written the target as filed in Chinese, with an English form when given or derivable
 *     (a known qualitative term, or a text with no Chinese in it)
 * @param kind what the text says
 * @param operator for a numeric target, the comparison; {@link Operator#EQ} when none is written
 * @param value for a numeric target, the number exactly as written ({@code 85.00} keeps its two places)
 * @param unit for a numeric target with a unit, the unit in both languages; null when there is none
 */
public record Target(Text written, Kind kind, Operator operator, BigDecimal value, Text unit, SourcePosition at) {

    public enum Kind {
        /** {@code [OP] NUMBER [UNIT]}, e.g. {@code ≥85.00(%)}. */
        NUMERIC,
        /** A word such as 提高 (improve) or 良好 (good). */
        QUALITATIVE,
        /** A text with no Chinese in it, e.g. {@code 2023.07-2024.01}: the same in every language. */
        LITERAL
    }

    public static Target qualitative(Text written) {
        return new Target(written, Kind.QUALITATIVE, null, null, null, written.at());
    }

    public static Target literal(Text written) {
        return new Target(written, Kind.LITERAL, null, null, null, written.at());
    }

    /**
     * True when the target can be measured: met or not by a figure, a date or a period, rather than a word such as
     * 提高 (improve). The share of measurable targets is what the indexes and the finance bureau's review report.
     */
    public boolean isMeasurable() {
        return kind == Kind.NUMERIC;
    }

    public boolean isNumeric() {
        return kind == Kind.NUMERIC;
    }

    public boolean isPercentage() {
        return isNumeric() && unit != null && "%".equals(unit.zh());
    }

    /**
     * The target in English: the translation given, or for a numeric target its parts composed with the glossary's
     * unit ({@code = 96 times}, {@code ≥ 85.00 %}); null when it has no English.
     */
    public String english(Glossary glossary) {
        if (written.en() != null) {
            return written.en();
        }
        if (kind != Kind.NUMERIC || !isTranslated()) {
            return null;
        }
        StringBuilder out = new StringBuilder(operator.symbol()).append(' ').append(shownValue());
        if (unit != null) {
            out.append(' ').append(glossary.unit(unit.zh()).map(name -> name.forCount(value)).orElse(unit.en()));
        }
        return out.toString();
    }

    /** Percentages keep the places they were filed with (85.00); counts drop empty ones (96.00 → 96). */
    private String shownValue() {
        if (isPercentage()) {
            return value.toPlainString();
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** True when a reader of English can be shown this target without Chinese in it. */
    public boolean isTranslated() {
        return written.isTranslated() || (kind == Kind.NUMERIC && (unit == null || unit.isTranslated()));
    }
}
