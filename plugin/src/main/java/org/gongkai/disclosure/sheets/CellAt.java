package org.gongkai.disclosure.sheets;

import java.util.regex.Pattern;

/**
 * A place in a workbook as spreadsheet users name it: {@code data/book.xlsx:Sheet1!C14}; a whole sheet
 * ({@code book.xlsx:Sheet1}) or a whole file ({@code book.xlsx}) where nothing finer applies.
 *
 * @param file the workbook's path as messages show it (relative to the project)
 * @param sheet the sheet's name, or null for the whole file
 * @param row the 0-based row, or -1 for the whole sheet
 * @param column the 0-based column
 */
public record CellAt(String file, String sheet, int row, int column) implements Comparable<CellAt> {

    /** Names Excel writes without quotes in a reference: letters (Chinese too), digits, underscores and dots. */
    private static final Pattern PLAIN_SHEET = Pattern.compile("[\\p{L}\\p{N}_.]+");

    public static CellAt file(String file) {
        return new CellAt(file, null, -1, -1);
    }

    public static CellAt sheet(String file, String sheet) {
        return new CellAt(file, sheet, -1, -1);
    }

    public static CellAt cell(String file, String sheet, int row, int column) {
        return new CellAt(file, sheet, row, column);
    }

    /** Another cell of the same sheet. */
    public CellAt at(int otherRow, int otherColumn) {
        return new CellAt(file, sheet, otherRow, otherColumn);
    }

    /** The cell's own reference, {@code C14}; empty for a sheet or a file. */
    public String reference() {
        return row < 0 ? "" : column(column) + (row + 1);
    }

    /** A column's letters: 0 is A, 25 is Z, 26 is AA. */
    static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** The sheet's name as a reference writes it: quoted ({@code 'My sheet'}) unless it is a plain word. */
    String sheetName() {
        return PLAIN_SHEET.matcher(sheet).matches() ? sheet : "'" + sheet.replace("'", "''") + "'";
    }

    @Override
    public String toString() {
        if (sheet == null) {
            return file;
        }
        return row < 0 ? file + ":" + sheetName() : file + ":" + sheetName() + "!" + reference();
    }

    @Override
    public int compareTo(CellAt other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        if (sheet == null || other.sheet == null) {
            return sheet == null ? (other.sheet == null ? 0 : -1) : 1;
        }
        // Sheets in the workbook's order would be better, but every problem of a sheet sits together either way.
        int bySheet = sheet.compareTo(other.sheet);
        if (bySheet != 0) {
            return bySheet;
        }
        return row != other.row ? Integer.compare(row, other.row) : Integer.compare(column, other.column);
    }
}
