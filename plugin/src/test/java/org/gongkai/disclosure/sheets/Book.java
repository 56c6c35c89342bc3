package org.gongkai.disclosure.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A real workbook built cell by cell with POI, as .xlsx or .xls, for the import's tests: texts, numbers (binary
 * doubles, as Excel keeps them), dates, number formats, merged cells.
 */
final class Book implements AutoCloseable {

    /** The two formats budget staff send. */
    enum Format {
        XLSX(".xlsx"), XLS(".xls");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    final Format format;
    final Workbook workbook;
    private Sheet sheet;
    private final Map<String, CellStyle> styles = new HashMap<>();

    Book(Format format) {
        this.format = format;
        this.workbook = format == Format.XLSX ? new XSSFWorkbook() : new HSSFWorkbook();
    }

    /** Adds a sheet; the cells written next go there. */
    Book sheet(String name) {
        sheet = workbook.createSheet(name);
        return this;
    }

    /** Writes a text, or a number (a double, as Excel stores it), or a date at {@code ref}, e.g. {@code B3}. */
    Book set(String ref, Object value) {
        Cell cell = cell(ref);
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof Double number) {
            cell.setCellValue(number);
        } else if (value instanceof Integer number) {
            cell.setCellValue(number);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(style("yyyy-mm-dd"));
        } else {
            throw new IllegalArgumentException(String.valueOf(value));
        }
        return this;
    }

    /** A number shown with a format, e.g. {@code #,##0.00} or {@code yyyy"年"m"月"}. */
    Book number(String ref, double value, String format) {
        Cell cell = cell(ref);
        cell.setCellValue(value);
        cell.setCellStyle(style(format));
        return this;
    }

    /** A formula with the value Excel would have cached. */
    Book formula(String ref, String formula) {
        cell(ref).setCellFormula(formula);
        workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell(ref));
        return this;
    }

    /** Merges a range such as {@code A5:A9}; the value stays in its first cell. */
    Book merge(String range) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        return this;
    }

    /** Writes a row of texts from column A on, skipping nulls: {@code row(12, "一级指标", "二级指标", …)}. */
    Book row(int number, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                set(CellAt.column(i) + number, values[i]);
            }
        }
        return this;
    }

    Path save(Path folder, String name) throws IOException {
        Path file = folder.resolve(name + format.extension);
        Files.createDirectories(folder);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private Cell cell(String ref) {
        CellAddress address = new CellAddress(ref);
        Row row = sheet.getRow(address.getRow());
        if (row == null) {
            row = sheet.createRow(address.getRow());
        }
        Cell cell = row.getCell(address.getColumn());
        return cell != null ? cell : row.createCell(address.getColumn());
    }

    private CellStyle style(String format) {
        return styles.computeIfAbsent(format, f -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            return style;
        });
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
