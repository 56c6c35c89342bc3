package org.gongkai.disclosure.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar date as filed, to the day, the month or the year ({@code 2024-03-31}, {@code 2024-03}, {@code 2024}):
 * many forms give only a month or a year, and a page shows what was filed.
 *
 * @param date the first day of what was filed
 */
public record DateValue(LocalDate date, Precision precision, SourcePosition at) {

    /** How much of a date was filed. */
    public enum Precision {
        DAY,
        MONTH,
        YEAR
    }

    public DateValue(LocalDate date, SourcePosition at) {
        this(date, Precision.DAY, at);
    }

    /** The last day of what was filed: the day itself, the month's last day, or 31 December. */
    public LocalDate lastDay() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case YEAR -> LocalDate.of(date.getYear(), 12, 31);
        };
    }

    /** As ISO 8601 writes it at its precision: {@code 2024-03-31}, {@code 2024-03}, {@code 2024}. */
    public String iso() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> YearMonth.from(date).toString();
            case YEAR -> String.valueOf(date.getYear());
        };
    }
}
