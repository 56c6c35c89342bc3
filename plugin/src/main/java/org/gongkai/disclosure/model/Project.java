package org.gongkai.disclosure.model;

import java.util.List;
import java.util.Objects;

/**
 * One spending project's performance-target declaration (财政支出项目绩效目标申报表), as checked: made only from a
 * {@link ProjectDraft} without errors, so that pages and downloads never meet a field that failed to read. A field a
 * form does not have is null, and a page shows only what was filed.
 *
 * @param file the project's file, relative to the Maven project, as diagnostics print it
 * @param code 项目编码, or null
 * @param nature 项目性质, or null
 * @param category 项目类别, or null
 * @param department 主管部门, or null
 * @param implementer 实施单位, or null
 * @param start 计划开始日期, or null
 * @param end 计划完成日期, or null
 * @param funds 项目资金 (over the whole project), or null when the form gives only the year's
 * @param sections the narrative sections, each of which may be absent
 * @param budgetItems the itemised annual budget; empty when not given
 * @param recipients the towns, schools or units a shared fund is allotted to; empty when not given
 * @param weighting the scores as the form states them, or null
 */
public record Project(
        String file,
        String id,
        Text name,
        Text code,
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
        List<Recipient> recipients,
        Goals goals,
        Weighting weighting,
        List<Indicator> indicators) {

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(annualFunds, "annualFunds");
        Objects.requireNonNull(annualFunds.total(), "annual-funds.total");
        Objects.requireNonNull(sections, "sections");
        Objects.requireNonNull(goals, "goals");
        budgetItems = List.copyOf(budgetItems);
        recipients = List.copyOf(recipients);
        indicators = List.copyOf(indicators);
    }

    /** True when some indicator gives one target per recipient (a matrix in the filing). */
    public boolean hasRecipientTargets() {
        return indicators.stream().anyMatch(i -> !i.recipientTargets().isEmpty());
    }
}
