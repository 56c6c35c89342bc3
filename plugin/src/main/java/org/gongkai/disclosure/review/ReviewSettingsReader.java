package org.gongkai.disclosure.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.load.Suggestions;
import org.gongkai.disclosure.load.YamlNode;

/**
 * Reads {@code review.yaml}, where a finance bureau switches rules off, changes their severity or their thresholds:
 *
 * <pre>
 * rules:
 *   measurable-share: {minimum: 60}
 *   satisfaction-without-survey: {enabled: false}
 *   repeated-goal: {severity: concern}
 * </pre>
 *
 * Every problem is reported at its place, as for content: unknown rules and settings (with a did-you-mean), values of
 * the wrong kind or out of range. A setting that cannot be read keeps its default, and the review is not written.
 */
public final class ReviewSettingsReader {

    /** The file's name, at the top of the content folder. */
    public static final String FILE = "review.yaml";

    private static final String RULES = "rules";
    private static final String ENABLED = "enabled";
    private static final String SEVERITY = "severity";
    /** Longer than any real percentage, count or word. */
    static final int MAX_VALUE_LENGTH = 32;
    /** More words than any list needs. */
    static final int MAX_WORDS = 200;
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,6})?)\\s*%?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    private final DiagnosticSink sink;

    public ReviewSettingsReader(DiagnosticSink sink) {
        this.sink = sink;
    }

    /** The settings {@code root} describes; every problem reported, the default kept for what cannot be read. */
    public ReviewSettings read(YamlNode root, String file) {
        if (!(root instanceof YamlNode.Mapping top)) {
            sink.error("value-kind", root.at(), "file.notMapping", file);
            return ReviewSettings.defaults();
        }
        for (YamlNode.Entry entry : top.entries().values()) {
            if (!entry.key().name().equals(RULES)) {
                unknown(entry.key(), entry.key().name(), List.of(RULES), "key.unknownDidYouMean", "key.unknown");
            }
        }
        Map<String, YamlNode.Entry> rules = Map.of();
        YamlNode rulesNode = top.get(RULES);
        if (rulesNode instanceof YamlNode.Mapping map) {
            rules = map.entries();
        } else if (rulesNode != null && !isEmpty(rulesNode)) {
            wrongKind(rulesNode, RULES, "kind.mapping");
        }
        Map<String, RuleSettings> read = new HashMap<>();
        for (YamlNode.Entry entry : rules.values()) {
            String name = entry.key().name();
            Optional<ReviewRule> rule = ReviewRules.ALL.stream().filter(r -> r.name().equals(name)).findFirst();
            if (rule.isEmpty()) {
                unknown(entry.key(), name, ReviewRules.names(), "review.unknownRuleDidYouMean", "review.unknownRule");
                continue;
            }
            read.put(name, rule(rule.get(), entry));
        }
        return new ReviewSettings(ReviewRules.ALL.stream()
                .map(r -> read.getOrDefault(r.name(), RuleSettings.defaults(r))).toList());
    }

    private RuleSettings rule(ReviewRule rule, YamlNode.Entry entry) {
        String path = RULES + "." + rule.name();
        if (!(entry.value() instanceof YamlNode.Mapping map)) {
            if (isEmpty(entry.value())) {
                sink.error("required-key", entry.value().at(), "key.empty", Message.of("field.bare", path));
            } else {
                wrongKind(entry.value(), path, "kind.mapping");
            }
            return RuleSettings.defaults(rule);
        }
        List<String> known = new ArrayList<>(List.of(ENABLED, SEVERITY));
        rule.parameters().forEach(p -> known.add(p.key()));
        boolean enabled = true;
        ReviewSeverity severity = rule.defaultSeverity();
        Map<String, Object> values = new HashMap<>();
        for (YamlNode.Entry setting : map.entries().values()) {
            String key = setting.key().name();
            String settingPath = path + "." + key;
            YamlNode value = setting.value();
            if (key.equals(ENABLED)) {
                Boolean on = bool(value, settingPath);
                enabled = on == null || on;
            } else if (key.equals(SEVERITY)) {
                severity = severity(value, settingPath).orElse(severity);
            } else {
                Optional<Parameter<?>> parameter = rule.parameters().stream().filter(p -> p.key().equals(key)).findFirst();
                if (parameter.isEmpty()) {
                    Optional<String> closest = Suggestions.closest(key, known);
                    if (closest.isPresent()) {
                        sink.error("unknown-key", setting.key().at(), "review.unknownSettingDidYouMean", rule.name(), key,
                                closest.get());
                    } else {
                        sink.error("unknown-key", setting.key().at(), "review.unknownSetting", rule.name(), key,
                                String.join(", ", known));
                    }
                    continue;
                }
                Object parsed = value(parameter.get(), value, settingPath);
                if (parsed != null) {
                    values.put(key, parsed);
                }
            }
        }
        return new RuleSettings(rule, enabled, severity, values);
    }

    private Object value(Parameter<?> parameter, YamlNode node, String path) {
        return switch (parameter.kind()) {
            case PERCENT -> percent(parameter, node, path);
            case COUNT -> count(parameter, node, path);
            case WORDS -> words(node, path);
        };
    }

    private Boolean bool(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.ScalarType.BOOLEAN) {
            return YamlNode.isTrue(scalar);
        }
        wrongKind(node, path, "kind.boolean");
        return null;
    }

    private Optional<ReviewSeverity> severity(YamlNode node, String path) {
        String text = scalar(node, path, "kind.text");
        if (text == null || tooLong(text, node, path)) {
            return Optional.empty();
        }
        Optional<ReviewSeverity> severity = ReviewSeverity.fromCode(text.strip());
        if (severity.isEmpty()) {
            sink.error("value-kind", node.at(), "review.badSeverity", Message.of("field.bare", path), text.strip());
        }
        return severity;
    }

    private BigDecimal percent(Parameter<?> parameter, YamlNode node, String path) {
        String text = scalar(node, path, "review.kind.percent");
        if (text == null || tooLong(text, node, path)) {
            return null;
        }
        var matcher = PERCENT.matcher(text.strip());
        if (!matcher.matches()) {
            sink.error("value-kind", node.at(), "review.notPercent", Message.of("field.bare", path), text.strip());
            return null;
        }
        BigDecimal value = new BigDecimal(matcher.group(1));
        return inRange(parameter, value, node, path) ? value : null;
    }

    private Integer count(Parameter<?> parameter, YamlNode node, String path) {
        String text = scalar(node, path, "kind.integer");
        if (text == null || tooLong(text, node, path)) {
            return null;
        }
        if (!WHOLE.matcher(text.strip()).matches()) {
            sink.error("value-kind", node.at(), "value.notInteger", Message.of("field.bare", path), text.strip());
            return null;
        }
        BigDecimal value = new BigDecimal(text.strip());
        return inRange(parameter, value, node, path) ? value.intValueExact() : null;
    }

    private List<String> words(YamlNode node, String path) {
        if (!(node instanceof YamlNode.Sequence sequence)) {
            wrongKind(node, path, "kind.list");
            return null;
        }
        if (sequence.items().size() > MAX_WORDS) {
            sink.error("value-too-long", node.at(), "review.tooManyWords", Message.of("field.bare", path),
                    sequence.items().size(), MAX_WORDS);
            return null;
        }
        List<String> words = new ArrayList<>();
        boolean ok = true;
        for (YamlNode item : sequence.items()) {
            String word = scalar(item, path, "kind.text");
            if (word == null || tooLong(word, item, path)) {
                ok = false;
            } else if (word.isBlank()) {
                sink.error("value-kind", item.at(), "review.emptyWord", Message.of("field.bare", path));
                ok = false;
            } else {
                words.add(word.strip());
            }
        }
        return ok ? List.copyOf(words) : null;
    }

    private boolean inRange(Parameter<?> parameter, BigDecimal value, YamlNode node, String path) {
        if (value.compareTo(parameter.min()) < 0 || value.compareTo(parameter.max()) > 0) {
            sink.error("value-range", node.at(), "review.outOfRange", Message.of("field.bare", path),
                    value.toPlainString(), parameter.min().toPlainString(), parameter.max().toPlainString());
            return false;
        }
        return true;
    }

    /** A scalar's text; null after reporting a value of another kind. */
    private String scalar(YamlNode node, String path, String expectedKind) {
        if (node instanceof YamlNode.Scalar scalar && scalar.type() != YamlNode.ScalarType.BOOLEAN && !scalar.isNull()) {
            return scalar.text();
        }
        wrongKind(node, path, expectedKind);
        return null;
    }

    private boolean tooLong(String text, YamlNode node, String path) {
        if (text.length() <= MAX_VALUE_LENGTH) {
            return false;
        }
        sink.error("value-too-long", node.at(), "value.tooLong", Message.of("field.bare", path),
                text.codePointCount(0, text.length()), MAX_VALUE_LENGTH);
        return true;
    }

    private void wrongKind(YamlNode node, String path, String expectedKind) {
        sink.error("value-kind", node.at(), "value.kind", Message.of("field.bare", path), Message.of(expectedKind),
                Message.of(node.kindKey()));
    }

    private void unknown(YamlNode.Key key, String name, List<String> known, String didYouMean, String plain) {
        Optional<String> closest = Suggestions.closest(name, known);
        if (closest.isPresent()) {
            sink.error("unknown-key", key.at(), didYouMean, name, closest.get());
        } else {
            sink.error("unknown-key", key.at(), plain, name, String.join(", ", known));
        }
    }

    private static boolean isEmpty(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && (scalar.isNull() || scalar.text().isBlank());
    }
}
