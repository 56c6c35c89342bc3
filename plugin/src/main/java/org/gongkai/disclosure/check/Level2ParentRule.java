package org.gongkai.disclosure.check;

import java.util.List;
import java.util.stream.Collectors;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.Framework;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.IndicatorTable;

/** Every 二级指标 is one its 一级指标 allows in the declaration's framework. */
public final class Level2ParentRule implements IndicatorRule {

    @Override
    public String name() {
        return "level2-parent";
    }

    @Override
    public void check(IndicatorTable table, CheckContext context, DiagnosticSink sink) {
        Framework framework = context.framework();
        if (framework == null) {
            return;
        }
        for (Indicator indicator : table.indicators()) {
            var level1 = framework.level1Of(indicator);
            if (level1.isEmpty()) {
                continue; // reported by level1-known
            }
            String level2 = indicator.level2().zh().strip();
            if (level1.get().level2(level2).isPresent()) {
                continue;
            }
            List<Framework.Level1> parents = framework.parentsOf(level2);
            if (!parents.isEmpty()) {
                sink.error(name(), indicator.level2().at(), "level2.wrongParent", level2, parents.get(0).name().zh(),
                        level1.get().name().zh());
            } else {
                String allowed = level1.get().level2().stream().map(t -> t.zh()).collect(Collectors.joining("、"));
                sink.error(name(), indicator.level2().at(), "level2.unknown", level2, level1.get().name().zh(),
                        framework.id(), allowed);
            }
        }
    }
}
