package org.gongkai.disclosure.sheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongkai.disclosure.sheets.Labels.Field;
import org.gongkai.disclosure.sheets.ProjectFields.Slot;

/**
 * The single-project form (项目支出绩效目标申报表): labels anywhere on the sheet with the value in the next cell to the
 * right or below, the fund lines under the total they belong to, an optional table of budget items, and the indicator
 * table last. One form per sheet, or several one below another.
 */
final class FormLayout {

    /** Labels that head a group of fields and have no value of their own. */
    private static final Set<String> GROUPS = Set.of("项目资金", "资金情况", "项目资金情况", "绩效指标", "年度绩效指标",
            "项目经费情况说明", "绩效目标", "项目绩效目标", "资金来源");
    /** Longer than any label: such a cell is a value, and is not read as a label. */
    private static final int MAX_LABEL_CELL = 200;

    /** A label found on the sheet, with what it read as. */
    private record LabelCell(Field field, int row, int column, Labels.Label label) {
    }

    private final Grid grid;
    private final CellValues values;
    private final BigDecimal sheetUnit;

    private FormLayout(CellValues values, BigDecimal sheetUnit) {
        this.grid = values.grid();
        this.values = values;
        this.sheetUnit = sheetUnit;
    }

    /**
     * Reads every form of the sheet whose indicator tables are {@code tables} (in row order, with the row each ends
     * on), adding a project for each form and a problem for what cannot be read.
     */
    static void read(CellValues values, List<IndicatorTable> tables, List<Integer> ends, BigDecimal sheetUnit,
            List<ProjectFields> out) {
        new FormLayout(values, sheetUnit).readAll(tables, ends, out);
    }

    private void readAll(List<IndicatorTable> tables, List<Integer> ends, List<ProjectFields> out) {
        boolean[] inTable = new boolean[grid.rows()];
        for (int t = 0; t < tables.size(); t++) {
            for (int r = tables.get(t).headerRow; r <= ends.get(t); r++) {
                inTable[r] = true;
            }
        }
        List<LabelCell> labels = labels(0, grid.rows() - 1, inTable);
        List<LabelCell> names = labels.stream().filter(l -> l.field() == Field.NAME).toList();
        int previousEnd = -1;
        for (int t = 0; t < tables.size(); t++) {
            IndicatorTable table = tables.get(t);
            int from = previousEnd + 1;
            int to = t == tables.size() - 1 ? grid.rows() - 1 : ends.get(t);
            int start = previousEnd;
            List<LabelCell> own = labels.stream().filter(l -> l.row() >= from && l.row() <= to).toList();
            Optional<LabelCell> name = names.stream().filter(l -> l.row() > start && l.row() < table.headerRow)
                    .reduce((first, second) -> second);
            for (LabelCell orphan : names) {
                if (orphan.row() > start && orphan.row() < table.headerRow && name.isPresent() && orphan != name.get()) {
                    values.error("import-layout", grid.at(orphan.row(), orphan.column()), "import.noIndicators",
                            tableWords());
                }
            }
            if (name.isEmpty()) {
                values.error("import-layout", grid.at(table.headerRow, table.column(Labels.Column.LEVEL1)),
                        "import.noName", Field.NAME.printed());
            } else {
                out.add(form(name.get(), own, table, ends.get(t), inTable, from, to));
            }
            previousEnd = ends.get(t);
        }
        for (LabelCell name : names) {
            if (name.row() > previousEnd) {
                values.error("import-layout", grid.at(name.row(), name.column()), "import.noIndicators", tableWords());
            }
        }
    }

    static String tableWords() {
        return "一级指标, 二级指标, 三级指标, 指标值";
    }

    private ProjectFields form(LabelCell name, List<LabelCell> labels, IndicatorTable table, int tableEnd,
            boolean[] inTable, int from, int to) {
        ProjectFields project = new ProjectFields(grid.at(name.row(), name.column()));
        BigDecimal formUnit = formUnit(from, to, inTable);
        ItemsTable items = ItemsTable.find(grid, from, to, inTable);
        for (LabelCell label : labels) {
            if (items != null && label.row() >= items.headerRow && label.row() <= items.lastRow) {
                continue;
            }
            read(label, labels, project, formUnit);
        }
        if (items != null) {
            items.read(values, formUnit != null ? formUnit : sheetUnit, project);
        }
        table.read(values, table.firstRow, tableEnd, project);
        required(project, name, table);
        return project;
    }

    private void required(ProjectFields project, LabelCell name, IndicatorTable table) {
        CellAt at = grid.at(name.row(), name.column());
        if (!project.has(Slot.NAME)) {
            values.error("import-layout", at, "import.noValue", Field.NAME.printed());
        }
        if (!project.has(Slot.ANNUAL_TOTAL)) {
            values.error("import-layout", at, "import.missing", Field.ANNUAL_TOTAL.printed(),
                    String.join(", ", Field.ANNUAL_TOTAL.words()));
        }
        if (!project.has(Slot.GOAL_OVERALL) && !project.has(Slot.GOAL_ANNUAL)) {
            List<String> words = new ArrayList<>(Field.GOAL_OVERALL.words());
            words.addAll(Field.GOAL_ANNUAL.words());
            values.error("import-layout", at, "import.missing", Field.GOAL_ANNUAL.printed(), String.join(", ", words));
        }
        if (project.indicators.isEmpty() && values.problems().stream().noneMatch(p -> p.rule().equals("import-cell"))) {
            values.error("import-layout", grid.at(table.headerRow, table.column(Labels.Column.NAME)),
                    "import.noIndicatorRows");
        }
    }

    /** Every label of a field in rows {@code from} to {@code to}, outside the indicator tables, in reading order. */
    private List<LabelCell> labels(int from, int to, boolean[] inTable) {
        List<LabelCell> found = new ArrayList<>();
        for (int r = from; r <= to; r++) {
            if (inTable[r]) {
                continue;
            }
            for (int c = 0; c < grid.columns(); c++) {
                if (grid.isContinuation(r, c)) {
                    continue;
                }
                String text = grid.text(r, c);
                if (text.isEmpty() || text.length() > MAX_LABEL_CELL) {
                    continue;
                }
                Labels.Label label = Labels.read(text);
                int row = r;
                int column = c;
                Labels.field(label.words()).ifPresent(field -> found.add(new LabelCell(field, row, column, label)));
            }
        }
        return found;
    }

    private void read(LabelCell label, List<LabelCell> labels, ProjectFields project, BigDecimal formUnit) {
        String printed = label.label().words();
        CellAt labelAt = grid.at(label.row(), label.column());
        int[] place = label.label().after() != null ? null : valueCell(label);
        if (label.label().after() == null && place == null) {
            return; // a blank field, or a label that heads others
        }
        CellAt at = place == null ? labelAt : grid.source(place[0], place[1]);
        List<Slot> slots = slots(label, labels);
        for (Slot slot : slots) {
            if (project.has(slot)) {
                return;
            }
        }
        if (label.field() == Field.PERIOD) {
            String[] dates = place == null ? period(label.label().after(), labelAt, printed)
                    : values.period(place[0], place[1], printed);
            if (dates != null) {
                project.put(Slot.START, dates[0], at);
                project.put(Slot.END, dates[1], at);
            }
            return;
        }
        Slot slot = slots.get(0);
        String text = switch (slot.kind) {
            case AMOUNT -> {
                BigDecimal unit = label.label().money() != null ? label.label().money() : groupUnit(label, formUnit);
                yield place == null ? values.amountText(label.label().after(), labelAt, printed, unit)
                        : values.amount(place[0], place[1], printed, unit);
            }
            case DATE -> place == null ? values.dateText(label.label().after(), labelAt, printed)
                    : values.date(place[0], place[1], printed);
            case TEXT, CODE -> place == null ? label.label().after() : values.text(place[0], place[1], printed);
        };
        project.put(slot, text, at);
    }

    private String[] period(String text, CellAt at, String printed) {
        // A period after a colon: read as a cell's would be, through a one-off grid-less path.
        String[] parts = text.split("\\s*(?:至|到|~|～|—|–|－)\\s*");
        if (parts.length == 2) {
            return new String[] {values.dateText(parts[0], at, printed), values.dateText(parts[1], at, printed)};
        }
        values.error("import-date", at, "import.period", printed, text);
        return new String[] {CellValues.UNREADABLE, CellValues.UNREADABLE};
    }

    /**
     * Where a label's value stands: the next cell to the right; else, when that one is blank or another label, the one
     * below, unless that is the value of a label to its own left. Null when the field is blank.
     */
    private int[] valueCell(LabelCell label) {
        int right = grid.lastColumnOf(label.row(), label.column()) + 1;
        if (right < grid.columns() && isValue(label.row(), right)) {
            return new int[] {label.row(), right};
        }
        int below = grid.lastRowOf(label.row(), label.column()) + 1;
        if (below < grid.rows() && isValue(below, label.column()) && !isLabelLeftOf(below, label.column())) {
            return new int[] {below, label.column()};
        }
        return null;
    }

    /** True when the cell just left of this one (its merge aside) holds a label, whose value this cell is. */
    private boolean isLabelLeftOf(int row, int column) {
        CellAt first = grid.source(row, column);
        int left = first.column() - 1;
        return left >= 0 && !grid.text(row, left).isEmpty() && !isValue(row, left);
    }

    /** A cell that holds something other than a label: a value. */
    private boolean isValue(int row, int column) {
        if (grid.isError(row, column)) {
            return true;
        }
        String text = grid.text(row, column);
        if (text.isEmpty()) {
            return false;
        }
        if (text.length() > MAX_LABEL_CELL) {
            return true;
        }
        String words = Labels.read(text).words();
        return Labels.field(words).isEmpty() && Labels.column(words).isEmpty() && Labels.itemColumn(words).isEmpty()
                && !GROUPS.contains(words);
    }

    /** The slots a label fills: a fund line belongs to the total above it in its column, else to the left in its row. */
    private static List<Slot> slots(LabelCell label, List<LabelCell> labels) {
        return switch (label.field()) {
            case NAME -> List.of(Slot.NAME);
            case ID -> List.of(Slot.ID);
            case CODE -> List.of(Slot.CODE);
            case NATURE -> List.of(Slot.NATURE);
            case CATEGORY -> List.of(Slot.CATEGORY);
            case DEPARTMENT -> List.of(Slot.DEPARTMENT);
            case IMPLEMENTER -> List.of(Slot.IMPLEMENTER);
            case UNIT -> List.of(Slot.UNIT);
            case UNIT_CODE -> List.of(Slot.UNIT_CODE);
            case START -> List.of(Slot.START);
            case END -> List.of(Slot.END);
            case PERIOD -> List.of(Slot.START, Slot.END);
            case FUNDS_TOTAL -> List.of(Slot.FUNDS_TOTAL);
            case ANNUAL_TOTAL -> List.of(Slot.ANNUAL_TOTAL);
            case FISCAL -> List.of(ofFunds(label, labels) ? Slot.FUNDS_FISCAL : Slot.ANNUAL_APPROPRIATION);
            case APPROPRIATION -> List.of(Slot.ANNUAL_APPROPRIATION);
            case CARRYOVER -> List.of(Slot.ANNUAL_CARRYOVER);
            case OTHER -> List.of(ofFunds(label, labels) ? Slot.FUNDS_OTHER : Slot.ANNUAL_OTHER);
            case OVERVIEW -> List.of(Slot.OVERVIEW);
            case BASIS -> List.of(Slot.BASIS);
            case NECESSITY -> List.of(Slot.NECESSITY);
            case MEASURES -> List.of(Slot.MEASURES);
            case PLAN -> List.of(Slot.PLAN);
            case BUDGET -> List.of(Slot.BUDGET);
            case GOAL_OVERALL -> List.of(Slot.GOAL_OVERALL);
            case GOAL_ANNUAL -> List.of(Slot.GOAL_ANNUAL);
        };
    }

    /** True when the fund line stands under (or right of) the project's total rather than this year's. */
    private static boolean ofFunds(LabelCell line, List<LabelCell> labels) {
        LabelCell above = null;
        LabelCell left = null;
        for (LabelCell total : labels) {
            if (!isTotal(total.field())) {
                continue;
            }
            if (total.column() == line.column() && total.row() < line.row()
                    && (above == null || total.row() > above.row())) {
                above = total;
            }
            if (total.row() == line.row() && total.column() < line.column()
                    && (left == null || total.column() > left.column())) {
                left = total;
            }
        }
        LabelCell owner = above != null ? above : left;
        return owner != null && owner.field() == Field.FUNDS_TOTAL;
    }

    private static boolean isTotal(Field field) {
        return field == Field.FUNDS_TOTAL || field == Field.ANNUAL_TOTAL || field == Field.APPROPRIATION
                || field == Field.CARRYOVER;
    }

    /** The unit of money a group label left of the fund line states ({@code 项目资金(万元)}), else the form's. */
    private BigDecimal groupUnit(LabelCell label, BigDecimal formUnit) {
        for (int c = label.column() - 1; c >= 0; c--) {
            String text = grid.text(label.row(), c);
            if (text.isEmpty() || text.length() > MAX_LABEL_CELL) {
                continue;
            }
            Labels.Label group = Labels.read(text);
            if (group.money() != null && Labels.field(group.words()).isEmpty()) {
                return group.money();
            }
        }
        return formUnit != null ? formUnit : sheetUnit;
    }

    /** The unit of money the form states in a cell of its own ({@code 金额单位：万元}) or over its funds, if any. */
    private BigDecimal formUnit(int from, int to, boolean[] inTable) {
        for (int r = from; r <= to; r++) {
            if (inTable[r]) {
                continue;
            }
            for (int c = 0; c < grid.columns(); c++) {
                if (!grid.isContinuation(r, c)) {
                    String text = grid.text(r, c);
                    Optional<BigDecimal> unit = Labels.statedMoneyUnit(text);
                    if (unit.isPresent()) {
                        return unit.get();
                    }
                    // 项目资金(万元) heads the fund block, merged down its side or not.
                    Labels.Label group = text.length() > MAX_LABEL_CELL ? null : Labels.read(text);
                    if (group != null && group.money() != null && GROUPS.contains(group.words())) {
                        return group.money();
                    }
                }
            }
        }
        return null;
    }
}
