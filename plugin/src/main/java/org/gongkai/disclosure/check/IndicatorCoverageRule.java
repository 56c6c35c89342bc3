package org.gongkai.disclosure.check;

import java.util.EnumSet;
import java.util.Set;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.Framework;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.IndicatorRole;
import org.gongkai.disclosure.model.IndicatorTable;

/**
 * A warning when an indicator table (a project's or a department's) has no output (产出), benefit (效益) or satisfaction
 * (满意度) indicator.
 */
public final class IndicatorCoverageRule implements IndicatorRule {

    private static final Set<IndicatorRole> EXPECTED = EnumSet.of(IndicatorRole.OUTPUT, IndicatorRole.OUTCOME,
            IndicatorRole.SATISFACTION);

    @Override
    public String name() {
        return "indicator-coverage";
    }

    @Override
    public void check(IndicatorTable table, CheckContext context, DiagnosticSink sink) {
        Framework framework = context.framework();
        if (framework == null || table.indicators().isEmpty() || !table.complete()) {
            return;
        }
        Set<IndicatorRole> present = EnumSet.noneOf(IndicatorRole.class);
        for (Indicator indicator : table.indicators()) {
            var level1 = framework.level1Of(indicator);
            if (level1.isEmpty()) {
                return; // an unknown level-1 name is reported as an error; coverage would only guess
            }
            present.add(level1.get().role());
        }
        for (Framework.Level1 level1 : framework.level1()) {
            if (EXPECTED.contains(level1.role()) && !present.contains(level1.role())) {
                present.add(level1.role()); // one warning per role, even if a framework names it twice
                sink.warning(name(), table.at(), "coverage.missing", level1.name().zh(), Owners.of(table));
            }
        }
    }
}
