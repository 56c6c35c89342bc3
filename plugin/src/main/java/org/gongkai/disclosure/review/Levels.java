package org.gongkai.disclosure.review;

import java.util.List;

import org.gongkai.disclosure.model.Framework;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.IndicatorRole;

/** Which indicators a rule is about: by the role the framework gives their level 1, or by their level-2 name. */
final class Levels {

    private Levels() {
    }

    static boolean hasRole(Framework framework, Indicator indicator, IndicatorRole role) {
        return framework != null && framework.level1Of(indicator).map(l -> l.role() == role).orElse(false);
    }

    static boolean level2In(Indicator indicator, List<String> names) {
        return names.contains(indicator.level2().zh().strip());
    }

    /** An indicator and its target as findings list them: {@code 社会秩序 (改善)}. */
    static String named(Indicator indicator) {
        return indicator.name().zh() + " (" + written(indicator) + ")";
    }

    /**
     * The indicator's target as filed; for one with a target for each recipient (分配对象), those targets in the
     * recipients' order.
     */
    static String written(Indicator indicator) {
        return indicator.targets().stream().filter(java.util.Objects::nonNull).map(t -> t.written().zh())
                .collect(java.util.stream.Collectors.joining("；"));
    }

    /** Where a finding about the indicator's target points: the target, or the row when it has no single target. */
    static org.gongkai.disclosure.model.SourcePosition targetAt(Indicator indicator) {
        return indicator.target() != null ? indicator.target().at() : indicator.at();
    }
}
