package org.gongkai.disclosure.model;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A point in time as a target names it, to the day, the month or the year, with or without the year:
 * {@code 2023年12月31日}, {@code 2024年6月}, {@code 12月底} (the end of December of the year in question), {@code 2024年}.
 *
 * @param year the year, or null when the target leaves it to the fiscal year
 * @param month 1 to 12, or null for a whole year
 * @param day 1 to 31, or null for a whole month or year
 * @param end true for 底 (the end of the month or the year)
 */
public record DatePoint(Integer year, Integer month, Integer day, boolean end) {

    /** As English writes it: {@code 31 December 2023}, {@code June 2024}, {@code the end of December}, {@code 2024}. */
    public String english() {
        String monthName = month == null ? null : Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        StringBuilder out = new StringBuilder();
        if (end) {
            out.append("the end of ").append(monthName != null ? monthName : "the year");
            if (year != null) {
                out.append(' ').append(year);
            }
            return out.toString();
        }
        if (day != null) {
            out.append(day).append(' ');
        }
        if (monthName != null) {
            out.append(monthName);
        }
        if (year != null) {
            if (monthName != null) {
                out.append(' ');
            }
            out.append(year);
        }
        return out.toString();
    }

    /** As ISO 8601 writes what is known: {@code 2023-12-31}, {@code 2024-06}, {@code 2024}; {@code --12} without a year. */
    public String iso() {
        String y = year == null ? "-" : String.valueOf(year);
        if (month == null) {
            return y;
        }
        String m = String.format("%s-%02d", y, month);
        return day == null ? m : String.format("%s-%02d", m, day);
    }
}
