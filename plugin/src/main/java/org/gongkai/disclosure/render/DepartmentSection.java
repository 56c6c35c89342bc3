package org.gongkai.disclosure.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.gongkai.disclosure.model.Department;
import org.gongkai.disclosure.model.DepartmentFunds;
import org.gongkai.disclosure.model.DepartmentItem;
import org.gongkai.disclosure.model.DepartmentTask;
import org.gongkai.disclosure.model.DepartmentYear;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.model.Yuan;

/**
 * The view of a department's form over all its spending (部门整体支出绩效目标申报表) on its declaration's index: its
 * funds as the form tables them (in 万元, as the form states them), its duties, its main tasks, its goals and its
 * indicator table, each where the form has it.
 */
final class DepartmentSection {

    private static final BigDecimal WAN = new BigDecimal("10000");

    private final PageContext c;

    DepartmentSection(PageContext context) {
        this.c = context;
    }

    Views.DepartmentView view(Department d) {
        Views.IndicatorTable table = new IndicatorTableView(c).of(d.indicators(), d.weighting(),
                c.labels.format("department.indicatorsCaption", d.indicators().size()));
        return new Views.DepartmentView(funds(d), c.html(d.duties()), tasks(d), c.html(d.goals()), table,
                Views.Items.of(checks(d)));
    }

    /** What the checks have found true of the figures shown, as the project page says it of a project's. */
    private List<String> checks(Department d) {
        List<String> checks = new ArrayList<>();
        boolean itemised = parts(d).stream().anyMatch(f -> !f.items().isEmpty());
        if (itemised) {
            checks.add(c.labels.get("department.sumsChecked"));
        }
        if (d.hasShares()) {
            checks.add(c.labels.get("department.sharesChecked"));
        }
        if (d.tasks().stream().anyMatch(t -> t.amount() != null)) {
            checks.add(c.labels.get(d.tasks().stream().anyMatch(t -> t.fiscal() != null || t.other() != null)
                    ? "department.tasksSplitChecked" : "department.tasksChecked"));
        }
        return checks;
    }

    private static List<DepartmentFunds> parts(Department d) {
        List<DepartmentFunds> parts = new ArrayList<>();
        parts.add(d.income());
        parts.add(d.expenditure());
        for (DepartmentYear year : d.previousYears()) {
            parts.add(year.income());
            parts.add(year.expenditure());
        }
        return parts.stream().filter(Objects::nonNull).toList();
    }

    private Views.DepartmentFunds funds(Department d) {
        List<Views.DepartmentFundsGroup> thisYear = new ArrayList<>();
        thisYear(thisYear, "department.income", d.income());
        thisYear(thisYear, "department.expenditure", d.expenditure());
        List<Views.DepartmentFundsGroup> before = new ArrayList<>();
        previous(before, "department.income", d.income(), d.previousYears(), DepartmentYear::income);
        previous(before, "department.expenditure", d.expenditure(), d.previousYears(), DepartmentYear::expenditure);
        if (thisYear.isEmpty() && before.isEmpty()) {
            return null;
        }
        List<String> years = d.previousYears().stream().map(y -> c.labels.format("department.yearColumn", y.year()))
                .toList();
        return new Views.DepartmentFunds(c.labels.get("department.fundsCaption"), thisYear, d.hasShares(),
                c.labels.get("department.previousCaption"), before.isEmpty() ? List.of() : years, before);
    }

    /** This year's income or expenditure: its lines in the form's order, then the total. */
    private void thisYear(List<Views.DepartmentFundsGroup> groups, String label, DepartmentFunds funds) {
        if (funds == null) {
            return;
        }
        List<Views.DepartmentFundsRow> rows = new ArrayList<>();
        for (DepartmentItem item : funds.items()) {
            rows.add(new Views.DepartmentFundsRow(rows.isEmpty(), c.txt(item.name()), wan(item.amount()),
                    item.share() == null ? "" : item.share().written(), List.of(), false));
        }
        rows.add(new Views.DepartmentFundsRow(rows.isEmpty(), total(), wan(funds.total()), "", List.of(), true));
        groups.add(new Views.DepartmentFundsGroup(c.labels.get(label), rows.size(), rows));
    }

    /**
     * The years before, one column each: the lines in this year's order, then any line only they have, then the
     * totals; a year without such a line has an empty cell.
     */
    private void previous(List<Views.DepartmentFundsGroup> groups, String label, DepartmentFunds year,
            List<DepartmentYear> previous, Function<DepartmentYear, DepartmentFunds> part) {
        if (previous.stream().allMatch(y -> part.apply(y) == null)) {
            return;
        }
        Map<String, Text> names = new LinkedHashMap<>();
        if (year != null) {
            year.items().forEach(item -> names.putIfAbsent(item.name().zh(), item.name()));
        }
        previous.stream().map(part).filter(Objects::nonNull)
                .forEach(funds -> funds.items().forEach(item -> names.putIfAbsent(item.name().zh(), item.name())));
        List<Views.DepartmentFundsRow> rows = new ArrayList<>();
        for (Map.Entry<String, Text> name : names.entrySet()) {
            List<String> amounts = new ArrayList<>();
            boolean any = false;
            for (DepartmentYear y : previous) {
                DepartmentItem line = part.apply(y) == null ? null : item(part.apply(y), name.getKey());
                amounts.add(line == null ? "" : wan(line.amount()));
                any |= line != null;
            }
            if (any) {
                rows.add(new Views.DepartmentFundsRow(rows.isEmpty(), c.txt(name.getValue()), "", "", amounts, false));
            }
        }
        List<String> totals = previous.stream().map(part).map(f -> f == null ? "" : wan(f.total())).toList();
        rows.add(new Views.DepartmentFundsRow(rows.isEmpty(), total(), "", "", totals, true));
        groups.add(new Views.DepartmentFundsGroup(c.labels.get(label), rows.size(), rows));
    }

    private Views.Txt total() {
        return new Views.Txt(c.labels.get("department.total"), null, false);
    }

    private static DepartmentItem item(DepartmentFunds funds, String name) {
        return funds.items().stream().filter(i -> i.name().zh().equals(name)).findFirst().orElse(null);
    }

    private Views.DepartmentTasks tasks(Department d) {
        if (d.tasks().isEmpty()) {
            return null;
        }
        boolean split = d.tasks().stream().anyMatch(t -> t.fiscal() != null || t.other() != null);
        List<Views.DepartmentTaskRow> rows = new ArrayList<>();
        for (DepartmentTask task : d.tasks()) {
            rows.add(new Views.DepartmentTaskRow(c.txt(task.name()), c.txt(task.content()), wan(task.amount()),
                    wan(task.fiscal()), wan(task.other())));
        }
        boolean amounts = d.tasks().stream().anyMatch(t -> t.amount() != null);
        return new Views.DepartmentTasks(d.tasks().stream().anyMatch(t -> t.content() != null), amounts, split, rows,
                amounts ? sum(d.tasks(), DepartmentTask::amount) : null,
                split ? sum(d.tasks(), DepartmentTask::fiscal) : null,
                split ? sum(d.tasks(), DepartmentTask::other) : null);
    }

    private static String sum(List<DepartmentTask> tasks, Function<DepartmentTask, Money> amount) {
        BigDecimal sum = tasks.stream().map(amount).filter(Objects::nonNull).map(Money::yuan)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return Yuan.groupedIn(sum, WAN);
    }

    /** An amount in 万元, as the form states it, exactly; empty where there is none. */
    private static String wan(Money money) {
        return money == null ? "" : Yuan.groupedIn(money.yuan(), WAN);
    }
}
