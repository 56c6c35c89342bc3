package org.gongkai.disclosure.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule of the review as this run applies it: the defaults, changed by {@code review.yaml} where it says so.
 * Immutable.
 */
public final class ReviewSettings {

    private final Map<String, RuleSettings> byName;

    ReviewSettings(List<RuleSettings> rules) {
        Map<String, RuleSettings> map = new LinkedHashMap<>();
        rules.forEach(r -> map.put(r.rule().name(), r));
        this.byName = java.util.Collections.unmodifiableMap(map);
    }

    /** Every rule on, with its default severity and settings. */
    public static ReviewSettings defaults() {
        return new ReviewSettings(ReviewRules.ALL.stream().map(RuleSettings::defaults).toList());
    }

    /** Every rule, in the order of the report. */
    public List<RuleSettings> rules() {
        return List.copyOf(byName.values());
    }

    public RuleSettings of(ReviewRule rule) {
        return byName.get(rule.name());
    }

    public Optional<RuleSettings> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
