package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.IndicatorTable;
import org.gongkai.disclosure.model.Target;

/**
 * A warning when an indicator that names a rate (成活率, 满意度(%)…) has a bare number for its target:
 * {@code >=85} where {@code >=85%} was meant reads on the page as eighty-five of nothing.
 */
public final class RateWithoutUnitRule implements IndicatorRule {

    @Override
    public String name() {
        return "rate-without-unit";
    }

    @Override
    public void check(IndicatorTable table, CheckContext context, DiagnosticSink sink) {
        for (Indicator indicator : table.indicators()) {
            if (!namesRate(indicator.name().zh())) {
                continue;
            }
            for (Target target : indicator.readTargets()) {
                if (target.kind() == Target.Kind.NUMERIC && target.unit() == null) {
                    sink.warning(name(), target.at(), "target.rateWithoutUnit", indicator.name().zh(),
                            target.written().zh());
                    break;
                }
            }
        }
    }

    private static boolean namesRate(String name) {
        return name.contains("率") || name.contains("%") || name.contains("％") || name.contains("百分比");
    }
}
