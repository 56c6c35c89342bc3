package org.gongkai.disclosure.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Department;
import org.gongkai.disclosure.model.DepartmentFunds;
import org.gongkai.disclosure.model.DepartmentItem;
import org.gongkai.disclosure.model.DepartmentTask;
import org.gongkai.disclosure.model.DepartmentYear;
import org.gongkai.disclosure.model.FormSchema.Part;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.model.Text;

/**
 * The tables of a department's form (部门整体支出绩效目标申报表), written only where a declaration has one:
 * {@code department.csv} (its funds, this year's and the years before), {@code department-tasks.csv} (its main tasks)
 * and {@code department-indicators.csv} (its indicator table).
 */
final class DepartmentData {

    static final String FUNDS_CSV = "department.csv";
    static final String TASKS_CSV = "department-tasks.csv";
    static final String INDICATORS_CSV = "department-indicators.csv";

    /** A line of the funds, or its total (position 0). */
    record FundsRow(int year, String part, int position, Text name, Money amount, DepartmentItem item) {
    }

    record TaskRow(int position, DepartmentTask task) {
    }

    record IndicatorRow(int position, Indicator indicator) {
    }

    /** A table and how a department gives its rows. */
    record DepartmentTable<R>(Table<R> table, Function<Department, List<R>> rows) {

        byte[] encode(Department department) {
            return table.encodeRows(rows.apply(department));
        }
    }

    private DepartmentData() {
    }

    /** The tables, in the order the index links them. */
    static List<DepartmentTable<?>> tables(Declaration declaration, Glossary glossary) {
        return List.of(funds(declaration), tasks(), indicators(glossary));
    }

    private static final Text TOTAL = new Text("合计", "Total", null);

    private static DepartmentTable<FundsRow> funds(Declaration declaration) {
        List<Column<FundsRow>> columns = new ArrayList<>();
        columns.add(Column.typed("year", "Year the figures are for (the fiscal year, or a year before it)", "年度",
                "year", "date:fiscal-year", FundsRow::year));
        columns.add(Column.string("part", "Income (income) or expenditure (expenditure)", "收入构成/支出构成",
                FundsRow::part));
        columns.add(Column.typed("position", "Place of the line in its part; 0 for the total (合计)", "序号", "integer",
                null, FundsRow::position));
        OpenData.bilingual(columns, "name", "Line of income or expenditure", OpenData.form(Part.DEPARTMENT_ITEM, "name"),
                FundsRow::name);
        OpenData.money(columns, "amount", "Amount (CNY)", OpenData.form(Part.DEPARTMENT_ITEM, "amount") + "（元）",
                FundsRow::amount);
        columns.add(Column.typed("share", "Share of the total in per cent, as the form states it",
                OpenData.form(Part.DEPARTMENT_ITEM, "share") + "（%）", "number", null,
                r -> r.item() == null || r.item().share() == null ? null : r.item().share().percent().toPlainString()));
        Table<FundsRow> table = new Table<>("department", FUNDS_CSV,
                "The department's income and expenditure, this year's and the years before, one row per line and total "
                        + "(部门总体资金情况)", columns, List.of("year", "part", "position"), null, true, p -> List.of());
        return new DepartmentTable<>(table, d -> {
            List<FundsRow> rows = new ArrayList<>();
            add(rows, declaration.fiscalYear(), d.income(), d.expenditure());
            for (DepartmentYear year : d.previousYears()) {
                add(rows, year.year(), year.income(), year.expenditure());
            }
            return rows;
        });
    }

    private static void add(List<FundsRow> rows, int year, DepartmentFunds income, DepartmentFunds expenditure) {
        add(rows, year, "income", income);
        add(rows, year, "expenditure", expenditure);
    }

    private static void add(List<FundsRow> rows, int year, String part, DepartmentFunds funds) {
        if (funds == null) {
            return;
        }
        rows.add(new FundsRow(year, part, 0, TOTAL, funds.total(), null));
        for (int i = 0; i < funds.items().size(); i++) {
            DepartmentItem item = funds.items().get(i);
            rows.add(new FundsRow(year, part, i + 1, item.name(), item.amount(), item));
        }
    }

    private static DepartmentTable<TaskRow> tasks() {
        List<Column<TaskRow>> columns = new ArrayList<>();
        columns.add(Column.typed("position", "Place of the task on the form", "序号", "integer", null,
                TaskRow::position));
        OpenData.bilingual(columns, "name", "Task", OpenData.form(Part.TASK, "name"), r -> r.task().name());
        OpenData.bilingual(columns, "content", "What the task is", OpenData.form(Part.TASK, "content"),
                r -> r.task().content());
        OpenData.money(columns, "amount", "Budget of the task (CNY)", OpenData.form(Part.TASK, "amount") + "（元）",
                r -> r.task().amount());
        OpenData.money(columns, "fiscal", "of which fiscal appropriation (CNY)", OpenData.form(Part.TASK, "fiscal")
                + "（元）", r -> r.task().fiscal());
        OpenData.money(columns, "other", "of which other funds (CNY)", OpenData.form(Part.TASK, "other") + "（元）",
                r -> r.task().other());
        Table<TaskRow> table = new Table<>("department-tasks", TASKS_CSV,
                "The department's main tasks of the year, one row per task (年度主要任务)", columns, List.of("position"),
                null, true, p -> List.of());
        return new DepartmentTable<>(table, d -> {
            List<TaskRow> rows = new ArrayList<>();
            for (int i = 0; i < d.tasks().size(); i++) {
                rows.add(new TaskRow(i + 1, d.tasks().get(i)));
            }
            return rows;
        });
    }

    private static DepartmentTable<IndicatorRow> indicators(Glossary glossary) {
        List<Column<IndicatorRow>> columns = new ArrayList<>();
        columns.add(Column.typed("position", "Row in the department's indicator table", "指标序号", "integer", null,
                IndicatorRow::position));
        OpenData.bilingual(columns, "level1", "Level-1 indicator", OpenData.form(Part.INDICATOR, "level1"),
                r -> r.indicator().level1());
        OpenData.bilingual(columns, "level2", "Level-2 indicator", OpenData.form(Part.INDICATOR, "level2"),
                r -> r.indicator().level2());
        OpenData.bilingual(columns, "name", "Indicator", OpenData.form(Part.INDICATOR, "name"),
                r -> r.indicator().name());
        OpenData.targetColumns(columns, glossary, "target", "Target", OpenData.form(Part.INDICATOR, "target"),
                r -> r.indicator().target());
        columns.add(Column.typed("weight", "Weight (points)", OpenData.form(Part.INDICATOR, "weight"), "number", null,
                r -> r.indicator().weight() == null ? null : r.indicator().weight().points().toPlainString()));
        columns.add(Column.string("kind", "Quantitative or qualitative, as the form states it",
                OpenData.form(Part.INDICATOR, "kind"), r -> r.indicator().statedKind() == null ? null
                        : r.indicator().statedKind().name().toLowerCase(Locale.ROOT)));
        columns.add(Column.string("direction", "Positive (more is better) or negative (less is better)",
                OpenData.form(Part.INDICATOR, "direction"), r -> r.indicator().direction() == null ? null
                        : r.indicator().direction().name().toLowerCase(Locale.ROOT)));
        OpenData.bilingual(columns, "explanation", "Explanation of the indicator",
                OpenData.form(Part.INDICATOR, "explanation"), r -> r.indicator().explanation());
        OpenData.bilingual(columns, "remark", "Remark", OpenData.form(Part.INDICATOR, "remark"),
                r -> r.indicator().remark());
        Table<IndicatorRow> table = new Table<>("department-indicators", INDICATORS_CSV,
                "The department's performance indicators, one row per indicator (部门整体绩效指标)", columns,
                List.of("position"), null, true, p -> List.of());
        return new DepartmentTable<>(table, d -> {
            List<IndicatorRow> rows = new ArrayList<>();
            for (int i = 0; i < d.indicators().size(); i++) {
                rows.add(new IndicatorRow(i + 1, d.indicators().get(i)));
            }
            return rows;
        });
    }
}
