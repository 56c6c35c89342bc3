package org.gongkai.disclosure.sheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one sheet: finds its indicator tables by their headers, tells the single-project form from the unit's summary
 * table (whose header names 项目名称 beside the indicator columns), and reads the facts a declaration takes from it.
 */
final class SheetReader {

    /** A fact of the declaration as the sheet gives it. */
    record Fact(String value, CellAt at) {
    }

    /** What a sheet gave: its projects, and its year, unit, unit code and title where it states them. */
    record Sheet(List<ProjectFields> projects, Fact year, Fact unit, Fact unitCode, Fact title, boolean recognised) {
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern YEAR_ONLY = Pattern.compile("[(（]?\\s*(\\d{4})\\s*年度?\\s*[)）]?");
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("[(（]?\\s*\\d{4}\\s*年度?\\s*[)）]?");
    private static final int MAX_TITLE = 80;

    private SheetReader() {
    }

    static Sheet read(Grid grid, boolean date1904, List<SheetProblem> problems) {
        CellValues values = new CellValues(grid, date1904, problems);
        List<IndicatorTable> tables = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        boolean[] inTable = new boolean[grid.rows()];
        for (int r = 0; r < grid.rows(); r++) {
            IndicatorTable table = mentionsIndicators(grid, r) ? IndicatorTable.at(grid, r) : null;
            if (table == null) {
                continue;
            }
            int end = table.firstRow;
            while (end < grid.rows() && !table.endsAt(grid, end)) {
                end++;
            }
            tables.add(table);
            ends.add(end - 1);
            for (int t = r; t < end; t++) {
                inTable[t] = true;
            }
            r = Math.max(r, end - 1);
        }
        BigDecimal sheetUnit = sheetUnit(grid, inTable);
        List<ProjectFields> projects = new ArrayList<>();
        List<IndicatorTable> forms = new ArrayList<>();
        List<Integer> formEnds = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            if (isSummary(grid, tables.get(t))) {
                SummaryLayout.read(values, tables.get(t), ends.get(t), sheetUnit, projects);
            } else {
                forms.add(tables.get(t));
                formEnds.add(ends.get(t));
            }
        }
        boolean hasNames = hasNameLabel(grid, inTable);
        if (!forms.isEmpty() || hasNames) {
            FormLayout.read(values, forms, formEnds, sheetUnit, projects);
        }
        Fact year = null;
        Fact title = null;
        Fact unit = null;
        Fact unitCode = null;
        for (ProjectFields project : projects) {
            unit = unit != null ? unit : fact(project.get(ProjectFields.Slot.UNIT));
            unitCode = unitCode != null ? unitCode : fact(project.get(ProjectFields.Slot.UNIT_CODE));
        }
        for (int r = 0; r < grid.rows() && (year == null || title == null || unit == null); r++) {
            if (inTable[r]) {
                continue;
            }
            for (int c = 0; c < grid.columns(); c++) {
                if (grid.isContinuation(r, c)) {
                    continue;
                }
                String text = grid.text(r, c);
                if (text.isEmpty() || text.length() > MAX_TITLE) {
                    continue;
                }
                boolean isTitle = text.contains("申报表") || text.contains("目标表");
                Matcher only = YEAR_ONLY.matcher(text);
                Matcher inText = YEAR.matcher(text);
                if (year == null && (only.matches() || (isTitle && inText.find()))) {
                    year = new Fact(only.matches() ? only.group(1) : inText.group(1), grid.at(r, c));
                }
                if (title == null && isTitle) {
                    title = new Fact(text, grid.at(r, c));
                }
                Labels.Label label = Labels.read(text);
                if (unit == null && label.after() != null
                        && Labels.field(label.words()).filter(f -> f == Labels.Field.UNIT).isPresent()) {
                    unit = new Fact(label.after(), grid.at(r, c));
                }
            }
        }
        if (title != null) {
            String cleaned = YEAR_IN_TITLE.matcher(title.value()).replaceAll("").replaceAll("\\s+", "");
            if (unit != null && cleaned.startsWith(unit.value())) {
                cleaned = cleaned.substring(unit.value().length());
            }
            title = cleaned.length() < 4 ? null : new Fact(cleaned, title.at());
        }
        return new Sheet(projects, year, unit, unitCode, title, !tables.isEmpty() || hasNames);
    }

    private static Fact fact(ProjectFields.Value value) {
        return value == null || value.text() == CellValues.UNREADABLE ? null : new Fact(value.text(), value.at());
    }

    private static boolean mentionsIndicators(Grid grid, int row) {
        for (int c = 0; c < Math.min(grid.columns(), IndicatorTable.MAX_HEADER_COLUMNS); c++) {
            if (grid.text(row, c).contains("级指标")) {
                return true;
            }
        }
        return false;
    }

    /** True when the table's header names 项目名称: the unit's summary table, one row per indicator. */
    private static boolean isSummary(Grid grid, IndicatorTable table) {
        for (int r = table.headerRow; r < table.firstRow; r++) {
            for (int c = 0; c < Math.min(grid.columns(), IndicatorTable.MAX_HEADER_COLUMNS); c++) {
                if (Labels.field(Labels.read(grid.text(r, c)).words()).filter(f -> f == Labels.Field.NAME).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasNameLabel(Grid grid, boolean[] inTable) {
        for (int r = 0; r < grid.rows(); r++) {
            if (inTable[r]) {
                continue;
            }
            for (int c = 0; c < grid.columns(); c++) {
                String text = grid.text(r, c);
                if (!grid.isContinuation(r, c) && text.length() < 40
                        && Labels.field(Labels.read(text).words()).filter(f -> f == Labels.Field.NAME).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The unit of money the sheet states outside its tables ({@code 金额单位：万元}), for the summary table. */
    private static BigDecimal sheetUnit(Grid grid, boolean[] inTable) {
        for (int r = 0; r < grid.rows(); r++) {
            if (inTable[r]) {
                continue;
            }
            for (int c = 0; c < grid.columns(); c++) {
                if (!grid.isContinuation(r, c)) {
                    Optional<BigDecimal> unit = Labels.statedMoneyUnit(grid.text(r, c));
                    if (unit.isPresent()) {
                        return unit.get();
                    }
                }
            }
        }
        return null;
    }
}
