package org.gongkai.disclosure.check;

import java.math.BigDecimal;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.IndicatorTable;
import org.gongkai.disclosure.model.Weight;
import org.gongkai.disclosure.model.Weighting;

/**
 * Where a project or a department weights its indicators (权重, 分值), every indicator has a weight, and they add up to what the form
 * counts: the {@code weighting} its form states (总分 less the budget-execution rate's points), or else 100, or 90
 * with the other 10 points for the budget-execution rate (预算执行率) outside the table, as 财预〔2020〕10号 counts them.
 */
public final class WeightsRule implements IndicatorRule {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal NINETY = BigDecimal.valueOf(90);

    @Override
    public String name() {
        return "weights";
    }

    @Override
    public void check(IndicatorTable table, CheckContext context, DiagnosticSink sink) {
        if (!table.complete()) {
            // Some rows could not be read (reported); their weights still count where every row has one.
            if (table.rowWeights().complete()) {
                checkSum(table, table.rowWeights().byRow().stream().map(Weight::points)
                        .reduce(BigDecimal.ZERO, BigDecimal::add), sink);
            }
            return;
        }
        long weighted = table.indicators().stream().filter(i -> i.weight() != null).count();
        if (weighted == 0) {
            return;
        }
        if (weighted < table.indicators().size()) {
            for (Indicator indicator : table.indicators()) {
                if (indicator.weight() == null) {
                    sink.error(name(), indicator.at(), "weights.missing", indicator.name().zh(), weighted,
                            table.indicators().size(), Owners.of(table));
                }
            }
            return;
        }
        checkSum(table, table.indicators().stream().map(i -> i.weight().points())
                .reduce(BigDecimal.ZERO, BigDecimal::add), sink);
    }

    /** The sum against what the form counts: the stated weighting, or 100, or 90. */
    private void checkSum(IndicatorTable table, BigDecimal sum, DiagnosticSink sink) {
        Weighting stated = table.weighting();
        if (stated != null) {
            BigDecimal counted = sum.add(stated.budgetExecution());
            if (counted.compareTo(stated.total()) != 0) {
                sink.error(name(), stated.at(), "weights.stated", plain(sum), plain(stated.budgetExecution()),
                        plain(counted), plain(stated.total()), plain(counted.subtract(stated.total()).abs()));
            }
        } else if (sum.compareTo(HUNDRED) != 0 && sum.compareTo(NINETY) != 0) {
            sink.error(name(), table.at(), "weights.sum", plain(sum),
                    plain(sum.subtract(HUNDRED).abs()));
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
