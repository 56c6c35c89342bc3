package org.gongkai.disclosure.check;

import java.math.BigDecimal;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.Recipient;
import org.gongkai.disclosure.model.Yuan;

/** The recipients' shares of a fund (分配金额) add up to the year's funds (年度资金申请总额), to the fen. */
public final class RecipientsSumRule implements ProjectRule {

    @Override
    public String name() {
        return "recipients-sum";
    }

    @Override
    public void check(ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        if (project.recipients().isEmpty() || project.annualFunds() == null || project.annualFunds().total() == null
                || project.recipients().stream().anyMatch(r -> r.amount() == null)) {
            return;
        }
        BigDecimal sum = project.recipients().stream().map(Recipient::amount).map(m -> m.yuan())
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal annual = project.annualFunds().total().yuan();
        if (sum.compareTo(annual) != 0) {
            sink.error(name(), project.recipients().get(0).name().at(), "recipients.sum", project.recipients().size(),
                    Yuan.grouped(sum), Yuan.grouped(annual), Yuan.grouped(annual.subtract(sum).abs()));
        }
    }
}
