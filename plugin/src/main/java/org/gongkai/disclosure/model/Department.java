package org.gongkai.disclosure.model;

import java.util.List;
import java.util.Objects;

/**
 * A department's performance targets over all its spending (部门整体支出绩效目标申报表), as checked: made only from a
 * {@link DepartmentDraft} without errors. It stands beside the unit's projects, or alone when the unit files only this
 * form. A part a form does not have is null (or empty), and the page shows only what was filed.
 *
 * @param file its file, relative to the Maven project, as diagnostics print it
 * @param duties 部门职能概述 (Markdown), or null
 * @param tasks 年度主要任务; empty when not given
 * @param income this year's income (收入构成), or null
 * @param expenditure this year's expenditure (支出构成), or null
 * @param previousYears the years before, as the form shows them (近两年收支金额); empty when not given
 * @param goals 年度绩效目标 (Markdown)
 * @param weighting the scores as the form states them, or null
 */
public record Department(
        String file,
        Text duties,
        List<DepartmentTask> tasks,
        DepartmentFunds income,
        DepartmentFunds expenditure,
        List<DepartmentYear> previousYears,
        Text goals,
        Weighting weighting,
        List<Indicator> indicators) {

    public Department {
        Objects.requireNonNull(goals, "goals");
        tasks = List.copyOf(tasks);
        previousYears = List.copyOf(previousYears);
        indicators = List.copyOf(indicators);
    }

    /** True when some line of the year or of the years before states its share (占比). */
    public boolean hasShares() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(income, expenditure),
                previousYears.stream().flatMap(y -> java.util.stream.Stream.of(y.income(), y.expenditure())))
                .filter(Objects::nonNull).flatMap(f -> f.items().stream()).anyMatch(i -> i.share() != null);
    }
}
