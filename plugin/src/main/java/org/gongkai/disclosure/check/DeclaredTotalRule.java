package org.gongkai.disclosure.check;

import java.math.BigDecimal;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.model.Yuan;

/**
 * The total a declaration states (涉及项目预算资金) matches the sum of its projects' annual funds at the
 * precision it is stated in: 442.45万元 covers 4,424,450.00 to 4,424,549.99 yuan; 4424484.70 must match
 * to the fen.
 */
public final class DeclaredTotalRule implements DeclarationRule {

    private static final BigDecimal FEN = new BigDecimal("0.01");

    @Override
    public String name() {
        return "declared-total";
    }

    @Override
    public void check(CheckContext context, ProjectTally tally, DiagnosticSink sink) {
        if (context.declaration() == null || context.declaration().declared() == null
                || context.declaration().declared().total() == null || !tally.isComplete()) {
            return;
        }
        Money declared = context.declaration().declared().total();
        BigDecimal sum = tally.annualTotal();
        if (declared.covers(sum)) {
            return;
        }
        String difference = Yuan.grouped(sum.subtract(declared.yuan()).abs());
        if (declared.isStatedToTheFen()) {
            sink.error(name(), declared.at(), "declared.totalExact", declared.written(), tally.projects(),
                    Yuan.grouped(sum), difference);
        } else {
            BigDecimal half = declared.resolution().divide(BigDecimal.valueOf(2));
            BigDecimal low = declared.yuan().subtract(half);
            BigDecimal high = declared.yuan().add(half).subtract(FEN);
            sink.error(name(), declared.at(), "declared.totalRounded", declared.written(), Yuan.grouped(low),
                    Yuan.grouped(high), tally.projects(), Yuan.grouped(sum), difference);
        }
    }
}
