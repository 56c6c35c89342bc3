package org.gongkai.disclosure.check;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.Text;

/**
 * A warning when the budget section (年度预算安排) states a budget for another year than the fiscal year,
 * as in "2023 年本项目预算金额为 97 万元" in a 2024 declaration: usually last year's text copied forward.
 */
public final class BudgetYearRule implements ProjectRule {

    /** A year, then in the same clause (no digits, no clause break) the word 预算. */
    private static final Pattern YEAR_BUDGET = Pattern.compile("(\\d{4})\\s*年度?([^，,。；;：:\\d\\n]{0,12}?)预算");

    @Override
    public String name() {
        return "budget-year";
    }

    @Override
    public void check(ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        Text budget = project.sections().budget();
        if (budget == null || context.declaration() == null) {
            return;
        }
        int fiscalYear = context.declaration().fiscalYear();
        Set<String> reported = new LinkedHashSet<>();
        Matcher matcher = YEAR_BUDGET.matcher(budget.zh());
        while (matcher.find()) {
            int year = Integer.parseInt(matcher.group(1));
            if (year != fiscalYear && reported.add(matcher.group())) {
                sink.warning(name(), budget.at(), "budgetYear.other", year, fiscalYear, clause(budget.zh(), matcher.start()));
            }
        }
    }

    /** The clause the match stands in, for the message. */
    private static String clause(String text, int start) {
        int end = start;
        while (end < text.length() && "，,。；;\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(start, end).strip();
    }
}
