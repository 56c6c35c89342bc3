package org.gongkai.disclosure.review;

import java.util.Arrays;
import java.util.Optional;

/**
 * How much a finding of the review matters. Both are advice to the budget unit, never an error: the review does not
 * fail a build.
 */
public enum ReviewSeverity {
    /** The target cannot be checked as it stands (no amount, copied, no survey named…): the bureau will ask. */
    CONCERN("concern", "review.severity.concern"),
    /** The target could be sharper (a low share of figures, a repeated goal). */
    ADVICE("advice", "review.severity.advice");

    private final String code;
    private final String messageKey;

    ReviewSeverity(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    /** The word in {@code review.yaml} and the CSV: {@code concern} or {@code advice}. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public static Optional<ReviewSeverity> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
