package org.gongkai.disclosure.model;

import java.util.List;

/**
 * A department's income (收入构成) or expenditure (支出构成) for one year: the total (合计) and the lines it is made of.
 *
 * @param items the lines, in the order of the form; empty when the form gives only the total
 * @param complete false when a line could not be read (reported): a sum over the others would mislead
 */
public record DepartmentFunds(Money total, List<DepartmentItem> items, boolean complete) {

    public DepartmentFunds {
        items = List.copyOf(items);
    }
}
