package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.model.Attainment;
import org.gongkai.disclosure.model.IndicatorResult;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.ProjectResult;
import org.gongkai.disclosure.model.ResultMatch;
import org.gongkai.disclosure.model.Target;

/**
 * A warning for an actual value in another unit than its target's ({@code 83} against {@code ≥85%}, {@code 12次}
 * against {@code ≥10人次}): the two cannot be compared, so the page can only show them.
 */
public final class ActualUnitRule implements ResultRule {

    @Override
    public String name() {
        return "actual-unit";
    }

    @Override
    public void check(ProjectResult result, ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        if (project == null || !project.indicatorsComplete()) {
            return;
        }
        ResultMatch match = ResultMatch.of(project.indicators(), result.indicators());
        for (int i = 0; i < project.indicators().size(); i++) {
            IndicatorResult r = match.byIndicator().get(i);
            Target target = project.indicators().get(i).target();
            if (r == null || target == null || !isFigure(target) || !isFigure(r.actual())
                    || Attainment.sameUnit(target, r.actual())) {
                continue;
            }
            sink.warning(name(), r.actual().at(), "actual.unit", r.actual().written().zh(), r.name().zh().strip(),
                    target.written().zh(), unit(r.actual()), unit(target));
        }
    }

    private static boolean isFigure(Target t) {
        return t.kind() == Target.Kind.NUMERIC || t.kind() == Target.Kind.AMOUNT || t.kind() == Target.Kind.RANGE
                || t.kind() == Target.Kind.DURATION;
    }

    private static Object unit(Target t) {
        if (t.kind() == Target.Kind.AMOUNT) {
            return Message.of("actual.unitMoney", t.unit().zh());
        }
        return t.unit() == null ? Message.of("actual.noUnit") : Message.of("actual.unitNamed", t.unit().zh());
    }
}
