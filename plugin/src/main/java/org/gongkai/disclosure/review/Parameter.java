package org.gongkai.disclosure.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * A threshold or a list of words a review rule takes, with its default; {@code review.yaml} may change it. Typed, so
 * that a rule reads its own setting as what it is.
 *
 * @param key the setting's name in {@code review.yaml}, under the rule's
 * @param min the smallest value allowed (percentages and counts); null for words
 * @param max the largest value allowed (percentages and counts); null for words
 */
public record Parameter<T>(String key, Kind kind, T defaultValue, BigDecimal min, BigDecimal max) {

    /** What a setting holds. */
    public enum Kind {
        /** A percentage, e.g. {@code 50} or {@code "12.5%"}. */
        PERCENT,
        /** A whole number, e.g. {@code 3}. */
        COUNT,
        /** A list of words, e.g. {@code [问卷, 调查]}. */
        WORDS
    }

    /** A percentage between {@code min} and {@code max}. */
    public static Parameter<BigDecimal> percent(String key, String defaultValue, int min, int max) {
        return new Parameter<>(key, Kind.PERCENT, new BigDecimal(defaultValue), BigDecimal.valueOf(min),
                BigDecimal.valueOf(max));
    }

    /** A whole number between {@code min} and {@code max}. */
    public static Parameter<Integer> count(String key, int defaultValue, int min, int max) {
        return new Parameter<>(key, Kind.COUNT, defaultValue, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    /** A list of words, each looked for as it is written. */
    public static Parameter<List<String>> words(String key, String... defaults) {
        return new Parameter<>(key, Kind.WORDS, List.of(defaults), null, null);
    }

    /** A value of this setting as {@code review.yaml} would write it, for the report and the documentation. */
    public String show(Object value) {
        return switch (kind) {
            case PERCENT -> Percent.setting((BigDecimal) value);
            case COUNT -> String.valueOf(value);
            case WORDS -> String.join(", ", ((List<?>) value).stream().map(String::valueOf).toList());
        };
    }
}
