package org.gongkai.disclosure.check;

import java.math.BigDecimal;
import java.util.List;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.FundSource;
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
                || funds.fiscal() == null && funds.other() == null) {
            return; // nothing to add up; sources alone are checked against the total by their own rule
        }
        // Where the form breaks the fiscal funds down by source without stating them, the sources stand for them.
        boolean bySource = funds.fiscal() == null && !funds.sources().isEmpty();
        BigDecimal fiscal = bySource ? sum(funds.sources()) : yuan(funds.fiscal());
        BigDecimal other = yuan(funds.other());
        BigDecimal sum = fiscal.add(other);
        BigDecimal total = funds.total().yuan();
        if (sum.compareTo(total) != 0) {
            sink.error(name(), funds.total().at(), bySource ? "funds.sumBySource" : "funds.sum", Yuan.grouped(total),
                    Yuan.grouped(fiscal), Yuan.grouped(other), Yuan.grouped(sum), Yuan.grouped(total.subtract(sum).abs()));
        }
    }

    /** What the sources add up to. */
    static BigDecimal sum(List<FundSource> sources) {
        return sources.stream().map(s -> s.amount().yuan()).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** A part's amount; a part the form does not have counts as nothing. */
    static BigDecimal yuan(Money money) {
        return money == null ? BigDecimal.ZERO.setScale(2) : money.yuan();
    }
}
