package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.AnnualFunds;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.Yuan;

/** 年度资金申请总额 = 当年财政拨款 + 上年结转资金 + 其他资金, to the fen. */
public final class AnnualFundsSumRule implements ProjectRule {

    @Override
    public String name() {
        return "annual-funds-sum";
    }

    @Override
    public void check(ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        AnnualFunds annual = project.annualFunds();
        if (annual == null || annual.total() == null || annual.appropriation() == null || annual.carryover() == null
                || annual.other() == null) {
            return;
        }
        var sum = annual.appropriation().yuan().add(annual.carryover().yuan()).add(annual.other().yuan());
        var total = annual.total().yuan();
        if (sum.compareTo(total) != 0) {
            sink.error(name(), annual.total().at(), "annualFunds.sum", Yuan.grouped(total),
                    Yuan.grouped(annual.appropriation().yuan()), Yuan.grouped(annual.carryover().yuan()),
                    Yuan.grouped(annual.other().yuan()), Yuan.grouped(sum), Yuan.grouped(total.subtract(sum).abs()));
        }
    }
}
