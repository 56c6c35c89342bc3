package org.gongkai.disclosure.review;

import java.util.EnumMap;
import java.util.Map;

/**
 * What the published site shows of a declaration's review, when {@code site.yaml} asks for it: its findings by aspect
 * and by severity.
 */
public record ReviewSummary(Map<ReviewCategory, Long> byCategory, long concern, long advice) {

    public ReviewSummary {
        byCategory = Map.copyOf(byCategory);
    }

    public static ReviewSummary of(ReviewedDeclaration declaration) {
        Map<ReviewCategory, Long> counts = new EnumMap<>(ReviewReport.byCategory(declaration));
        long concern = declaration.projects().stream().flatMap(p -> p.findings().stream())
                .filter(f -> f.severity() == ReviewSeverity.CONCERN).count();
        return new ReviewSummary(counts, concern, ReviewReport.findings(declaration) - concern);
    }

    public long total() {
        return concern + advice;
    }
}
