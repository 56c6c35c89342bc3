package org.gongkai.disclosure.sheets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.load.AmountParser;
import org.gongkai.disclosure.load.Parsed;
import org.gongkai.disclosure.model.MoneyUnit;

/**
 * Reads the typed values of cells as the declaration format needs them written: amounts in yuan to the fen, dates at
 * the precision the cell shows, numbers of points. Each read returns the YAML text, null for a blank cell, or adds a
 * located problem and returns {@link #UNREADABLE}.
 */
final class CellValues {

    /** What a read returns after reporting: never written, since nothing is written while a problem stands. */
    static final String UNREADABLE = "\u0000unreadable";

    /** Cells that say "none" in a fund line: 0.00. */
    private static final List<String> NONE = List.of("—", "——", "-", "--", "－", "/", "／", "无");
    private static final Pattern DATE_TEXT = Pattern.compile(
            "(\\d{4})\\s*(?:[-./年]\\s*(\\d{1,2})\\s*(?:[-./月]\\s*(?:(\\d{1,2})\\s*日?)?|月)?)?\\s*年?");
    private static final String DATE_PART = "\\d{4}(?:\\s*[-./年]\\s*\\d{1,2}(?:\\s*[-./月]\\s*(?:\\d{1,2}\\s*日?)?|\\s*月)?)?\\s*年?";
    private static final Pattern PERIOD_TEXT = Pattern.compile("(" + DATE_PART + ")\\s*(?:至|到|~|～|—|–|－|-)\\s*("
            + DATE_PART + ")");
    private static final Pattern POINTS = Pattern.compile("\\d{1,6}(?:\\.\\d{1,4})?");
    private static final int MAX_DATE_TEXT = 40;
    /** Excel's serial numbers of 1 January 1950 and 31 December 2199: a day of any fiscal year there is. */
    private static final double FIRST_SERIAL = 18264;
    private static final double LAST_SERIAL = 109574;

    private final Grid grid;
    private final List<SheetProblem> problems;
    private final boolean date1904;

    CellValues(Grid grid, boolean date1904, List<SheetProblem> problems) {
        this.grid = grid;
        this.problems = problems;
        this.date1904 = date1904;
    }

    Grid grid() {
        return grid;
    }

    List<SheetProblem> problems() {
        return problems;
    }

    void error(String rule, CellAt at, String key, Object... args) {
        problems.add(SheetProblem.error(rule, at, key, args));
    }

    /** A text as shown; null when blank, {@link #UNREADABLE} for an error cell. */
    String text(int row, int column, String label) {
        if (grid.isError(row, column)) {
            error("import-cell", grid.source(row, column), "import.errorCell", label, grid.text(row, column));
            return UNREADABLE;
        }
        String text = grid.text(row, column);
        return text.isEmpty() ? null : text;
    }

    /**
     * An amount in yuan to the fen, {@code 1859441.00}: read from the text the cell shows, scaled by {@code unit} (the
     * yuan in one unit the sheet or the label states) when the text names none, and refused when finer than the fen.
     */
    String amount(int row, int column, String label, BigDecimal unit) {
        String shown = text(row, column, label);
        if (shown == null || shown == UNREADABLE) {
            return shown;
        }
        return amountText(shown, grid.source(row, column), label, unit);
    }

    /** An amount written in a text (a cell's, or after a label's colon), read as the declaration format reads it. */
    String amountText(String shown, CellAt at, String label, BigDecimal unit) {
        String text = shown.strip();
        if (NONE.contains(text)) {
            return "0.00";
        }
        text = text.replaceFirst("^[¥￥]\\s*", "");
        if (text.matches("[-+]?\\d+(?:\\.\\d+)?[Ee][-+]?\\d+")) {
            error("import-amount", at, "import.amountScientific", label, shown);
            return UNREADABLE;
        }
        boolean named = MoneyUnit.endOf(text).isPresent();
        String read = named || unit == null || unit.compareTo(BigDecimal.ONE) == 0 ? text
                : text + unitWord(unit);
        Parsed<AmountParser.Amount> parsed = AmountParser.parse(read);
        if (parsed instanceof Parsed.Ok<AmountParser.Amount> ok) {
            return ok.value().yuan().toPlainString();
        }
        Message why = ((Parsed.Problem<AmountParser.Amount>) parsed).message();
        error("import-amount", at, "import.cellValue", label, why);
        return UNREADABLE;
    }

    private static String unitWord(BigDecimal unit) {
        return MoneyUnit.ALL.stream().filter(u -> u.written().endsWith("元") && u.yuan().compareTo(unit) == 0)
                .map(MoneyUnit::written).findFirst().orElse("元");
    }

    /** A date as the format writes it, {@code 2024-01-01}, {@code 2024-03} or {@code 2024}. */
    String date(int row, int column, String label) {
        Cell cell = grid.cell(row, column);
        CellAt at = grid.source(row, column);
        if (grid.isError(row, column)) {
            return text(row, column, label);
        }
        if (cell != null && numeric(cell)) {
            double value = cell.getNumericCellValue();
            if (DateUtil.isCellDateFormatted(cell)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value, date1904);
                return time == null ? unreadableDate(at, label, grid.text(row, column))
                        : iso(time.toLocalDate(), precision(cell.getCellStyle().getDataFormatString()));
            }
            if (value == Math.rint(value) && value >= 1950 && value <= 2200) {
                return String.valueOf((int) value);
            }
            if (value == Math.rint(value) && value >= FIRST_SERIAL && value <= LAST_SERIAL) {
                // A date Excel shows as its serial number (44561) because the cell lost its date format.
                return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
            }
            return unreadableDate(at, label, grid.text(row, column));
        }
        String shown = text(row, column, label);
        return shown == null ? null : dateText(shown, at, label);
    }

    /** A date written as text: {@code 2024-01-01}, {@code 2024年1月1日}, {@code 2024.01}, {@code 2024/1/1}, {@code 2024年}. */
    String dateText(String shown, CellAt at, String label) {
        String text = shown.strip();
        if (text.length() > MAX_DATE_TEXT) {
            return unreadableDate(at, label, shown);
        }
        Matcher m = DATE_TEXT.matcher(text);
        if (!m.matches()) {
            return unreadableDate(at, label, shown);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return String.valueOf(year);
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return unreadableDate(at, label, shown);
        }
        if (m.group(3) == null) {
            return YearMonth.of(year, month).toString();
        }
        int day = Integer.parseInt(m.group(3));
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return unreadableDate(at, label, shown);
        }
        return LocalDate.of(year, month, day).toString();
    }

    /** A period written in one cell, {@code 2023.07-2024.01}, {@code 2024年1月至12月}: its first and last date. */
    String[] period(int row, int column, String label) {
        String shown = text(row, column, label);
        if (shown == null || shown == UNREADABLE) {
            return shown == null ? null : new String[] {UNREADABLE, UNREADABLE};
        }
        CellAt at = grid.source(row, column);
        String text = shown.strip();
        Matcher m = text.length() > MAX_DATE_TEXT * 2 ? null : PERIOD_TEXT.matcher(text);
        if (m == null || !m.matches()) {
            error("import-date", at, "import.period", label, shown);
            return new String[] {UNREADABLE, UNREADABLE};
        }
        String end = m.group(2);
        // 2024年1月至12月: the end takes the start's year.
        if (!end.matches("\\d{4}.*")) {
            end = m.group(1).substring(0, 4) + "年" + end;
        }
        return new String[] {dateText(m.group(1), at, label), dateText(end, at, label)};
    }

    /** A number of points (分值, 权重): {@code 10}, {@code 22.5}, as shown; {@code 10分} is read as 10. */
    String points(int row, int column, String label) {
        String shown = text(row, column, label);
        if (shown == null || shown == UNREADABLE) {
            return shown;
        }
        String text = shown.strip().replaceFirst("分$", "").strip();
        if (!POINTS.matcher(text).matches()) {
            error("import-number", grid.source(row, column), "import.points", label, shown);
            return UNREADABLE;
        }
        return text;
    }

    private String unreadableDate(CellAt at, String label, String shown) {
        error("import-date", at, "import.date", label, shown);
        return UNREADABLE;
    }

    private static boolean numeric(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC;
    }

    /** How much of a date a format shows: no day (yyyy-mm, yyyy"年"m"月") is a month, no month a year. */
    private static String precision(String format) {
        String codes = format == null ? "" : format.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase();
        return codes.contains("d") ? "day" : codes.contains("m") ? "month" : "year";
    }

    private static String iso(LocalDate date, String precision) {
        return switch (precision) {
            case "day" -> date.toString();
            case "month" -> YearMonth.from(date).toString();
            default -> String.valueOf(date.getYear());
        };
    }
}
