package org.gongkai.disclosure.check;

import java.math.BigDecimal;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.ProjectDraft;

/** Where a project weights its indicators (权重), every indicator has a weight and they add up to 100. */
public final class WeightsRule implements ProjectRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String name() {
        return "weights";
    }

    @Override
    public void check(ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        long weighted = project.indicators().stream().filter(i -> i.weight() != null).count();
        if (weighted == 0 || !project.indicatorsComplete()) {
            return;
        }
        if (weighted < project.indicators().size()) {
            for (Indicator indicator : project.indicators()) {
                if (indicator.weight() == null) {
                    sink.error(name(), indicator.at(), "weights.missing", indicator.name().zh(), weighted,
                            project.indicators().size());
                }
            }
            return;
        }
        BigDecimal sum = project.indicators().stream().map(i -> i.weight().points()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) != 0) {
            sink.error(name(), project.indicatorsAt(), "weights.sum", sum.stripTrailingZeros().toPlainString(),
                    sum.subtract(HUNDRED).abs().stripTrailingZeros().toPlainString());
        }
    }
}
