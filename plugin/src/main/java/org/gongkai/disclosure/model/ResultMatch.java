package org.gongkai.disclosure.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which declared indicator each result answers: the one with the same Chinese name. A name that the project uses for
 * several rows is matched in the order of the rows, so results are given in any order but same-named ones in the
 * order of the declaration.
 *
 * @param byIndicator the result of each declared indicator, in the declaration's order; null where it has none
 * @param unknown results whose name no declared indicator has
 * @param repeated results whose name is declared, but fewer times than the result gives it
 */
public record ResultMatch(List<IndicatorResult> byIndicator, List<IndicatorResult> unknown,
        List<IndicatorResult> repeated) {

    public ResultMatch {
        byIndicator = java.util.Collections.unmodifiableList(new ArrayList<>(byIndicator));
        unknown = List.copyOf(unknown);
        repeated = List.copyOf(repeated);
    }

    public static ResultMatch of(List<Indicator> declared, List<IndicatorResult> results) {
        IndicatorResult[] matched = new IndicatorResult[declared.size()];
        List<IndicatorResult> unknown = new ArrayList<>();
        List<IndicatorResult> repeated = new ArrayList<>();
        for (IndicatorResult result : results) {
            String name = key(result.name());
            boolean named = false;
            boolean placed = false;
            for (int i = 0; i < declared.size() && !placed; i++) {
                if (key(declared.get(i).name()).equals(name)) {
                    named = true;
                    if (matched[i] == null) {
                        matched[i] = result;
                        placed = true;
                    }
                }
            }
            if (!placed) {
                (named ? repeated : unknown).add(result);
            }
        }
        return new ResultMatch(Arrays.asList(matched), unknown, repeated);
    }

    /** The result given for a name before {@code result}, for messages about a repeated name. */
    public IndicatorResult earlier(IndicatorResult result) {
        return byIndicator.stream().filter(r -> r != null && key(r.name()).equals(key(result.name()))).findFirst()
                .orElse(null);
    }

    private static String key(Text name) {
        return name.zh().strip();
    }
}
