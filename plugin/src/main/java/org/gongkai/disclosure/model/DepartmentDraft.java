package org.gongkai.disclosure.model;

import java.util.List;
import java.util.Optional;

/**
 * A department's performance targets over all its spending (部门整体支出绩效目标申报表), as read, for the checks.
 *
 * <p>A part is null (or empty) when the form has no such part or when reading it failed; in the second case an error
 * has been reported. Checks skip what is missing so that the user still sees every other problem. Only a draft without
 * errors becomes a {@link Department}.
 *
 * @param file its file, relative to the Maven project, as diagnostics print it
 * @param tasksComplete false when a task could not be read (reported): their sum would mislead
 * @param table the unit-level indicator table, checked by the same rules as a project's
 */
public record DepartmentDraft(
        String file,
        Text duties,
        List<DepartmentTask> tasks,
        boolean tasksComplete,
        DepartmentFunds income,
        DepartmentFunds expenditure,
        List<DepartmentYear> previousYears,
        Text goals,
        IndicatorTable table) {

    public DepartmentDraft {
        tasks = List.copyOf(tasks);
        previousYears = List.copyOf(previousYears);
    }

    /**
     * The department, when its goals and whole indicator rows were read; empty otherwise (the gaps were reported).
     * Call it on a draft the checks found no error in.
     */
    public Optional<Department> validated() {
        if (goals == null || !table.complete() || table.indicators().stream()
                .anyMatch(i -> i.targets().isEmpty() || i.targets().stream().anyMatch(t -> t == null))
                || previousYears.stream().anyMatch(y -> y.year() == null)) {
            return Optional.empty();
        }
        return Optional.of(new Department(file, duties, tasks, income, expenditure, previousYears, goals,
                table.weighting(), table.indicators()));
    }
}
