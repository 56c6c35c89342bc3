package org.gongkai.disclosure.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;

/**
 * What changed in a project from one fiscal year to the next: its annual funds (by how much, and by what share of
 * last year's), the indicators added and removed (by level 1, level 2 and name), and the targets changed among the
 * indicators it kept. Indicators that appear more than once are matched in their order.
 */
public record ProjectChanges(
        ProjectBrief before,
        ProjectBrief after,
        BigDecimal difference,
        BigDecimal percent,
        List<IndicatorBrief> added,
        List<IndicatorBrief> removed,
        List<TargetChange> targets,
        int kept) {

    /** A kept indicator whose target changed: as it was and as it is. */
    public record TargetChange(IndicatorBrief before, IndicatorBrief after) {
    }

    public ProjectChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        targets = List.copyOf(targets);
    }

    public static ProjectChanges between(ProjectBrief before, ProjectBrief after) {
        Map<String, LinkedList<IndicatorBrief>> earlier = new HashMap<>();
        for (IndicatorBrief indicator : before.indicators()) {
            earlier.computeIfAbsent(indicator.key(), k -> new LinkedList<>()).add(indicator);
        }
        List<IndicatorBrief> added = new ArrayList<>();
        List<TargetChange> targets = new ArrayList<>();
        int kept = 0;
        for (IndicatorBrief indicator : after.indicators()) {
            LinkedList<IndicatorBrief> same = earlier.get(indicator.key());
            if (same == null || same.isEmpty()) {
                added.add(indicator);
                continue;
            }
            IndicatorBrief was = same.removeFirst();
            kept++;
            if (!was.target().strip().equals(indicator.target().strip())) {
                targets.add(new TargetChange(was, indicator));
            }
        }
        List<IndicatorBrief> removed = new ArrayList<>();
        for (IndicatorBrief indicator : before.indicators()) {
            LinkedList<IndicatorBrief> left = earlier.get(indicator.key());
            if (left != null && left.remove(indicator)) {
                removed.add(indicator);
            }
        }
        BigDecimal difference = after.annualTotal().subtract(before.annualTotal());
        return new ProjectChanges(before, after, difference, percent(difference, before.annualTotal()), added, removed,
                targets, kept);
    }

    /** {@code difference} as a percentage of {@code base}, to one decimal, half up; null when the base is zero. */
    public static BigDecimal percent(BigDecimal difference, BigDecimal base) {
        if (base.signum() == 0) {
            return null;
        }
        return difference.multiply(BigDecimal.valueOf(100)).divide(base, 1, RoundingMode.HALF_UP);
    }

    /** True when the project has the same indicators as last year (whatever their targets). */
    public boolean sameIndicators() {
        return added.isEmpty() && removed.isEmpty();
    }

    /** True when nothing changed: the same funds, the same indicators, the same targets. */
    public boolean unchanged() {
        return difference.signum() == 0 && sameIndicators() && targets.isEmpty();
    }

    /** True when last year's project of this id had another name (in Chinese, as filed, spaces aside). */
    public boolean renamed() {
        return !before().name().zh().strip().equals(after().name().zh().strip());
    }
}
