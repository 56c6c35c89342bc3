package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.BudgetExecution;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.ProjectResult;
import org.gongkai.disclosure.model.Yuan;

/**
 * 全年执行数 is not above 全年预算数, unless the result says why ({@code budget.deviation}): spending more than the
 * adjusted budget is either a typo or something a citizen is owed an explanation of.
 */
public final class BudgetOverrunRule implements ResultRule {

    @Override
    public String name() {
        return "budget-overrun";
    }

    @Override
    public void check(ProjectResult result, ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        BudgetExecution budget = result.budget();
        if (budget == null || budget.adjusted() == null || budget.executed() == null || budget.deviation() != null) {
            return;
        }
        if (budget.executed().yuan().compareTo(budget.adjusted().yuan()) > 0) {
            sink.error(name(), budget.executed().at(), "budget.overrun", Yuan.grouped(budget.executed().yuan()),
                    Yuan.grouped(budget.adjusted().yuan()),
                    Yuan.grouped(budget.executed().yuan().subtract(budget.adjusted().yuan())));
        }
    }
}
