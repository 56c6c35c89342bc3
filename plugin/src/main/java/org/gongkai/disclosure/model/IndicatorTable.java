package org.gongkai.disclosure.model;

import java.util.List;

/**
 * A three-level indicator table (绩效指标) as read, with what the indicator rules need besides its rows: a project's
 * table and a department's (部门整体支出绩效目标) are checked by the same rules.
 *
 * @param owner whose table it is, for messages ("the project has no 满意度指标 indicator")
 * @param at where the table stands in its file (the {@code indicators} key)
 * @param complete false when a row could not be read at all (reported): sums and coverage over the rows that were read
 *     would mislead
 * @param weighting the scores as the form states them, or null
 * @param rowWeights the weights of every row, also of rows that could not be read otherwise
 */
public record IndicatorTable(Owner owner, List<Indicator> indicators, SourcePosition at, boolean complete,
        Weighting weighting, RowWeights rowWeights) {

    /** Whose indicator table it is. */
    public enum Owner {
        /** A project's (财政支出项目绩效目标申报表). */
        PROJECT,
        /** A department's, over all its spending (部门整体支出绩效目标申报表). */
        DEPARTMENT
    }

    public IndicatorTable {
        indicators = List.copyOf(indicators);
        rowWeights = rowWeights == null ? RowWeights.NONE : rowWeights;
    }
}
