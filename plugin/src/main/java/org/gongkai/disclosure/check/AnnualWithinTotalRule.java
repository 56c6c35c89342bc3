package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.Yuan;

/** A year cannot ask for more than the whole project costs: 年度资金申请总额 ≤ 项目资金总额. */
public final class AnnualWithinTotalRule implements ProjectRule {

    @Override
    public String name() {
        return "annual-within-total";
    }

    @Override
    public void check(ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        if (project.funds() == null || project.funds().total() == null || project.annualFunds() == null
                || project.annualFunds().total() == null) {
            return;
        }
        var annual = project.annualFunds().total().yuan();
        var total = project.funds().total().yuan();
        if (annual.compareTo(total) > 0) {
            sink.error(name(), project.annualFunds().total().at(), "annualFunds.exceedsTotal", Yuan.grouped(annual),
                    Yuan.grouped(total), Yuan.grouped(annual.subtract(total)));
        }
    }
}
