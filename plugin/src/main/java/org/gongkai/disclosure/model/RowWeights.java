package org.gongkai.disclosure.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The weight of every row of an indicator table as read, also of rows whose other cells could not be read, so that
 * the weights are checked in the same run as the rows' own mistakes.
 *
 * @param byRow each row's weight in row order, null for a row without one
 * @param readable false when a row's weight was given but could not be read (reported): no sum can be made
 */
public record RowWeights(List<Weight> byRow, boolean readable) {

    public static final RowWeights NONE = new RowWeights(List.of(), true);

    public RowWeights {
        byRow = Collections.unmodifiableList(new ArrayList<>(byRow));
    }

    /** True when every row has a weight that was read. */
    public boolean complete() {
        return readable && !byRow.isEmpty() && byRow.stream().allMatch(w -> w != null);
    }
}
