package org.gongkai.disclosure.model;

import java.util.List;
import java.util.Objects;

/**
 * One spending project's performance-target declaration (财政支出项目绩效目标申报表), complete: made only from a
 * {@link ProjectDraft} without holes, so that pages and downloads never meet a missing field.
 *
 * @param file the project's file, relative to the Maven project, as diagnostics print it
 * @param sections the narrative sections, each of which may be absent
 * @param budgetItems the itemised annual budget; empty when not given
 */
public record Project(
        String file,
        String id,
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
        List<Indicator> indicators) {

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(implementer, "implementer");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(funds, "funds");
        Objects.requireNonNull(annualFunds, "annualFunds");
        Objects.requireNonNull(sections, "sections");
        Objects.requireNonNull(goals, "goals");
        budgetItems = List.copyOf(budgetItems);
        indicators = List.copyOf(indicators);
    }
}
