package org.gongkai.disclosure.model;

import java.math.BigDecimal;

/**
 * What the site's index and landing page need to know of a department's form once it is published, so that an
 * unchanged declaration can be taken as it is without reading its form again.
 *
 * @param income this year's income total (收入构成·合计) in yuan, or null when the form gives none
 * @param expenditure this year's expenditure total (支出构成·合计) in yuan, or null when the form gives none
 * @param indicators the number of indicators; {@code measurable} of them have measurable targets
 */
public record DepartmentSummary(BigDecimal income, BigDecimal expenditure, int indicators, int measurable) {

    public static DepartmentSummary of(Department d) {
        return new DepartmentSummary(d.income() == null ? null : d.income().total().yuan(),
                d.expenditure() == null ? null : d.expenditure().total().yuan(), d.indicators().size(),
                (int) d.indicators().stream().filter(Indicator::isMeasurable).count());
    }

    /** The department's budget for the year: its expenditure, or its income where the form gives no expenditure. */
    public BigDecimal budget() {
        return expenditure != null ? expenditure : income;
    }
}
