package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.diag.FieldName;
import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.model.FormSchema.Part;
import org.gongkai.disclosure.model.IndicatorResult;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.ProjectResult;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.model.Text;

/**
 * Every text of a self-evaluation that a reader of English sees has English: the conclusion, the deviations and the
 * actual values (an indicator's name is shown from the declaration, so the result's needs none). An error, or a
 * warning with {@code disclosure.translations=warn}, as for the declaration.
 */
public final class ResultTranslationRule implements ResultRule {

    @Override
    public String name() {
        return "translation";
    }

    @Override
    public void check(ProjectResult result, ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        if (!context.needsEnglish()) {
            return;
        }
        text(result.conclusion(), Part.RESULT, "conclusion", context, sink);
        if (result.budget() != null) {
            text(result.budget().deviation(), Part.RESULT_BUDGET, "deviation", context, sink);
        }
        for (IndicatorResult r : result.indicators()) {
            actual(r.actual(), context, sink);
            text(r.deviation(), Part.INDICATOR_RESULT, "deviation", context, sink);
        }
    }

    private void text(Text text, Part part, String key, CheckContext context, DiagnosticSink sink) {
        if (text != null && !text.isTranslated()) {
            report(text, context, sink, "translation.text", FieldName.of(part, key).message(),
                    TranslationRule.excerpt(text.zh()));
        }
    }

    private void actual(Target actual, CheckContext context, DiagnosticSink sink) {
        if (actual.isTranslated()) {
            return;
        }
        if (actual.isMeasurable() && actual.unit() != null) {
            report(actual.written(), context, sink, "translation.unit", actual.unit().zh(), actual.written().zh());
        } else {
            report(actual.written(), context, sink, "translation.target", actual.written().zh());
        }
    }

    private void report(Text text, CheckContext context, DiagnosticSink sink, String key, Object... args) {
        sink.report(new Diagnostic(context.translationSeverity(), name(), text.at(), Message.of(key, args)));
    }
}
