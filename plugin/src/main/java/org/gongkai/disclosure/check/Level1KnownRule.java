package org.gongkai.disclosure.check;

import java.util.stream.Collectors;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.Framework;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.IndicatorTable;

/** Every 一级指标 is a level-1 indicator of the declaration's framework. */
public final class Level1KnownRule implements IndicatorRule {

    @Override
    public String name() {
        return "level1-known";
    }

    @Override
    public void check(IndicatorTable table, CheckContext context, DiagnosticSink sink) {
        Framework framework = context.framework();
        if (framework == null) {
            return;
        }
        for (Indicator indicator : table.indicators()) {
            if (framework.level1Of(indicator).isPresent()) {
                continue;
            }
            String level1 = indicator.level1().zh().strip();
            String allowed = framework.level1().stream().map(l -> l.name().zh()).collect(Collectors.joining("、"));
            var closest = framework.level1().stream()
                    .map(l -> l.name().zh())
                    .filter(name -> name.startsWith(level1) || level1.startsWith(name.replace("指标", "")))
                    .findFirst();
            if (closest.isPresent()) {
                sink.error(name(), indicator.level1().at(), "level1.unknownDidYouMean", level1, framework.id(),
                        closest.get());
            } else {
                sink.error(name(), indicator.level1().at(), "level1.unknown", level1, framework.id(), allowed);
            }
        }
    }
}
