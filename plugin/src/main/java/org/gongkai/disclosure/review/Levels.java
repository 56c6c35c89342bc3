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
        return indicator.name().zh() + " (" + indicator.target().written().zh() + ")";
    }
}
