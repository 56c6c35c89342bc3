package org.gongkai.disclosure.check;

import java.math.BigDecimal;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.model.DepartmentDraft;
import org.gongkai.disclosure.model.DepartmentFunds;
import org.gongkai.disclosure.model.DepartmentTask;

/**
 * The main tasks (年度主要任务) are paid for out of the year's spending: their budgets add up to no more than this
 * year's expenditure (支出构成·合计), or its income where the form gives no expenditure.
 */
public final class TasksWithinExpenditureRule implements DepartmentRule {

    @Override
    public String name() {
        return "tasks-within-expenditure";
    }

    @Override
    public void check(DepartmentDraft department, CheckContext context, DiagnosticSink sink) {
        boolean byExpenditure = department.expenditure() != null && department.expenditure().total() != null;
        DepartmentFunds whole = byExpenditure ? department.expenditure() : department.income();
        if (whole == null || whole.total() == null || !department.tasksComplete()
                || department.tasks().stream().noneMatch(t -> t.amount() != null)) {
            return;
        }
        BigDecimal sum = department.tasks().stream().map(DepartmentTask::amount).filter(java.util.Objects::nonNull)
                .map(m -> m.yuan()).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal total = whole.total().yuan();
        if (sum.compareTo(total) > 0) {
            InUnit unit = InUnit.of(whole.total());
            DepartmentTask first = department.tasks().stream().filter(t -> t.amount() != null).findFirst().orElseThrow();
            sink.error(name(), first.amount().at(), "tasks.exceed", department.tasks().size(), unit.amount(sum),
                    Message.of(byExpenditure ? "department.expenditure" : "department.income"), unit.amount(total),
                    unit.amount(sum.subtract(total)));
        }
    }
}
