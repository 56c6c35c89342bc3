package org.gongkai.disclosure.model;

import java.util.List;
import java.util.Optional;

/**
 * An indicator framework (绩效指标体系): the level-1 indicators and the level-2 indicators each allows.
 * Frameworks are data (YAML in resources, or a site's own file), not code.
 */
public record Framework(String id, Text name, List<Level1> level1) {

    public Framework {
        level1 = List.copyOf(level1);
    }

    public Optional<Level1> level1(String zh) {
        String key = withoutSuffix(zh);
        for (Level1 candidate : level1) {
            if (hasName(candidate.name().zh(), key)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * True when two indicator names are the same, with or without the word 指标 at the end: forms write
     * 服务对象满意度 as well as 服务对象满意度指标, 产出 as well as 产出指标.
     */
    static boolean sameName(String a, String b) {
        return hasName(a, withoutSuffix(b));
    }

    /** Whether {@code name}, without 指标 at its end, is {@code key}; asked for every indicator, so nothing is copied. */
    private static boolean hasName(String name, String key) {
        String stripped = name.strip();
        int length = stripped.endsWith("指标") && stripped.length() > 2 ? stripped.length() - 2 : stripped.length();
        return length == key.length() && stripped.regionMatches(0, key, 0, length);
    }

    private static String withoutSuffix(String name) {
        String stripped = name.strip();
        return stripped.endsWith("指标") && stripped.length() > 2 ? stripped.substring(0, stripped.length() - 2) : stripped;
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
            String key = withoutSuffix(zh);
            for (Text candidate : level2) {
                if (hasName(candidate.zh(), key)) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        }
    }
}
