package org.gongkai.disclosure.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An indicator framework (绩效指标体系): the level-1 indicators and the level-2 indicators each allows.
 * Frameworks are data (YAML in resources, or a site's own file), not code.
 */
public record Framework(String id, Text name, List<Level1> level1) {

    public Framework {
        level1 = List.copyOf(level1);
    }

    public Optional<Level1> level1(String zh) {
        return named(level1, l -> l.name().zh(), zh);
    }

    /**
     * True when two indicator names are the same, with or without the word 指标 at the end: forms write
     * 服务对象满意度 as well as 服务对象满意度指标, 产出 as well as 产出指标. Asked for every indicator, so nothing is copied.
     */
    private static boolean sameName(String name, String other) {
        String a = name.strip();
        String b = other.strip();
        int length = lengthWithoutSuffix(a);
        return length == lengthWithoutSuffix(b) && a.regionMatches(0, b, 0, length);
    }

    private static int lengthWithoutSuffix(String stripped) {
        return stripped.endsWith("指标") && stripped.length() > 2 ? stripped.length() - 2 : stripped.length();
    }

    /** The first of {@code candidates} whose Chinese name is {@code zh}, with or without 指标. */
    private static <T> Optional<T> named(List<T> candidates, Function<T, String> zhOf, String zh) {
        for (T candidate : candidates) {
            if (sameName(zhOf.apply(candidate), zh)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The level-1 indicator that {@code indicator} names, if this framework has it. */
    public Optional<Level1> level1Of(Indicator indicator) {
        return level1(indicator.level1().zh().strip());
    }

    /** True when this framework has the indicator's level-1 indicator and, under it, its level-2 one. */
    public boolean knows(Indicator indicator) {
        return level1Of(indicator).flatMap(l -> l.level2(indicator.level2().zh().strip())).isPresent();
    }

    /** The level-1 indicators that allow this level-2 name, in framework order. */
    public List<Level1> parentsOf(String level2Zh) {
        return level1.stream().filter(l -> l.level2(level2Zh).isPresent()).toList();
    }

    /** A level-1 indicator and the level-2 indicators under it. */
    public record Level1(Text name, IndicatorRole role, List<Text> level2) {

        public Level1 {
            level2 = List.copyOf(level2);
        }

        public Optional<Text> level2(String zh) {
            return named(level2, Text::zh, zh);
        }
    }
}
