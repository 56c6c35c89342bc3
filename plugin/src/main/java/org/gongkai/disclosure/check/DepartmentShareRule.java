package org.gongkai.disclosure.check;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.model.DepartmentDraft;
import org.gongkai.disclosure.model.DepartmentFunds;
import org.gongkai.disclosure.model.DepartmentItem;
import org.gongkai.disclosure.model.DepartmentYear;

/**
 * The shares a department's form states (占比) are the lines' amounts over their total, at the places they are stated
 * in: 88.3% covers 88.25% to 88.35%.
 */
public final class DepartmentShareRule implements DepartmentRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String name() {
        return "department-share";
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
        if (funds == null || funds.total() == null || funds.total().yuan().signum() == 0) {
            return;
        }
        InUnit unit = InUnit.of(funds.total());
        for (DepartmentItem item : funds.items()) {
            if (item.share() == null) {
                continue;
            }
            BigDecimal stated = item.share().percent();
            int places = Math.max(stated.scale(), 0);
            BigDecimal exact = item.amount().yuan().multiply(HUNDRED).divide(funds.total().yuan(), places + 6,
                    RoundingMode.HALF_UP);
            BigDecimal rounded = exact.setScale(places, RoundingMode.HALF_UP);
            if (rounded.compareTo(stated) != 0) {
                sink.error(name(), item.share().at(), "department.share", item.name().zh(), item.share().written(),
                        unit.figure(item.amount().yuan()), unit.amount(funds.total().yuan()),
                        exact.setScale(places + 2, RoundingMode.HALF_UP).toPlainString() + "%", part,
                        rounded.toPlainString() + "%");
            }
        }
    }
}
