package org.gongkai.disclosure.check;

import java.math.BigDecimal;
import java.util.List;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.diag.FieldName;
import org.gongkai.disclosure.model.AnnualFunds;
import org.gongkai.disclosure.model.FormSchema;
import org.gongkai.disclosure.model.FundSource;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.Yuan;

/**
 * The sources of the fiscal funds (资金来源: 中央、省级、本级…) add up to the figure they break down, to the fen: the
 * project's fiscal funds (财政资金), and this year's appropriation (当年财政拨款).
 */
public final class FundSourcesSumRule implements ProjectRule {

    @Override
    public String name() {
        return "fund-sources-sum";
    }

    @Override
    public void check(ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        if (project.funds() != null && project.fundsComplete()
                && (project.funds().fiscal() != null || project.funds().other() == null)) {
            check(project.funds().sources(), project.funds().fiscal(), project.funds().total(),
                    FieldName.of(FormSchema.Part.FUNDS, "fiscal"), FieldName.of(FormSchema.Part.FUNDS, "total"), sink);
        }
        AnnualFunds annual = project.annualFunds();
        if (annual != null && project.annualFundsComplete()
                && (annual.appropriation() != null || annual.carryover() == null && annual.other() == null)) {
            check(project.annualFunds().sources(), project.annualFunds().appropriation(), project.annualFunds().total(),
                    FieldName.of(FormSchema.Part.ANNUAL_FUNDS, "appropriation"),
                    FieldName.of(FormSchema.Part.ANNUAL_FUNDS, "total"), sink);
        }
    }

    /**
     * The sources against the fiscal part, or against the total where the form has no other line; with other lines
     * but no fiscal one, the sources stand for the fiscal part in the sum of the funds.
     */
    private void check(List<FundSource> sources, Money fiscal, Money total, FieldName fiscalName, FieldName totalName,
            DiagnosticSink sink) {
        Money whole = fiscal != null ? fiscal : total;
        if (sources.isEmpty() || whole == null) {
            return;
        }
        BigDecimal sum = sources.stream().map(s -> s.amount().yuan()).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        if (sum.compareTo(whole.yuan()) != 0) {
            sink.error(name(), sources.get(0).name().at(), "sources.sum", sources.size(), Yuan.grouped(sum),
                    (fiscal != null ? fiscalName : totalName).message(), Yuan.grouped(whole.yuan()),
                    Yuan.grouped(whole.yuan().subtract(sum).abs()));
        }
    }
}
