package org.gongkai.disclosure.model;

import java.math.BigDecimal;

import org.gongkai.disclosure.diag.SourcePosition;

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

    public boolean isNumeric() {
        return kind == Kind.NUMERIC;
    }

    public boolean isPercentage() {
        return isNumeric() && unit != null && "%".equals(unit.zh());
    }

    /** True when a reader of English can be shown this target without Chinese in it. */
    public boolean isTranslated() {
        return written.isTranslated() || (kind == Kind.NUMERIC && (unit == null || unit.isTranslated()));
    }
}
