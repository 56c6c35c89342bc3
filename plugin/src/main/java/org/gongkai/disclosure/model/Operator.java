package org.gongkai.disclosure.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The comparison a numeric target states: {@code ≥85%} means at least 85 percent. Each operator carries the ways
 * real filings write it, before the number ({@code 不低于95%}, {@code ≧92%}) or after it ({@code 85%以上}); this is
 * the one list every reader of targets uses.
 */
public enum Operator {
    EQ("=", List.of("=", "等于", "═"), List.of()),
    GE("≥", List.of("≥", ">=", "≧", "⩾", "大于等于", "不低于", "不少于", "不小于", "达到", "至少"), List.of("及以上", "以上")),
    LE("≤", List.of("≤", "<=", "≦", "⩽", "小于等于", "不高于", "不多于", "不大于", "不超过"), List.of("及以下", "以下", "以内")),
    GT(">", List.of(">", "大于", "超过", "高于"), List.of()),
    LT("<", List.of("<", "小于", "低于"), List.of());

    /** A way of writing an operator, and the operator it stands for. */
    public record Written(String text, Operator operator) {
    }

    private static final List<Written> PREFIXES = longestFirst(true);
    private static final List<Written> SUFFIXES = longestFirst(false);

    private final String symbol;
    private final List<String> prefixes;
    private final List<String> suffixes;

    Operator(String symbol, List<String> prefixes, List<String> suffixes) {
        this.symbol = symbol;
        this.prefixes = prefixes;
        this.suffixes = suffixes;
    }

    /** The mathematical sign used for display and in the data downloads. */
    public String symbol() {
        return symbol;
    }

    /** True for ≥ and >: a target that is met by more. */
    public boolean isLowerBound() {
        return this == GE || this == GT;
    }

    /** True for ≤ and {@literal <}: a target that is met by less. */
    public boolean isUpperBound() {
        return this == LE || this == LT;
    }

    /** The operator a text begins with (longest form first, so that 大于等于 wins over 大于), if any. */
    public static Optional<Written> prefixOf(String text) {
        for (Written written : PREFIXES) { // a loop, not a stream: every target of every file asks
            if (text.startsWith(written.text())) {
                return Optional.of(written);
            }
        }
        return Optional.empty();
    }

    /** The operator a text ends with ({@code 85%以上}), longest form first, if any. */
    public static Optional<Written> suffixOf(String text) {
        for (Written written : SUFFIXES) {
            if (text.endsWith(written.text())) {
                return Optional.of(written);
            }
        }
        return Optional.empty();
    }

    private static List<Written> longestFirst(boolean prefix) {
        List<Written> all = new ArrayList<>();
        for (Operator operator : values()) {
            for (String text : prefix ? operator.prefixes : operator.suffixes) {
                all.add(new Written(text, operator));
            }
        }
        all.sort(Comparator.comparingInt((Written w) -> w.text().length()).reversed());
        return List.copyOf(all);
    }
}
