package org.gongkai.disclosure.check;

import java.math.BigDecimal;
import java.util.stream.Collectors;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.model.DepartmentDraft;
import org.gongkai.disclosure.model.DepartmentFunds;
import org.gongkai.disclosure.model.DepartmentItem;
import org.gongkai.disclosure.model.DepartmentYear;

/**
 * A department's income (收入构成) and expenditure (支出构成) add up to their totals (合计), to the fen: this year's
 * and each earlier year's the form shows.
 */
public final class DepartmentFundsSumRule implements DepartmentRule {

    @Override
    public String name() {
        return "department-funds-sum";
    }

    @Override
    public void check(DepartmentDraft department, CheckContext context, DiagnosticSink sink) {
        check(department.income(), Message.of("department.income"), sink);
        check(department.expenditure(), Message.of("department.expenditure"), sink);
        for (DepartmentYear year : department.previousYears()) {
            String which = year.year() == null ? "?" : String.valueOf(year.year());
            check(year.income(), Message.of("department.incomeOf", which), sink);
            check(year.expenditure(), Message.of("department.expenditureOf", which), sink);
        }
    }

    private void check(DepartmentFunds funds, Message part, DiagnosticSink sink) {
        if (funds == null || funds.total() == null || funds.items().isEmpty() || !funds.complete()) {
            return;
        }
        BigDecimal sum = funds.items().stream().map(i -> i.amount().yuan()).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
        BigDecimal total = funds.total().yuan();
        if (sum.compareTo(total) != 0) {
            InUnit unit = InUnit.of(funds.total());
            sink.error(name(), funds.total().at(), "department.sum", part, unit.amount(total),
                    funds.items().stream().map(i -> i.name().zh()).collect(Collectors.joining(" + ")),
                    funds.items().stream().map(DepartmentItem::amount).map(m -> unit.figure(m.yuan()))
                            .collect(Collectors.joining(" + ")),
                    unit.amount(sum), unit.amount(total.subtract(sum).abs()));
        }
    }
}
