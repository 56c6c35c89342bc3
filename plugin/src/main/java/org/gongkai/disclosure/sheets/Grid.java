package org.gongkai.disclosure.sheets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet as a reader sees it: every cell as displayed, a merged cell's value in each cell it covers. Built once per
 * sheet, after its size was bounded, so that lookups are cheap.
 */
final class Grid {

    private final String file;
    private final Sheet sheet;
    private final DataFormatter formatter;
    /** The merged region of each cell a merge covers, keyed by {@link #key}; only within the sheet's data. */
    private final Map<Long, CellRangeAddress> merged = new HashMap<>();
    private final int rows;
    private final int columns;

    private Grid(String file, Sheet sheet, DataFormatter formatter, int rows, int columns) {
        this.file = file;
        this.sheet = sheet;
        this.formatter = formatter;
        this.rows = rows;
        this.columns = columns;
    }

    /**
     * The grid of a sheet, or null after reporting a sheet larger than {@link WorkbookOpener} allows.
     *
     * @param cellBudget the cells the workbook may still have; what this sheet uses is taken from it
     */
    static Grid of(String file, Sheet sheet, DataFormatter formatter, long[] cellBudget, List<SheetProblem> problems) {
        CellAt at = CellAt.sheet(file, sheet.getSheetName());
        int rows = sheet.getLastRowNum() + 1;
        if (rows > WorkbookOpener.MAX_ROWS) {
            problems.add(SheetProblem.error("import-limit", at, "import.tooManyRows", rows, WorkbookOpener.MAX_ROWS));
            return null;
        }
        int columns = 0;
        long cells = 0;
        for (Row row : sheet) {
            columns = Math.max(columns, row.getLastCellNum());
            cells += row.getPhysicalNumberOfCells();
        }
        cellBudget[0] -= cells;
        if (cellBudget[0] < 0) {
            problems.add(SheetProblem.error("import-limit", at, "import.tooManyCells", WorkbookOpener.MAX_CELLS));
            return null;
        }
        Grid grid = new Grid(file, sheet, formatter, rows, columns);
        List<CellRangeAddress> regions = sheet.getMergedRegions();
        if (regions.size() > WorkbookOpener.MAX_CELLS) {
            problems.add(SheetProblem.error("import-limit", at, "import.tooManyCells", WorkbookOpener.MAX_CELLS));
            return null;
        }
        long covered = 0;
        for (CellRangeAddress region : regions) {
            // Only the part inside the data matters; a merge across a whole column would otherwise cost a million cells.
            int lastRow = Math.min(region.getLastRow(), rows - 1);
            int lastColumn = Math.min(region.getLastColumn(), columns - 1);
            for (int r = region.getFirstRow(); r <= lastRow; r++) {
                for (int c = region.getFirstColumn(); c <= lastColumn; c++) {
                    if (++covered > WorkbookOpener.MAX_CELLS) {
                        problems.add(SheetProblem.error("import-limit", at, "import.tooManyCells",
                                WorkbookOpener.MAX_CELLS));
                        return null;
                    }
                    grid.merged.put(key(r, c), region);
                }
            }
        }
        return grid;
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    String file() {
        return file;
    }

    String name() {
        return sheet.getSheetName();
    }

    int rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    CellAt at(int row, int column) {
        return CellAt.cell(file, sheet.getSheetName(), row, column);
    }

    CellAt whole() {
        return CellAt.sheet(file, sheet.getSheetName());
    }

    /** The merged region a cell lies in, or null. */
    CellRangeAddress region(int row, int column) {
        return merged.get(key(row, column));
    }

    /** True for a cell that a merge covers but that is not the merge's first: it shows the first cell's value. */
    boolean isContinuation(int row, int column) {
        CellRangeAddress region = region(row, column);
        return region != null && (region.getFirstRow() != row || region.getFirstColumn() != column);
    }

    /** The last row a cell's merge spans (the cell's own row when not merged). */
    int lastRowOf(int row, int column) {
        CellRangeAddress region = region(row, column);
        return region == null ? row : Math.min(region.getLastRow(), rows - 1);
    }

    /** The last column a cell's merge spans. */
    int lastColumnOf(int row, int column) {
        CellRangeAddress region = region(row, column);
        return region == null ? column : region.getLastColumn();
    }

    /** The cell that holds what a place shows: itself, or the first cell of its merge; null when empty. */
    Cell cell(int row, int column) {
        CellRangeAddress region = region(row, column);
        int r = region == null ? row : region.getFirstRow();
        int c = region == null ? column : region.getFirstColumn();
        Row line = sheet.getRow(r);
        return line == null ? null : line.getCell(c);
    }

    /** Where the value a place shows is kept: itself, or the first cell of its merge. */
    CellAt source(int row, int column) {
        CellRangeAddress region = region(row, column);
        return region == null ? at(row, column) : at(region.getFirstRow(), region.getFirstColumn());
    }

    /** True when the cell holds an error (#DIV/0!, #REF!…), typed or as a formula's last result. */
    boolean isError(int row, int column) {
        Cell cell = cell(row, column);
        if (cell == null) {
            return false;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.ERROR;
    }

    /**
     * The text a place shows, as Excel displays it with the cell's format (so a binary fraction never shows), with
     * line ends as {@code \n}, no-break spaces as spaces, and the ends stripped; empty when blank.
     */
    String text(int row, int column) {
        Cell cell = cell(row, column);
        if (cell == null) {
            return "";
        }
        String shown = formatter.formatCellValue(cell);
        return shown.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').strip();
    }
}
