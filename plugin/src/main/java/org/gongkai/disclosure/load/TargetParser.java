package org.gongkai.disclosure.load;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.disclosure.model.DatePoint;
import org.gongkai.disclosure.model.MoneyUnit;
import org.gongkai.disclosure.model.Operator;
import org.gongkai.disclosure.model.Target;

/**
 * Reads a measurable target as real filings write it:
 * <ul>
 * <li>numbers: {@code =96.00(次)}, {@code ≥85.00(%)}, {@code 1715人次}, {@code 大于90%}, {@code 85%以上};</li>
 * <li>amounts of money: {@code ≤90万元}, {@code 250万}, {@code 不低于1.5亿元};</li>
 * <li>ranges: {@code 85%-90%}, {@code 80至90分};</li>
 * <li>deadlines: {@code 2023年12月31日前}, {@code 12月底前}, {@code 2024年6月}, {@code 2024-12-31};</li>
 * <li>periods: {@code 2023.07-2024.01}, {@code 2024年1月至12月}, {@code 2021年全年};</li>
 * <li>durations: {@code 30天内}, {@code 3个工作日以内}.</li>
 * </ul>
 * Anything else is not measurable (a qualitative word or a free text). The text is at most a couple of hundred
 * characters (the reader bounds it) and every pattern here is linear.
 */
public final class TargetParser {

    /** What a target's text says; the unit is still as written, without its English. */
    public record Reading(Target.Kind kind, Operator operator, BigDecimal value, BigDecimal high, String unit,
            DatePoint from, DatePoint to) {
    }

    private static final String NUMBER = "([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)";
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile(NUMBER + "\\s*(.*)");
    private static final String TO = "\\s*(?:-|~|～|—|–|至|到)\\s*";
    private static final Pattern RANGE = Pattern.compile(NUMBER + "\\s*([^\\d\\s~～—–至到-]*)" + TO + NUMBER + "\\s*(.*)");
    /** A date as targets write it: 2023年12月31日, 2023.12.31, 2023-12, 2024年, 12月31日, 12月, 12月底, 年底. */
    // A day only after a month and its sign: 31日 is 31 days, not the 1st of March.
    private static final String DATE = "(?:(\\d{4})\\s*(?:年|\\.|/|-)?)?\\s*(?:(\\d{1,2})\\s*(?:(?:月|\\.|/|-)\\s*(?:(\\d{1,2})\\s*日?)?)?\\s*(底)?)?";
    private static final Pattern DEADLINE = Pattern.compile("(?:截至|截止|于|在)?\\s*" + DATE + "\\s*(前|之前|以前|止|为止)?");
    private static final Pattern YEAR_END = Pattern.compile("(?:(\\d{4})\\s*年)?\\s*年\\s*底\\s*(前|之前|以前)?");
    private static final Pattern PERIOD = Pattern.compile("(.+?)" + TO + "(.+)");
    private static final Pattern WHOLE_YEAR = Pattern.compile("(\\d{4})\\s*年\\s*(?:全年|整年|全年度)");
    private static final Set<String> TIME_UNITS = Set.of("天", "日", "个工作日", "工作日", "周", "个月", "月", "年", "小时",
            "分钟");
    private static final List<String> WITHIN = List.of("以内", "之内", "内");
    /** A deadline that is the project's planned completion: met or not at year end, like a dated one. */
    private static final Set<String> ON_TIME = Set.of("按时", "按期", "按时完成", "按期完成", "如期", "如期完成",
            "按计划完成", "按进度完成");

    /**
     * Readings of the texts met before, as filings repeat their targets from project to project ({@code ≥95%},
     * {@code 100%}, {@code 12月底前}, {@code 提高}): a reading depends on its text alone. At most {@link #REMEMBERED}
     * texts, each as short as the reader bounds it; a text met after that is read every time.
     */
    private static final Map<String, Optional<Reading>> READINGS = new ConcurrentHashMap<>();
    static final int REMEMBERED = 8192;
    private static final AtomicInteger KEPT = new AtomicInteger();

    private TargetParser() {
    }

    public static Optional<Reading> parse(String written) {
        Optional<Reading> known = READINGS.get(written);
        if (known != null) {
            return known;
        }
        Optional<Reading> reading = read(written);
        // Counted apart from the map, so that threads reading at once never take it past its bound.
        if (KEPT.get() < REMEMBERED && KEPT.incrementAndGet() <= REMEMBERED) {
            READINGS.putIfAbsent(written, reading);
        }
        return reading;
    }

    /** How many texts are remembered now. */
    static int remembered() {
        return READINGS.size();
    }

    private static Optional<Reading> read(String written) {
        // NFKC turns full-width forms (＝, ％, （）, ８５) into their ASCII equivalents.
        String text = Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Reading> time = time(text);
        if (time.isPresent()) {
            return time;
        }
        Optional<Reading> range = range(text);
        if (range.isPresent()) {
            return range;
        }
        return numeric(text);
    }

    /** A deadline, a period or a duration. */
    private static Optional<Reading> time(String text) {
        if (ON_TIME.contains(text)) {
            return Optional.of(new Reading(Target.Kind.DEADLINE, Operator.LE, null, null, null, null, null));
        }
        Matcher whole = WHOLE_YEAR.matcher(text);
        if (whole.matches()) {
            DatePoint year = new DatePoint(Integer.valueOf(whole.group(1)), null, null, false);
            return Optional.of(new Reading(Target.Kind.PERIOD, null, null, null, null, year, year));
        }
        Optional<Reading> deadline = deadline(text);
        if (deadline.isPresent()) {
            return deadline;
        }
        Matcher period = PERIOD.matcher(text);
        if (period.matches()) {
            Optional<DatePoint> from = date(period.group(1), null);
            Optional<DatePoint> to = from.flatMap(f -> date(period.group(2), f.year()));
            if (from.isPresent() && to.isPresent() && from.get().month() != null == (to.get().month() != null)
                    && !later(from.get(), to.get())) {
                return Optional.of(new Reading(Target.Kind.PERIOD, null, null, null, null, from.get(), to.get()));
            }
        }
        for (String within : WITHIN) {
            if (text.endsWith(within)) {
                Optional<Reading> length = numeric(text.substring(0, text.length() - within.length()).strip());
                if (length.isPresent() && length.get().operator() == Operator.EQ && length.get().kind() == Target.Kind.NUMERIC
                        && TIME_UNITS.contains(length.get().unit())) {
                    return Optional.of(new Reading(Target.Kind.DURATION, Operator.LE, length.get().value(), null,
                            length.get().unit(), null, null));
                }
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<Reading> deadline(String text) {
        Matcher yearEnd = YEAR_END.matcher(text);
        if (yearEnd.matches()) {
            Integer year = yearEnd.group(1) == null ? null : Integer.valueOf(yearEnd.group(1));
            return Optional.of(new Reading(Target.Kind.DEADLINE, yearEnd.group(2) != null ? Operator.LE : Operator.EQ,
                    null, null, null, null, new DatePoint(year, 12, null, true)));
        }
        Matcher m = DEADLINE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean by = m.group(5) != null || text.startsWith("截");
        Optional<DatePoint> point = point(m, null, isDated(m, text) || by);
        return point.map(p -> new Reading(Target.Kind.DEADLINE, by ? Operator.LE : Operator.EQ, null, null, null, null, p));
    }

    /** A date alone (a period's end), with the year of its start when it has none of its own. */
    private static Optional<DatePoint> date(String text, Integer yearOfStart) {
        Matcher m = DEADLINE.matcher(text.strip());
        if (!m.matches() || m.group(5) != null) {
            return Optional.empty();
        }
        return point(m, yearOfStart, isDated(m, text));
    }

    /**
     * True when a text marks itself as a date: 年, 月 or 日, or a year and a two-digit month with a separator
     * ({@code 2023.07}, {@code 2024-12-31}); {@code 12} or {@code 2020.5} alone are numbers.
     */
    private static boolean isDated(Matcher m, String text) {
        if (text.contains("年") || text.contains("月") || text.contains("日")) {
            return true;
        }
        return m.group(1) != null && m.group(2) != null && (m.group(2).length() == 2 || m.group(3) != null);
    }

    /**
     * The date a match of {@link #DATE} names, or empty when it is no date: a bare number ({@code 2023}), a month 13, a
     * day 31 in a month of 30, a year far from any budget's.
     *
     * @param dated whether the text marks itself as a date (see {@link #isDated})
     */
    private static Optional<DatePoint> point(Matcher m, Integer defaultYear, boolean dated) {
        Integer year = m.group(1) == null ? defaultYear : Integer.valueOf(m.group(1));
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        boolean end = m.group(4) != null;
        if (!dated || (year == null && month == null) || (m.group(1) == null && month == null)) {
            return Optional.empty();
        }
        if (year != null && (year < 1950 || year > 2200)) {
            return Optional.empty();
        }
        if (month != null && (month < 1 || month > 12)) {
            return Optional.empty();
        }
        if (day != null) {
            int length = YearMonth.of(year == null ? 2000 : year, month).lengthOfMonth(); // 2000: 29 February is a day
            if (day < 1 || day > length) {
                return Optional.empty();
            }
        }
        if (day == null && month == null && m.group(1) != null && !m.group(0).contains("年")) {
            return Optional.empty(); // 2023 alone is a number, not a year
        }
        return Optional.of(new DatePoint(m.group(1) == null ? defaultYear : year, month, day, end));
    }

    private static boolean later(DatePoint from, DatePoint to) {
        if (from.year() == null || to.year() == null) {
            return false;
        }
        int a = from.year() * 13 + (from.month() == null ? 0 : from.month());
        int b = to.year() * 13 + (to.month() == null ? 0 : to.month());
        return a > b;
    }

    /** From one number to another in the same unit (or a unit written once, at the end). */
    private static Optional<Reading> range(String text) {
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String firstUnit = unwrap(m.group(2).strip());
        String unit = unwrap(m.group(4).strip());
        if (firstUnit == null || unit == null || (!firstUnit.isEmpty() && !firstUnit.equals(unit))
                || unit.chars().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        BigDecimal low = number(m.group(1));
        BigDecimal high = number(m.group(3));
        if (low.compareTo(high) >= 0 || MoneyUnit.isMoney(unit)) {
            return Optional.empty();
        }
        return Optional.of(new Reading(Target.Kind.RANGE, null, low, high, unit.isEmpty() ? null : unit, null, null));
    }

    /** {@code [OP] NUMBER [UNIT]}, or {@code NUMBER [UNIT] 以上}; an amount when the unit is one of money. */
    private static Optional<Reading> numeric(String text) {
        Operator operator = null;
        Optional<Operator.Written> prefix = Operator.prefixOf(text);
        if (prefix.isPresent()) {
            operator = prefix.get().operator();
            text = text.substring(prefix.get().text().length()).strip();
        } else {
            Optional<Operator.Written> suffix = Operator.suffixOf(text);
            if (suffix.isPresent()) {
                String rest = text.substring(0, text.length() - suffix.get().text().length()).strip();
                Optional<Reading> inner = numeric(rest);
                if (inner.isPresent() && inner.get().operator() == Operator.EQ && !rest.startsWith("=")) {
                    Reading r = inner.get();
                    return Optional.of(new Reading(r.kind(), suffix.get().operator(), r.value(), null, r.unit(), null,
                            null));
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
            return Optional.empty(); // two numbers: a range or a date, not one number
        }
        if (misreadDigit(matcher.group(2))) {
            return Optional.empty(); // ≥9O%: a letter typed or scanned for a zero or a one, not a unit
        }
        BigDecimal value = number(matcher.group(1));
        Target.Kind kind = MoneyUnit.isMoney(unit) && value.signum() >= 0 ? Target.Kind.AMOUNT : Target.Kind.NUMERIC;
        return Optional.of(new Reading(kind, operator == null ? Operator.EQ : operator, value, null,
                unit.isEmpty() ? null : unit, null, null));
    }

    /** True when what follows the figure starts with a letter O or l standing for a digit: {@code 9O%}, {@code 12O人次}. */
    private static boolean misreadDigit(String afterNumber) {
        if (afterNumber.isEmpty() || "OoIl".indexOf(afterNumber.charAt(0)) < 0) {
            return false;
        }
        // Not a Latin word such as Ohm or lx: a lone letter, or one before a digit, a sign or a Chinese unit (12O人次).
        char next = afterNumber.length() == 1 ? ' ' : afterNumber.charAt(1);
        return afterNumber.length() == 1 || !(next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z');
    }

    private static BigDecimal number(String written) {
        return new BigDecimal(written.replace(",", ""));
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
