package org.gongkai.disclosure.review;

import java.util.Map;

import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.model.SourcePosition;
import org.gongkai.disclosure.model.Text;

/**
 * A rule as this run applies it: switched on or off, its severity, and its settings (the defaults, or what
 * {@code review.yaml} says).
 *
 * @param values the settings {@code review.yaml} changed, by key; the others keep their defaults
 */
public record RuleSettings(ReviewRule rule, boolean enabled, ReviewSeverity severity, Map<String, Object> values) {

    public RuleSettings {
        values = Map.copyOf(values);
    }

    static RuleSettings defaults(ReviewRule rule) {
        return new RuleSettings(rule, true, rule.defaultSeverity(), Map.of());
    }

    /** The value of one of the rule's own settings. */
    @SuppressWarnings("unchecked")
    public <T> T get(Parameter<T> parameter) {
        if (!rule.parameters().contains(parameter)) {
            throw new IllegalArgumentException(rule.name() + " has no setting " + parameter.key());
        }
        return (T) values.getOrDefault(parameter.key(), parameter.defaultValue());
    }

    /** True when {@code review.yaml} changed the setting. */
    public boolean isChanged(Parameter<?> parameter) {
        return values.containsKey(parameter.key());
    }

    /** A finding of this rule, with its severity. */
    public Finding finding(Text subject, SourcePosition at, String key, Object... args) {
        return new Finding(rule.name(), rule.category(), severity, subject, at, Message.of(key, args));
    }

    /** A finding of this rule that takes a message already made (a warning of the check). */
    public Finding finding(Text subject, SourcePosition at, Message reason) {
        return new Finding(rule.name(), rule.category(), severity, subject, at, reason);
    }
}
