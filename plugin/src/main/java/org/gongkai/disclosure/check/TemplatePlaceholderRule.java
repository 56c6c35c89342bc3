package org.gongkai.disclosure.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.IndicatorTable;
import org.gongkai.disclosure.model.Text;

/**
 * A warning when an indicator keeps the blank of the form's template, such as {@code 受益户数(≥**户)} or
 * {@code 项目总成本(≤**万元)}: the template's hint was copied along with the name, and the page would show it.
 */
public final class TemplatePlaceholderRule implements IndicatorRule {

    /** The hint in its brackets where it has them, else the run of asterisks alone; linear on any text. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "[(（][^()（）]{0,12}?[*＊]{2,}[^()（）]{0,12}?[)）]|[*＊]{2,}");

    @Override
    public String name() {
        return "template-placeholder";
    }

    @Override
    public void check(IndicatorTable table, CheckContext context, DiagnosticSink sink) {
        for (Indicator indicator : table.indicators()) {
            report(indicator.name(), "placeholder.name", sink);
            report(indicator.explanation(), "placeholder.explanation", sink);
        }
    }

    private void report(Text text, String message, DiagnosticSink sink) {
        if (text == null) {
            return;
        }
        Matcher placeholder = PLACEHOLDER.matcher(text.zh());
        if (placeholder.find()) {
            sink.warning(name(), text.at(), message, text.zh(), placeholder.group());
        }
    }
}
