package org.gongkai.disclosure.check;

import java.math.BigDecimal;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.model.IndicatorTable;

/**
 * A warning for a percentage target above 100 that asks for at least or exactly that much (≥120%): a rate
 * rarely exceeds 100%, so it is usually a typo. A ceiling such as ≤110% is fine and not reported.
 */
public final class PercentOver100Rule implements IndicatorRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String name() {
        return "percent-over-100";
    }

    @Override
    public void check(IndicatorTable table, CheckContext context, DiagnosticSink sink) {
        for (Indicator indicator : table.indicators()) {
            for (Target target : indicator.readTargets()) {
                BigDecimal asked = target.kind() == Target.Kind.RANGE ? target.high() : target.value();
                if (target.isPercentage() && asked.compareTo(HUNDRED) > 0
                        && (target.operator() == null || !target.operator().isUpperBound())) {
                    sink.warning(name(), target.at(), "percent.over100", indicator.name().zh(), target.written().zh());
                }
            }
        }
    }
}
