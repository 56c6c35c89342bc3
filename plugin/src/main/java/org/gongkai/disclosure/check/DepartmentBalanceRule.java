package org.gongkai.disclosure.check;

import java.math.BigDecimal;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.DepartmentDraft;

/**
 * A warning when a department's income this year (收入构成·合计) and its expenditure (支出构成·合计) differ: a
 * department's budget balances the two, so one of the totals is usually mistyped. The years before are actual
 * figures, which need not balance, and are not compared.
 */
public final class DepartmentBalanceRule implements DepartmentRule {

    @Override
    public String name() {
        return "department-balance";
    }

    @Override
    public void check(DepartmentDraft department, CheckContext context, DiagnosticSink sink) {
        if (department.income() == null || department.expenditure() == null || department.income().total() == null
                || department.expenditure().total() == null) {
            return;
        }
        BigDecimal income = department.income().total().yuan();
        BigDecimal expenditure = department.expenditure().total().yuan();
        if (income.compareTo(expenditure) != 0) {
            InUnit unit = InUnit.of(department.income().total());
            sink.warning(name(), department.expenditure().total().at(), "department.balance", unit.amount(income),
                    unit.amount(expenditure), unit.amount(income.subtract(expenditure).abs()));
        }
    }
}
