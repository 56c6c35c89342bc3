package org.gongkai.disclosure.sheets;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The table of budget items of a form (明细名称 | 金额 | 测算依据), found by its header row; one item per row below it,
 * until a blank name, a total or another label of the form.
 */
final class ItemsTable {

    private static final Set<String> ENDS = Set.of("合计", "总计", "小计");

    final int headerRow;
    final int lastRow;
    private final Map<Labels.ItemColumn, Integer> columns;
    private final BigDecimal headerUnit;

    private ItemsTable(int headerRow, int lastRow, Map<Labels.ItemColumn, Integer> columns, BigDecimal headerUnit) {
        this.headerRow = headerRow;
        this.lastRow = lastRow;
        this.columns = columns;
        this.headerUnit = headerUnit;
    }

    /** The table in rows {@code from} to {@code to}, outside the indicator tables; null when the form has none. */
    static ItemsTable find(Grid grid, int from, int to, boolean[] inTable) {
        for (int r = from; r <= to; r++) {
            if (inTable[r]) {
                continue;
            }
            Map<Labels.ItemColumn, Integer> columns = new EnumMap<>(Labels.ItemColumn.class);
            BigDecimal unit = null;
            for (int c = 0; c < grid.columns(); c++) {
                if (grid.isContinuation(r, c)) {
                    continue;
                }
                Labels.Label label = Labels.read(grid.text(r, c));
                int column = c;
                java.util.Optional<Labels.ItemColumn> item = Labels.itemColumn(label.words());
                if (item.isPresent() && !columns.containsKey(item.get())) {
                    columns.put(item.get(), column);
                    if (item.get() == Labels.ItemColumn.AMOUNT) {
                        unit = label.money();
                    }
                }
            }
            if (columns.containsKey(Labels.ItemColumn.NAME) && columns.containsKey(Labels.ItemColumn.AMOUNT)) {
                int last = r;
                int header = grid.lastRowOf(r, columns.get(Labels.ItemColumn.NAME));
                for (int row = header + 1; row <= to && !inTable[row]; row++) {
                    String name = Labels.read(grid.text(row, columns.get(Labels.ItemColumn.NAME))).words();
                    if (name.isEmpty() || Labels.field(name).isPresent()) {
                        break;
                    }
                    last = row;
                    if (ENDS.contains(name)) {
                        break;
                    }
                }
                return new ItemsTable(r, last, columns, unit);
            }
        }
        return null;
    }

    /** Adds the items to the project; a total row (合计) is left out, since the check adds the items up itself. */
    void read(CellValues values, BigDecimal formUnit, ProjectFields project) {
        Grid grid = values.grid();
        BigDecimal unit = headerUnit != null ? headerUnit : formUnit;
        int first = grid.lastRowOf(headerRow, columns.get(Labels.ItemColumn.NAME)) + 1;
        for (int r = first; r <= lastRow; r++) {
            int nameColumn = columns.get(Labels.ItemColumn.NAME);
            String name = values.text(r, nameColumn, "明细名称");
            if (name == null || ENDS.contains(Labels.read(name).words())) {
                continue;
            }
            int amountColumn = columns.get(Labels.ItemColumn.AMOUNT);
            YamlText.Mapping item = new YamlText.Mapping()
                    .text("name", name, grid.source(r, nameColumn))
                    .plain("amount", values.amount(r, amountColumn, "金额", unit), grid.source(r, amountColumn));
            if (item.get("amount") == null) {
                values.error("import-cell", grid.at(r, amountColumn), "import.blankItemAmount", name);
            }
            Integer basis = columns.get(Labels.ItemColumn.BASIS);
            if (basis != null) {
                item.text("basis", values.text(r, basis, "测算依据"), grid.source(r, basis));
            }
            project.items.add(item);
        }
    }
}
