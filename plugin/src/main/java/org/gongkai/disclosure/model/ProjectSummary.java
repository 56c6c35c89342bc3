package org.gongkai.disclosure.model;

import java.math.BigDecimal;


/**
 * What the indexes, the totals and the links between pages need to know of a project once it is written, so that
 * the project itself need not be kept: a large declaration streams through in small batches.
 *
 * @param position the project's place in its declaration, from 0, in file-name order
 * @param category the project's category, or null when its form has none
 * @param fundsTotal the project's total funds, or null when its form gives only the year's
 * @param indicators the number of indicators; {@code measurable} of them have measurable targets
 * @param firstIndicatorRow the project's first row in the declaration's {@code indicators.csv} (the header is row 1)
 * @param result what its self-evaluation came to, or null when it has none (yet)
 */
public record ProjectSummary(
        int position,
        String id,
        Text name,
        Text category,
        BigDecimal fundsTotal,
        BigDecimal annualTotal,
        int indicators,
        int measurable,
        int firstIndicatorRow,
        ResultSummary result) {

    public ProjectSummary(int position, String id, Text name, Text category, BigDecimal fundsTotal,
            BigDecimal annualTotal, int indicators, int measurable, int firstIndicatorRow) {
        this(position, id, name, category, fundsTotal, annualTotal, indicators, measurable, firstIndicatorRow, null);
    }

    public static ProjectSummary of(Project p, int position, int firstIndicatorRow) {
        return of(p, null, position, firstIndicatorRow);
    }

    /** The summary of a project and its self-evaluation ({@code evaluation} null when it has none). */
    public static ProjectSummary of(Project p, Evaluation evaluation, int position, int firstIndicatorRow) {
        int measurable = (int) p.indicators().stream().filter(Indicator::isMeasurable).count();
        return new ProjectSummary(position, p.id(), p.name(), p.category(), p.funds() == null ? null : p.funds().total().yuan(),
                p.annualFunds().total().yuan(), p.indicators().size(), measurable, firstIndicatorRow,
                evaluation == null ? null : evaluation.summary());
    }
}
