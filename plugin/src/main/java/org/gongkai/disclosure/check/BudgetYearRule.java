package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.BudgetYears;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.Text;

/**
 * A warning when the budget section (年度预算安排) states a budget for another year than the fiscal year,
 * as in "2023 年本项目预算金额为 97 万元" in a 2024 declaration: usually last year's text copied forward.
 */
public final class BudgetYearRule implements ProjectRule {

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
        for (BudgetYears.Mention mention : BudgetYears.otherThan(fiscalYear, budget.zh())) {
            sink.warning(name(), budget.at(), "budgetYear.other", mention.year(), fiscalYear, mention.clause());
        }
    }
}
