package org.gongkai.disclosure.review;

import java.util.List;

/**
 * A rule of the review: a name (printed with each of its findings and used in {@code review.yaml}), what it looks at,
 * how much its findings matter unless {@code review.yaml} says otherwise, and the settings it takes. Rules are
 * stateless and thread-safe.
 */
public sealed interface ReviewRule permits ProjectReviewRule, ContentReviewRule {

    String name();

    ReviewCategory category();

    ReviewSeverity defaultSeverity();

    /** The thresholds and word lists the rule takes, with their defaults. */
    default List<Parameter<?>> parameters() {
        return List.of();
    }
}
