package org.gongkai.disclosure.check;

import java.math.BigDecimal;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.AnnualFunds;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.Yuan;

/**
 * 年度资金申请总额 = 当年财政拨款 + 上年结转资金 + 其他资金, to the fen; a form without some of those lines adds up
 * the ones it has.
 */
public final class AnnualFundsSumRule implements ProjectRule {

    @Override
    public String name() {
        return "annual-funds-sum";
    }

    @Override
    public void check(ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        AnnualFunds annual = project.annualFunds();
        if (annual == null || annual.total() == null || !project.annualFundsComplete()
                || (annual.appropriation() == null && annual.carryover() == null && annual.other() == null)) {
            return;
        }
        // Where the form breaks this year's appropriation down by source without stating it, the sources stand for it.
        boolean bySource = annual.appropriation() == null && !annual.sources().isEmpty();
        BigDecimal appropriation = bySource ? FundsSumRule.sum(annual.sources()) : FundsSumRule.yuan(annual.appropriation());
        BigDecimal carryover = FundsSumRule.yuan(annual.carryover());
        BigDecimal other = FundsSumRule.yuan(annual.other());
        BigDecimal sum = appropriation.add(carryover).add(other);
        BigDecimal total = annual.total().yuan();
        if (sum.compareTo(total) != 0) {
            sink.error(name(), annual.total().at(), bySource ? "annualFunds.sumBySource" : "annualFunds.sum", Yuan.grouped(total), Yuan.grouped(appropriation),
                    Yuan.grouped(carryover), Yuan.grouped(other), Yuan.grouped(sum),
                    Yuan.grouped(total.subtract(sum).abs()));
        }
    }
}
