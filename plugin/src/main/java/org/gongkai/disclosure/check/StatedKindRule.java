package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.IndicatorTable;
import org.gongkai.disclosure.model.Target;

/**
 * A warning when the form calls a target 定量 (quantitative) but it reads as a word with no measure, or 定性
 * (qualitative) but it reads as a number, a date or a period: one of the two is wrong.
 */
public final class StatedKindRule implements IndicatorRule {

    @Override
    public String name() {
        return "indicator-kind";
    }

    @Override
    public void check(IndicatorTable table, CheckContext context, DiagnosticSink sink) {
        for (Indicator indicator : table.indicators()) {
            if (indicator.statedKind() == null) {
                continue;
            }
            boolean saysMeasurable = indicator.statedKind() == Indicator.StatedKind.QUANTITATIVE;
            for (Target target : indicator.readTargets()) {
                if (target.isMeasurable() != saysMeasurable) {
                    sink.warning(name(), target.at(), saysMeasurable ? "kind.statedQuantitative" : "kind.statedQualitative",
                            indicator.name().zh(), target.written().zh());
                    break;
                }
            }
        }
    }
}
