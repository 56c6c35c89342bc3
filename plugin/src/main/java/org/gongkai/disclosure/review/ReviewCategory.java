package org.gongkai.disclosure.review;

/**
 * What a review rule looks at, as the finance bureau's review (绩效目标审核) groups it: whether targets can be
 * measured, whether they were copied, whether they say anything that could fail, and whether the framework is covered.
 */
public enum ReviewCategory {
    /** 细化、量化: a number, a deadline or a range rather than a word such as 提高. */
    MEASURABILITY("review.category.measurability"),
    /** The same indicators or goals as another project, another unit or last year. */
    COPIES("review.category.copies"),
    /** Targets that cannot fail (100% on time with no deadline) or cannot be met (above 100%). */
    SOUNDNESS("review.category.soundness"),
    /** Every level-1 indicator of the framework, and weights that add up. */
    COVERAGE("review.category.coverage");

    private final String messageKey;

    ReviewCategory(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The key of the category's name in the message catalogs. */
    public String messageKey() {
        return messageKey;
    }
}
