package org.gongkai.disclosure.model;

import java.util.List;

import org.gongkai.disclosure.diag.SourcePosition;

/**
 * One spending project's performance-target declaration (财政支出项目绩效目标申报表).
 *
 * <p>A field is null only when reading it failed; an error has then been reported, and a declaration with
 * errors is never rendered. Checks skip what is missing so that the user still sees every other problem.
 *
 * @param file the project's file, relative to the Maven project, as diagnostics print it
 * @param budgetItems the itemised annual budget; empty when not given
 * @param indicatorsComplete false when an indicator row could not be read (reported): sums and coverage
 *     over the rows that were read would mislead
 */
public record Project(
        String file,
        String id,
        SourcePosition idAt,
        Text name,
        Text nature,
        Text category,
        Text department,
        Text implementer,
        DateValue start,
        DateValue end,
        Funds funds,
        AnnualFunds annualFunds,
        Sections sections,
        List<BudgetItem> budgetItems,
        Goals goals,
        List<Indicator> indicators,
        SourcePosition indicatorsAt,
        boolean indicatorsComplete) {

    public Project {
        budgetItems = budgetItems == null ? List.of() : List.copyOf(budgetItems);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
