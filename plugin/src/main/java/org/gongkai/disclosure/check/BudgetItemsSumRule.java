package org.gongkai.disclosure.check;

import java.math.BigDecimal;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.BudgetItem;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.Yuan;

/** The itemised budget (年度预算安排) adds up to the annual funds (年度资金申请总额), to the fen. */
public final class BudgetItemsSumRule implements ProjectRule {

    @Override
    public String name() {
        return "budget-items-sum";
    }

    @Override
    public void check(ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        if (project.budgetItems().isEmpty() || project.annualFunds() == null || project.annualFunds().total() == null) {
            return;
        }
        BigDecimal sum = project.budgetItems().stream()
                .map(BudgetItem::amount)
                .map(m -> m.yuan())
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal annual = project.annualFunds().total().yuan();
        if (sum.compareTo(annual) != 0) {
            sink.error(name(), project.budgetItems().get(0).name().at(), "budgetItems.sum",
                    project.budgetItems().size(), Yuan.grouped(sum), Yuan.grouped(annual),
                    Yuan.grouped(annual.subtract(sum).abs()));
        }
    }
}
