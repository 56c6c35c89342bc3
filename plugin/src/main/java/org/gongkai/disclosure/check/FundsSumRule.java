package org.gongkai.disclosure.check;

import java.math.BigDecimal;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.Funds;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.Yuan;

/**
 * 项目资金总额 = 财政资金 + 其他资金, to the fen. A form without one of the two lines adds up the one it has (a blank
 * cell of a line it has is already an error).
 */
public final class FundsSumRule implements ProjectRule {

    @Override
    public String name() {
        return "funds-sum";
    }

    @Override
    public void check(ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        Funds funds = project.funds();
        if (funds == null || funds.total() == null || !project.fundsComplete()
                || (funds.fiscal() == null && funds.other() == null)) {
            return;
        }
        BigDecimal fiscal = yuan(funds.fiscal());
        BigDecimal other = yuan(funds.other());
        BigDecimal sum = fiscal.add(other);
        BigDecimal total = funds.total().yuan();
        if (sum.compareTo(total) != 0) {
            sink.error(name(), funds.total().at(), "funds.sum", Yuan.grouped(total), Yuan.grouped(fiscal),
                    Yuan.grouped(other), Yuan.grouped(sum), Yuan.grouped(total.subtract(sum).abs()));
        }
    }

    /** A part's amount; a part the form does not have counts as nothing. */
    static BigDecimal yuan(Money money) {
        return money == null ? BigDecimal.ZERO.setScale(2) : money.yuan();
    }
}
