package org.gongkai.disclosure.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.model.Weighting;

/**
 * The view of a three-level indicator table, a project's or a department's: one row group per level-1 indicator, the
 * level-1 and level-2 cells merged over the rows they head, each target cell naming its headers for screen readers,
 * and the points where the form weights its indicators. The {@code indicators} partial renders it.
 */
final class IndicatorTableView {

    private final PageContext c;

    IndicatorTableView(PageContext context) {
        this.c = context;
    }

    Views.IndicatorTable of(List<Indicator> indicators, Weighting weighting, String caption) {
        Scores scores = Scores.of(indicators, weighting);
        Views.IndicatorColumns columns = columns(indicators);
        return new Views.IndicatorTable(caption, columns, groups(indicators, scores, columns),
                scores.weighted() ? new Views.WeightTotal(c.labels.get("indicators.weightTotal"),
                        columns.periodTarget() ? 5 : 4, points(scores.sum())) : null,
                scores.budgetExecution() == null ? null : c.labels.format(scores.stated()
                        ? "indicators.budgetExecutionStated" : "indicators.budgetExecution",
                        points(scores.budgetExecution()), points(scores.sum().add(scores.budgetExecution()))));
    }

    private static Views.IndicatorColumns columns(List<Indicator> indicators) {
        return new Views.IndicatorColumns(
                indicators.stream().anyMatch(i -> i.periodTarget() != null),
                indicators.stream().anyMatch(i -> i.explanation() != null),
                indicators.stream().anyMatch(i -> i.remark() != null),
                indicators.stream().anyMatch(i -> i.weight() != null));
    }

    private List<Views.IndicatorGroup> groups(List<Indicator> all, Scores scores, Views.IndicatorColumns columns) {
        List<Views.IndicatorGroup> groups = new ArrayList<>();
        int i = 0;
        int level1Count = 0;
        while (i < all.size()) {
            String level1 = all.get(i).level1().zh();
            int groupEnd = i;
            while (groupEnd < all.size() && all.get(groupEnd).level1().zh().equals(level1)) {
                groupEnd++;
            }
            String level1Id = "l1-" + (++level1Count);
            String groupPoints = scores.weighted() ? groupPoints(all.subList(i, groupEnd)) : null;
            List<Views.IndicatorRow> rows = new ArrayList<>();
            int j = i;
            while (j < groupEnd) {
                String level2 = all.get(j).level2().zh();
                int subEnd = j;
                while (subEnd < groupEnd && all.get(subEnd).level2().zh().equals(level2)) {
                    subEnd++;
                }
                String level2Id = level1Id + "-" + (j - i + 1);
                for (int k = j; k < subEnd; k++) {
                    Indicator indicator = all.get(k);
                    Views.Cell level1Cell = k == i
                            ? new Views.Cell(c.txt(indicator.level1()), groupEnd - i, level1Id, groupPoints) : null;
                    Views.Cell level2Cell = k == j
                            ? new Views.Cell(c.txt(indicator.level2()), subEnd - j, level2Id, null) : null;
                    String nameId = "ind-" + (k + 1);
                    rows.add(new Views.IndicatorRow(level1Cell, level2Cell, c.txt(indicator.name()), nameId,
                            note(indicator), target(indicator),
                            columns.periodTarget() ? target(indicator.periodTarget()) : null,
                            columns.explanation() ? c.txt(indicator.explanation()) : null,
                            columns.remark() ? c.txt(indicator.remark()) : null, weight(indicator),
                            String.join(" ", "col-target", level1Id, level2Id, nameId), indicator.isMeasurable(),
                            c.labels.get(indicator.isMeasurable() ? "indicators.kindMeasurable"
                                    : "indicators.kindQualitative"),
                            indicator.isMeasurable() ? Terms.QUANTITATIVE : Terms.QUALITATIVE));
                }
                j = subEnd;
            }
            groups.add(new Views.IndicatorGroup(rows));
            i = groupEnd;
        }
        return groups;
    }

    private String groupPoints(List<Indicator> group) {
        BigDecimal sum = group.stream().map(i -> i.weight().points()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return c.labels.format("indicators.groupPoints", points(sum));
    }

    /** What the form says of an indicator besides its name: its direction and whether it is quantitative. */
    private String note(Indicator indicator) {
        List<String> notes = new ArrayList<>();
        if (indicator.direction() != null) {
            notes.add(c.labels.get(indicator.direction() == Indicator.Direction.POSITIVE
                    ? "indicators.positive" : "indicators.negative"));
        }
        if (indicator.statedKind() != null) {
            notes.add(c.labels.get(indicator.statedKind() == Indicator.StatedKind.QUANTITATIVE
                    ? "indicators.quantitative" : "indicators.qualitative"));
        }
        return notes.isEmpty() ? null : String.join(c.labels.get("list.separator"), notes);
    }

    private Views.Txt target(Indicator indicator) {
        if (indicator.target() == null) {
            return new Views.Txt(c.labels.get("indicators.byRecipient"), null, false);
        }
        return target(indicator.target());
    }

    /** A target in the page's language, marked where the Chinese stands in for want of English. */
    Views.Txt target(Target target) {
        if (target == null) {
            return null;
        }
        boolean untranslated = c.formats.isUntranslated(target);
        return new Views.Txt(c.formats.target(target), untranslated ? Language.ZH.htmlLang() : null, untranslated);
    }

    private static String weight(Indicator indicator) {
        return indicator.weight() == null ? null : points(indicator.weight().points());
    }

    static String points(BigDecimal value) {
        BigDecimal points = value.stripTrailingZeros();
        return (points.scale() < 0 ? points.setScale(0) : points).toPlainString();
    }

    /**
     * How a table's indicators are scored: the sum of their weights, and the points of the budget-execution rate
     * outside the table (as stated, or the 10 of the common form whose weights add up to 90; null when none).
     */
    record Scores(boolean weighted, BigDecimal sum, BigDecimal budgetExecution, boolean stated) {

        static Scores of(List<Indicator> indicators, Weighting weighting) {
            boolean weighted = !indicators.isEmpty() && indicators.stream().allMatch(i -> i.weight() != null);
            if (!weighted) {
                return new Scores(false, BigDecimal.ZERO, null, false);
            }
            BigDecimal sum = indicators.stream().map(i -> i.weight().points()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (weighting != null) {
                BigDecimal execution = weighting.budgetExecution();
                return new Scores(true, sum, execution.signum() == 0 ? null : execution, true);
            }
            return new Scores(true, sum, sum.compareTo(BigDecimal.valueOf(90)) == 0 ? BigDecimal.TEN : null, false);
        }
    }
}
