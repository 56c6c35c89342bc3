package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.IndicatorTable;
import org.gongkai.disclosure.model.Target;

/**
 * A warning when an indicator's stated direction (指标方向) and its target's comparison disagree: a 反向 (less is
 * better) indicator asking for at least so much (≥), or a 正向 one asking for at most (≤).
 */
public final class DirectionRule implements IndicatorRule {

    @Override
    public String name() {
        return "indicator-direction";
    }

    @Override
    public void check(IndicatorTable table, CheckContext context, DiagnosticSink sink) {
        for (Indicator indicator : table.indicators()) {
            if (indicator.direction() == null) {
                continue;
            }
            for (Target target : indicator.readTargets()) {
                if (target.kind() != Target.Kind.NUMERIC && target.kind() != Target.Kind.AMOUNT) {
                    continue;
                }
                boolean contradicts = indicator.direction() == Indicator.Direction.NEGATIVE
                        ? target.operator().isLowerBound() : target.operator().isUpperBound();
                if (contradicts) {
                    sink.warning(name(), target.at(), indicator.direction() == Indicator.Direction.NEGATIVE
                            ? "direction.negative" : "direction.positive", indicator.name().zh(), target.written().zh());
                    break;
                }
            }
        }
    }
}
