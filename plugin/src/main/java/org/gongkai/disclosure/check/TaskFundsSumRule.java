package org.gongkai.disclosure.check;

import java.math.BigDecimal;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.DepartmentDraft;
import org.gongkai.disclosure.model.DepartmentTask;

/**
 * A main task's budget (预算金额) = its fiscal appropriation (财政拨款) + its other funds (其他资金), to the fen, where
 * the form breaks it down; a form with one of the two columns adds up the one it has.
 */
public final class TaskFundsSumRule implements DepartmentRule {

    @Override
    public String name() {
        return "task-funds-sum";
    }

    @Override
    public void check(DepartmentDraft department, CheckContext context, DiagnosticSink sink) {
        for (DepartmentTask task : department.tasks()) {
            if (task.amount() == null || (task.fiscal() == null && task.other() == null)) {
                continue;
            }
            BigDecimal fiscal = FundsSumRule.yuan(task.fiscal());
            BigDecimal other = FundsSumRule.yuan(task.other());
            BigDecimal sum = fiscal.add(other);
            BigDecimal amount = task.amount().yuan();
            if (sum.compareTo(amount) != 0) {
                InUnit unit = InUnit.of(task.amount());
                sink.error(name(), task.amount().at(), "task.sum", task.name().zh(), unit.amount(amount),
                        unit.figure(fiscal), unit.figure(other), unit.amount(sum),
                        unit.amount(amount.subtract(sum).abs()));
            }
        }
    }
}
