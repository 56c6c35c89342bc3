package org.gongkai.disclosure.model;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;

/**
 * Whether an actual value (实际完成值) meets its target (年度指标值), reckoned from operator, value, unit and kind. Both
 * are read as the set of values they allow: {@code ≥85%} is 85 % and more, {@code 83%} is 83 % exactly, {@code 85%-90%}
 * is that range, a deadline is every day up to its last day. The target is achieved when every value the actual allows
 * is one the target allows, and not achieved when none is; otherwise, or when kind or unit differ, the two are not
 * comparable. A figure filed without an operator ({@code 29.5亩}) is a floor, as forms mean it, and an {@code =} is
 * exact; either follows the indicator's 正向 (at least) or 反向 (at most) where the form states one. Amounts compare in
 * yuan whatever their unit, {@code %} and {@code 百分比} are the same unit, and a qualitative target is shown, not
 * judged.
 */
public enum Attainment {
    ACHIEVED,
    NOT_ACHIEVED,
    NOT_COMPARABLE,
    /** A qualitative target (提高, 良好): shown beside the actual value, not judged. */
    NOT_JUDGED;

    private static final Map<String, String> SAME_UNITS = Map.of("百分比", "%", "日", "天", "个工作日", "工作日",
            "个月", "月", "人/次", "人次");

    /** The actual value against the indicator's own target (one for the year); a target per recipient is not compared. */
    public static Attainment of(Indicator indicator, Target actual, int fiscalYear) {
        return of(indicator.target(), indicator.direction(), actual, fiscalYear);
    }

    /**
     * @param target the target, or null when the indicator has one per recipient
     * @param direction 正向 or 反向 as the form states it, or null
     */
    public static Attainment of(Target target, Indicator.Direction direction, Target actual, int fiscalYear) {
        Objects.requireNonNull(actual, "actual");
        if (target != null && !target.isMeasurable()) {
            return NOT_JUDGED;
        }
        if (target == null || !actual.isMeasurable()) {
            return NOT_COMPARABLE;
        }
        boolean targetOnTime = onTime(target);
        boolean actualOnTime = onTime(actual);
        if (targetOnTime || actualOnTime) {
            // 按时 against 按时完成 says it was met; against a date it cannot be told without the planned completion.
            return targetOnTime && actualOnTime ? ACHIEVED : NOT_COMPARABLE;
        }
        Range allowed;
        Range reached;
        if (isDated(target) && isDated(actual)) {
            allowed = target.kind() == Target.Kind.PERIOD ? days(target.from(), target.to(), fiscalYear)
                    : Range.atMost(lastDay(target.to(), fiscalYear), false);
            reached = actual.kind() == Target.Kind.PERIOD ? days(actual.from(), actual.to(), fiscalYear)
                    : actual.operator() == Operator.LE ? Range.atMost(lastDay(actual.to(), fiscalYear), false)
                    : days(actual.to(), actual.to(), fiscalYear);
        } else if (isFigure(target) && isFigure(actual) && comparableUnits(target, actual)) {
            allowed = targetRange(target, direction);
            reached = figures(actual, actual.operator());
        } else {
            return NOT_COMPARABLE;
        }
        if (reached.within(allowed)) {
            return ACHIEVED;
        }
        return reached.apart(allowed) ? NOT_ACHIEVED : NOT_COMPARABLE;
    }

    /** A deadline that is the project's planned completion ({@code 按时}, {@code 按期完成}): it has no date of its own. */
    private static boolean onTime(Target t) {
        return t.kind() == Target.Kind.DEADLINE && t.to() == null;
    }

    /** True when the two have the same unit: equal, both none, both money, or the same unit written two ways. */
    public static boolean sameUnit(Target a, Target b) {
        if (a.kind() == Target.Kind.AMOUNT || b.kind() == Target.Kind.AMOUNT) {
            return a.kind() == b.kind();
        }
        return unit(a).equals(unit(b));
    }

    private static boolean comparableUnits(Target target, Target actual) {
        if (target.kind() == Target.Kind.DURATION && actual.kind() == Target.Kind.NUMERIC) {
            return unit(target).equals(unit(actual));
        }
        return (target.kind() == Target.Kind.DURATION) == (actual.kind() == Target.Kind.DURATION) && sameUnit(target, actual);
    }

    private static String unit(Target target) {
        if (target.unit() == null) {
            return "";
        }
        String unit = Normalizer.normalize(target.unit().zh(), Normalizer.Form.NFKC).strip();
        return SAME_UNITS.getOrDefault(unit, unit);
    }

    private static boolean isDated(Target t) {
        return t.kind() == Target.Kind.DEADLINE || t.kind() == Target.Kind.PERIOD;
    }

    private static boolean isFigure(Target t) {
        return t.kind() == Target.Kind.NUMERIC || t.kind() == Target.Kind.AMOUNT || t.kind() == Target.Kind.RANGE
                || t.kind() == Target.Kind.DURATION;
    }

    /** What a target allows; a figure filed without an operator, or with =, follows the indicator's direction. */
    private static Range targetRange(Target target, Indicator.Direction direction) {
        Operator operator = target.operator();
        if (operator == Operator.EQ && target.kind() != Target.Kind.RANGE) {
            if (direction == Indicator.Direction.NEGATIVE) {
                operator = Operator.LE;
            } else if (direction == Indicator.Direction.POSITIVE || filedWithoutOperator(target)) {
                operator = Operator.GE;
            }
        }
        return figures(target, operator);
    }

    private static boolean filedWithoutOperator(Target target) {
        String filed = Normalizer.normalize(target.written().zh(), Normalizer.Form.NFKC).strip();
        return !filed.isEmpty() && Character.isDigit(filed.charAt(0));
    }

    private static Range figures(Target t, Operator operator) {
        BigDecimal value = t.kind() == Target.Kind.AMOUNT ? t.yuan() : t.value();
        if (t.kind() == Target.Kind.RANGE) {
            return new Range(t.value(), false, t.high(), false);
        }
        return switch (operator == null ? Operator.EQ : operator) {
            case EQ -> new Range(value, false, value, false);
            case GE -> new Range(value, false, null, false);
            case GT -> new Range(value, true, null, false);
            case LE -> Range.atMost(value, false);
            case LT -> Range.atMost(value, true);
        };
    }

    private static Range days(DatePoint from, DatePoint to, int fiscalYear) {
        return new Range(firstDay(from, fiscalYear), false, lastDay(to, fiscalYear), false);
    }

    private static BigDecimal firstDay(DatePoint p, int fiscalYear) {
        int year = p.year() == null ? fiscalYear : p.year();
        if (p.month() == null) {
            return epoch(LocalDate.of(year, p.end() ? 12 : 1, p.end() ? 31 : 1));
        }
        if (p.end()) {
            return epoch(YearMonth.of(year, p.month()).atEndOfMonth());
        }
        return epoch(LocalDate.of(year, p.month(), p.day() == null ? 1 : p.day()));
    }

    private static BigDecimal lastDay(DatePoint p, int fiscalYear) {
        int year = p.year() == null ? fiscalYear : p.year();
        if (p.month() == null) {
            return epoch(LocalDate.of(year, 12, 31));
        }
        return epoch(p.day() == null ? YearMonth.of(year, p.month()).atEndOfMonth() : LocalDate.of(year, p.month(), p.day()));
    }

    private static BigDecimal epoch(LocalDate date) {
        return BigDecimal.valueOf(date.toEpochDay());
    }

    /** The values from {@code low} to {@code high}, either end open (excluded) or missing (unbounded). */
    private record Range(BigDecimal low, boolean lowOpen, BigDecimal high, boolean highOpen) {

        static Range atMost(BigDecimal high, boolean open) {
            return new Range(null, false, high, open);
        }

        /** True when every value of this range is in {@code other}. */
        boolean within(Range other) {
            boolean fromOk = other.low == null || low != null && (low.compareTo(other.low) > 0
                    || low.compareTo(other.low) == 0 && (!other.lowOpen || lowOpen));
            boolean toOk = other.high == null || high != null && (high.compareTo(other.high) < 0
                    || high.compareTo(other.high) == 0 && (!other.highOpen || highOpen));
            return fromOk && toOk;
        }

        /** True when no value of this range is in {@code other}. */
        boolean apart(Range other) {
            if (high != null && other.low != null) {
                int c = high.compareTo(other.low);
                if (c < 0 || c == 0 && (highOpen || other.lowOpen)) {
                    return true;
                }
            }
            if (low != null && other.high != null) {
                int c = low.compareTo(other.high);
                return c > 0 || c == 0 && (lowOpen || other.highOpen);
            }
            return false;
        }
    }
}
