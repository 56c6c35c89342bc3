package org.gongkai.disclosure.sheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.disclosure.sheets.Labels.Field;
import org.gongkai.disclosure.sheets.ProjectFields.Slot;

/**
 * The unit's summary table (部门预算项目绩效目标申报表, as Sichuan prints it): one row per indicator, the project's name,
 * amounts and goal in cells merged over its rows, and the indicator's columns beside them; a header of one or two rows,
 * where a group such as 年度资金(万元) stands over 合计 | 财政拨款 | 其他资金.
 */
final class SummaryLayout {

    /** Words of a group header over the project's own funds; any other group over amounts is this year's. */
    private static final Set<String> FUNDS_GROUPS = Set.of("项目资金", "项目资金总额", "项目总投资", "中期预算资金");
    /** A total under a group header. */
    private static final Set<String> TOTALS = Set.of("合计", "小计", "总额", "金额", "资金总额", "总计");
    private static final Set<String> GOALS = Set.of("绩效目标", "年度绩效目标", "年度目标", "项目绩效目标");

    private record Place(int column, BigDecimal unit, String printed) {
    }

    private SummaryLayout() {
    }

    static void read(CellValues values, IndicatorTable table, int end, BigDecimal sheetUnit, List<ProjectFields> out) {
        Grid grid = values.grid();
        int top = table.headerRow;
        int bottom = table.firstRow - 1;
        Map<Slot, Place> places = new EnumMap<>(Slot.class);
        for (int c = 0; c < Math.min(grid.columns(), IndicatorTable.MAX_HEADER_COLUMNS); c++) {
            Labels.Label leaf = Labels.read(grid.text(bottom, c));
            Labels.Label group = bottom > top ? Labels.read(grid.text(top, c))
                    : top > 0 ? Labels.read(grid.text(top - 1, c)) : new Labels.Label("", null, null);
            if (leaf.words().isEmpty()) {
                // A heading in the top row alone, not merged down over the second.
                leaf = group;
                group = new Labels.Label("", null, null);
            }
            Slot slot = slot(leaf.words(), group.words());
            if (slot != null && !places.containsKey(slot)) {
                BigDecimal unit = leaf.money() != null ? leaf.money() : group.money() != null ? group.money() : sheetUnit;
                places.put(slot, new Place(c, unit, leaf.words()));
            }
        }
        CellAt header = grid.at(top, table.column(Labels.Column.LEVEL1));
        if (!places.containsKey(Slot.ANNUAL_TOTAL)) {
            values.error("import-layout", header, "import.missingColumn", Field.ANNUAL_TOTAL.printed(),
                    String.join(", ", Field.ANNUAL_TOTAL.words()));
        }
        if (!places.containsKey(Slot.GOAL_ANNUAL) && !places.containsKey(Slot.GOAL_OVERALL)) {
            values.error("import-layout", header, "import.missingColumn", Field.GOAL_ANNUAL.printed(),
                    String.join(", ", GOALS));
        }
        int nameColumn = places.get(Slot.NAME).column();
        List<Integer> starts = new ArrayList<>();
        for (int r = table.firstRow; r <= end; r++) {
            if (!grid.isContinuation(r, nameColumn) && !grid.text(r, nameColumn).isEmpty()) {
                starts.add(r);
            }
        }
        if (starts.isEmpty()) {
            values.error("import-layout", grid.at(table.firstRow - 1, nameColumn), "import.noIndicatorRows");
            return;
        }
        for (int i = 0; i < starts.size(); i++) {
            int first = starts.get(i);
            int last = i + 1 < starts.size() ? starts.get(i + 1) - 1 : end;
            ProjectFields project = new ProjectFields(grid.at(first, nameColumn));
            for (Map.Entry<Slot, Place> place : places.entrySet()) {
                Slot slot = place.getKey();
                int c = place.getValue().column();
                String printed = place.getValue().printed();
                String text = switch (slot.kind) {
                    case AMOUNT -> values.amount(first, c, printed, place.getValue().unit());
                    case DATE -> values.date(first, c, printed);
                    case TEXT, CODE -> values.text(first, c, printed);
                };
                project.put(slot, text, grid.source(first, c));
            }
            if (places.containsKey(Slot.ANNUAL_TOTAL) && !project.has(Slot.ANNUAL_TOTAL)) {
                values.error("import-cell", grid.at(first, places.get(Slot.ANNUAL_TOTAL).column()), "import.blankCell",
                        places.get(Slot.ANNUAL_TOTAL).printed());
            }
            Place goal = places.containsKey(Slot.GOAL_ANNUAL) ? places.get(Slot.GOAL_ANNUAL) : places.get(Slot.GOAL_OVERALL);
            if (goal != null && !project.has(Slot.GOAL_ANNUAL) && !project.has(Slot.GOAL_OVERALL)) {
                values.error("import-cell", grid.at(first, goal.column()), "import.blankCell", goal.printed());
            }
            table.read(values, first, last, project);
            out.add(project);
        }
    }

    /** The slot a header names, the group above it telling the project's funds from this year's. */
    private static Slot slot(String leaf, String group) {
        boolean funds = FUNDS_GROUPS.contains(group);
        boolean grouped = !group.isEmpty() && !group.equals(leaf);
        if (grouped && TOTALS.contains(leaf)) {
            return funds ? Slot.FUNDS_TOTAL : Labels.field(group).isPresent() || group.contains("资金") || group.contains("预算")
                    ? Slot.ANNUAL_TOTAL : null;
        }
        if (GOALS.contains(leaf)) {
            return Slot.GOAL_ANNUAL;
        }
        return Labels.field(leaf).map(field -> switch (field) {
            case NAME -> Slot.NAME;
            case ID -> Slot.ID;
            case CODE -> Slot.CODE;
            case NATURE -> Slot.NATURE;
            case CATEGORY -> Slot.CATEGORY;
            case DEPARTMENT -> Slot.DEPARTMENT;
            case IMPLEMENTER -> Slot.IMPLEMENTER;
            case UNIT -> Slot.UNIT;
            case UNIT_CODE -> Slot.UNIT_CODE;
            case START -> Slot.START;
            case END -> Slot.END;
            case FUNDS_TOTAL -> Slot.FUNDS_TOTAL;
            case ANNUAL_TOTAL -> Slot.ANNUAL_TOTAL;
            case FISCAL -> funds ? Slot.FUNDS_FISCAL : Slot.ANNUAL_APPROPRIATION;
            case APPROPRIATION -> Slot.ANNUAL_APPROPRIATION;
            case CARRYOVER -> Slot.ANNUAL_CARRYOVER;
            case OTHER -> funds ? Slot.FUNDS_OTHER : Slot.ANNUAL_OTHER;
            case GOAL_OVERALL -> Slot.GOAL_OVERALL;
            case GOAL_ANNUAL -> Slot.GOAL_ANNUAL;
            case OVERVIEW -> Slot.OVERVIEW;
            case BASIS -> Slot.BASIS;
            case NECESSITY -> Slot.NECESSITY;
            case MEASURES -> Slot.MEASURES;
            case PLAN -> Slot.PLAN;
            case BUDGET -> Slot.BUDGET;
            case PERIOD -> null;
        }).orElse(null);
    }
}
