package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.Funds;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.Yuan;

/** 项目资金总额 = 财政资金 + 其他资金, to the fen. */
public final class FundsSumRule implements ProjectRule {

    @Override
    public String name() {
        return "funds-sum";
    }

    @Override
    public void check(ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        Funds funds = project.funds();
        if (funds == null || funds.total() == null || funds.fiscal() == null || funds.other() == null) {
            return;
        }
        var sum = funds.fiscal().yuan().add(funds.other().yuan());
        var total = funds.total().yuan();
        if (sum.compareTo(total) != 0) {
            sink.error(name(), funds.total().at(), "funds.sum", Yuan.grouped(total), Yuan.grouped(funds.fiscal().yuan()),
                    Yuan.grouped(funds.other().yuan()), Yuan.grouped(sum), Yuan.grouped(total.subtract(sum).abs()));
        }
    }
}
