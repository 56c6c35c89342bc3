package org.gongkai.disclosure.engine;

import org.gongkai.disclosure.review.ReviewReport;

/**
 * The outcome of a review: the check's report, and the review (null when it was not written, as when
 * {@code review.yaml} has errors).
 */
public record ReviewOutcome(CheckReport check, ReviewReport review) {

    public boolean written() {
        return review != null;
    }
}
