package org.gongkai.disclosure.sheets;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The indicator table of a form: found by its header row (一级指标, 二级指标, 三级指标, 指标值, and the optional
 * columns), one indicator per row below it, level-1 and level-2 in cells merged over their rows (or left blank under
 * the first). The target is the 指标值 cell, with the operator and the unit of their own columns where a form prints
 * them apart (≥ | 95 | %).
 */
final class IndicatorTable {

    /** Where a row's text ends a table: a total, a note. */
    private static final Set<String> ENDS = Set.of("合计", "总计", "小计", "总分", "其他需要说明事项", "其他说明", "填表说明",
            "填报说明", "说明", "注");
    /** Operators as forms print them in a column of their own; a box-drawing ═ stands for = in some exports. */
    private static final Map<String, String> OPERATOR_LOOKALIKES = Map.of("═", "=", "＝", "=");
    /** How far right of the level columns a table's header may reach. */
    static final int MAX_HEADER_COLUMNS = 60;

    /** The columns found, the header's rows and the first data row. */
    final Map<Labels.Column, Integer> columns;
    final int headerRow;
    final int firstRow;

    private IndicatorTable(Map<Labels.Column, Integer> columns, int headerRow, int firstRow) {
        this.columns = columns;
        this.headerRow = headerRow;
        this.firstRow = firstRow;
    }

    /** The table whose header starts on this row, if the row has the three level columns. */
    static IndicatorTable at(Grid grid, int row) {
        Map<Labels.Column, Integer> columns = columnsOf(grid, row, true);
        if (!columns.containsKey(Labels.Column.LEVEL1) || !columns.containsKey(Labels.Column.LEVEL2)
                || !columns.containsKey(Labels.Column.NAME)) {
            return null;
        }
        int bottom = row;
        // The header ends where its own labels do; a 绩效指标 merged down the table's side is not one of them.
        for (int c : columns.values()) {
            if (grid.region(row, c) == null || grid.region(row, c).getFirstRow() == row) {
                bottom = Math.max(bottom, grid.lastRowOf(row, c));
            }
        }
        // A second header row names the parts of a merged 年度指标值: 指标性质 | 指标值 | 度量单位.
        if (bottom == row && row + 1 < grid.rows() && !columnsOf(grid, row + 1, false).isEmpty()) {
            bottom = row + 1;
        }
        for (int r = row + 1; r <= bottom; r++) {
            Map<Integer, Labels.Column> below = byColumn(grid, r);
            for (Map.Entry<Integer, Labels.Column> cell : below.entrySet()) {
                columns.values().remove(cell.getKey());
                columns.put(cell.getValue(), cell.getKey());
            }
        }
        return new IndicatorTable(columns, row, bottom + 1);
    }

    /**
     * The columns a header row names, each at its first cell from the left; with {@code withMerged}, also those a label
     * merged down from the row above names there.
     */
    private static Map<Labels.Column, Integer> columnsOf(Grid grid, int row, boolean withMerged) {
        Map<Labels.Column, Integer> found = new EnumMap<>(Labels.Column.class);
        for (int c = 0; c < Math.min(grid.columns(), MAX_HEADER_COLUMNS); c++) {
            boolean continuation = grid.isContinuation(row, c);
            // The rest of a label merged across columns names no other column.
            if (continuation && (!withMerged || grid.region(row, c).getFirstColumn() != c)) {
                continue;
            }
            int column = c;
            Labels.column(Labels.read(grid.text(row, c)).words()).ifPresent(col -> found.putIfAbsent(col, column));
        }
        return found;
    }

    private static Map<Integer, Labels.Column> byColumn(Grid grid, int row) {
        Map<Integer, Labels.Column> found = new java.util.TreeMap<>();
        for (int c = 0; c < Math.min(grid.columns(), MAX_HEADER_COLUMNS); c++) {
            if (!grid.isContinuation(row, c)) {
                int column = c;
                Labels.column(Labels.read(grid.text(row, c)).words()).ifPresent(col -> found.put(column, col));
            }
        }
        return found;
    }

    private String text(Grid grid, int row, Labels.Column column) {
        return column(column) < 0 ? "" : grid.text(row, column(column));
    }

    int column(Labels.Column column) {
        return columns.getOrDefault(column, -1);
    }

    /**
     * True when this row ends the table: it is blank in the level, name and target columns, spans them as a title does,
     * starts a total or a note, or holds a label of the form (the 项目名称 of the next one, say).
     */
    boolean endsAt(Grid grid, int row) {
        if (text(grid, row, Labels.Column.LEVEL1).isEmpty() && text(grid, row, Labels.Column.LEVEL2).isEmpty()
                && text(grid, row, Labels.Column.NAME).isEmpty() && text(grid, row, Labels.Column.TARGET).isEmpty()) {
            return true;
        }
        org.apache.poi.ss.util.CellRangeAddress across = grid.region(row, column(Labels.Column.LEVEL1));
        if (across != null && across.getFirstRow() == row && across.getLastColumn() >= column(Labels.Column.NAME)) {
            return true; // a title or a note across the table
        }
        for (int c = 0; c <= Math.min(column(Labels.Column.NAME), grid.columns() - 1); c++) {
            String words = Labels.read(grid.text(row, c)).words();
            if (ENDS.contains(words) || (words.startsWith("注") && words.length() <= 3)) {
                return true;
            }
        }
        int first = column(Labels.Column.LEVEL1);
        if (!grid.isContinuation(row, first) && Labels.field(Labels.read(grid.text(row, first)).words()).isPresent()) {
            return true; // a label of the form (计划开始日期) after the table
        }
        for (int c = 0; c < Math.min(grid.columns(), MAX_HEADER_COLUMNS); c++) {
            if (!grid.isContinuation(row, c) && Labels.field(Labels.read(grid.text(row, c)).words())
                    .filter(f -> f == Labels.Field.NAME).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the indicators of rows {@code from} to {@code to} into {@code project}; level cells left blank take the
     * row above's. Returns the rows read.
     */
    void read(CellValues values, int from, int to, ProjectFields project) {
        Grid grid = values.grid();
        String level1 = null;
        String level2 = null;
        for (int r = from; r <= to; r++) {
            String name = cell(values, r, Labels.Column.NAME);
            String value = cell(values, r, Labels.Column.TARGET);
            String nature = cell(values, r, Labels.Column.NATURE);
            String unit = cell(values, r, Labels.Column.UNIT);
            String l1 = cell(values, r, Labels.Column.LEVEL1);
            String l2 = cell(values, r, Labels.Column.LEVEL2);
            if (l1 != null) {
                level1 = l1;
            }
            if (l2 != null) {
                level2 = l2;
            }
            if (name == null && value == null && (nature == null || isKind(nature)) && unit == null) {
                continue; // a blank row, or a level-2 the form left without indicators
            }
            String operator = nature == null || isKind(nature) ? "" : OPERATOR_LOOKALIKES.getOrDefault(nature, nature);
            CellAt rowAt = grid.at(r, column(Labels.Column.NAME));
            if (level1 == null) {
                blank(values, r, Labels.Column.LEVEL1);
            }
            if (level2 == null) {
                blank(values, r, Labels.Column.LEVEL2);
            }
            if (name == null) {
                blank(values, r, Labels.Column.NAME);
            }
            if (value == null) {
                blank(values, r, Labels.Column.TARGET);
            }
            if (level1 == null || level2 == null || name == null || value == null) {
                continue;
            }
            String target = operator + value + (unit == null || value.endsWith(unit) ? "" : unit);
            YamlText.Mapping indicator = new YamlText.Mapping()
                    .text("level1", level1, grid.source(r, Math.max(0, column(Labels.Column.LEVEL1))))
                    .text("level2", level2, grid.source(r, Math.max(0, column(Labels.Column.LEVEL2))))
                    .text("name", name, rowAt)
                    .text("target", target, grid.source(r, column(Labels.Column.TARGET)))
                    .text("period-target", cell(values, r, Labels.Column.PERIOD_TARGET), at(grid, r, Labels.Column.PERIOD_TARGET));
            if (column(Labels.Column.WEIGHT) >= 0) {
                indicator.plain("weight", values.points(r, column(Labels.Column.WEIGHT), Labels.Column.WEIGHT.printed()),
                        at(grid, r, Labels.Column.WEIGHT));
            }
            String kind = cell(values, r, Labels.Column.KIND);
            indicator.text("kind", kind != null ? kind : nature != null && isKind(nature) ? nature : null,
                    at(grid, r, kind != null ? Labels.Column.KIND : Labels.Column.NATURE))
                    .text("direction", cell(values, r, Labels.Column.DIRECTION), at(grid, r, Labels.Column.DIRECTION))
                    .text("explanation", cell(values, r, Labels.Column.EXPLANATION), at(grid, r, Labels.Column.EXPLANATION))
                    .text("remark", cell(values, r, Labels.Column.REMARK), at(grid, r, Labels.Column.REMARK));
            project.indicators.add(indicator);
        }
    }

    private static boolean isKind(String nature) {
        return nature.equals("定量") || nature.equals("定性");
    }

    private CellAt at(Grid grid, int row, Labels.Column column) {
        return column(column) < 0 ? null : grid.source(row, column(column));
    }

    private String cell(CellValues values, int row, Labels.Column column) {
        int c = column(column);
        return c < 0 ? null : values.text(row, c, column.printed());
    }

    private void blank(CellValues values, int row, Labels.Column column) {
        int c = column(column);
        values.error("import-cell", values.grid().at(row, Math.max(c, 0)), "import.blankIndicatorCell", column.printed());
    }
}
