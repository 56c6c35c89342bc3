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
        return new Views.DepartmentView(funds(d), c.html(d.duties()), tasks(d), taskSources(d), c.html(d.goals()),
                table, Views.Items.of(checks(d)));
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

    /**
     * The funds as four small tables: this year's income and expenditure, with the shares where the form states them,
     * and the years before, one column each.
     */
    private Views.Items<Views.FiguresTable> funds(Department d) {
        List<Views.FiguresTable> tables = new ArrayList<>();
        thisYear(tables, "income", d.income(), d.hasShares());
        thisYear(tables, "expenditure", d.expenditure(), d.hasShares());
        previous(tables, "income", d.income(), d.previousYears(), DepartmentYear::income);
        previous(tables, "expenditure", d.expenditure(), d.previousYears(), DepartmentYear::expenditure);
        return Views.Items.of(tables);
    }

    private void thisYear(List<Views.FiguresTable> tables, String part, DepartmentFunds funds, boolean shares) {
        if (funds == null) {
            return;
        }
        List<Views.FiguresRow> rows = new ArrayList<>();
        for (DepartmentItem item : funds.items()) {
            List<String> cells = new ArrayList<>();
            cells.add(wan(item.amount()));
            if (shares) {
                cells.add(item.share() == null ? "" : item.share().written());
            }
            rows.add(new Views.FiguresRow(c.txt(item.name()), cells));
        }
        List<String> total = new ArrayList<>();
        total.add(wan(funds.total()));
        if (shares) {
            total.add("");
        }
        List<String> headers = shares ? List.of(c.labels.get("department.amount"), c.labels.get("department.share"))
                : List.of(c.labels.get("department.amount"));
        tables.add(new Views.FiguresTable("department-" + part, c.labels.get("department." + part + "Caption"),
                c.labels.get("department.line"), headers, rows, new Views.FiguresRow(total(), total)));
    }

    /**
     * The years before, one column each: the lines in this year's order, then any line only they have, then the
     * totals; a year without such a line has an empty cell.
     */
    private void previous(List<Views.FiguresTable> tables, String part, DepartmentFunds year,
            List<DepartmentYear> previous, Function<DepartmentYear, DepartmentFunds> funds) {
        if (previous.stream().allMatch(y -> funds.apply(y) == null)) {
            return;
        }
        Map<String, Text> names = new LinkedHashMap<>();
        if (year != null) {
            year.items().forEach(item -> names.putIfAbsent(item.name().zh(), item.name()));
        }
        previous.stream().map(funds).filter(Objects::nonNull)
                .forEach(f -> f.items().forEach(item -> names.putIfAbsent(item.name().zh(), item.name())));
        List<Views.FiguresRow> rows = new ArrayList<>();
        for (Map.Entry<String, Text> name : names.entrySet()) {
            List<String> amounts = new ArrayList<>();
            boolean any = false;
            for (DepartmentYear y : previous) {
                DepartmentItem line = funds.apply(y) == null ? null : item(funds.apply(y), name.getKey());
                amounts.add(line == null ? "" : wan(line.amount()));
                any |= line != null;
            }
            if (any) {
                rows.add(new Views.FiguresRow(c.txt(name.getValue()), amounts));
            }
        }
        List<String> totals = previous.stream().map(funds).map(f -> f == null ? "" : wan(f.total())).toList();
        List<String> years = previous.stream().map(y -> c.labels.format("department.yearColumn", y.year())).toList();
        tables.add(new Views.FiguresTable("department-" + part + "-before",
                c.labels.get("department." + part + "BeforeCaption"), c.labels.get("department.line"), years, rows,
                new Views.FiguresRow(total(), totals)));
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
        List<Views.DepartmentTaskRow> rows = new ArrayList<>();
        for (DepartmentTask task : d.tasks()) {
            rows.add(new Views.DepartmentTaskRow(c.txt(task.name()), c.txt(task.content()), wan(task.amount())));
        }
        boolean amounts = d.tasks().stream().anyMatch(t -> t.amount() != null);
        return new Views.DepartmentTasks(d.tasks().stream().anyMatch(t -> t.content() != null), amounts, rows,
                amounts ? sum(d.tasks(), DepartmentTask::amount) : null);
    }

    /** Where the tasks' budgets come from (财政拨款, 其他资金), where the form says so. */
    private Views.FiguresTable taskSources(Department d) {
        if (d.tasks().stream().noneMatch(t -> t.fiscal() != null || t.other() != null)) {
            return null;
        }
        List<Views.FiguresRow> rows = new ArrayList<>();
        for (DepartmentTask task : d.tasks()) {
            rows.add(new Views.FiguresRow(c.txt(task.name()), List.of(wan(task.fiscal()), wan(task.other()))));
        }
        return new Views.FiguresTable("department-task-sources", c.labels.get("department.taskSourcesCaption"),
                c.labels.get("department.taskName"), List.of(c.labels.get("department.taskFiscal"),
                        c.labels.get("department.taskOther")), rows, new Views.FiguresRow(
                        new Views.Txt(c.labels.get("department.tasksTotal"), null, false),
                        List.of(sum(d.tasks(), DepartmentTask::fiscal), sum(d.tasks(), DepartmentTask::other))));
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
