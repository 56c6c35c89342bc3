package org.gongkai.disclosure.data;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV as RFC 4180 says (CRLF line ends, fields with commas, quotes or line breaks in double quotes,
 * quotes doubled), in UTF-8 with a byte-order mark so that Excel on a Chinese Windows reads it as UTF-8.
 *
 * <p>Free texts that begin with {@code =}, {@code +}, {@code -} or {@code @} get a leading apostrophe, so that a
 * spreadsheet does not run them as a formula (CSV injection); numbers, dates and targets are written as they are.
 */
final class CsvWriter {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvWriter() {
    }

    static byte[] header(List<String> names) {
        return row(names.stream().map(Cell::value).toList());
    }

    /** One record, ended with CRLF. */
    static byte[] row(List<Cell> cells) {
        StringBuilder out = new StringBuilder(256);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Cell cell = cells.get(i);
            String text = cell.text() == null ? "" : cell.text();
            if (cell.isFreeText() && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                text = "'" + text;
            }
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                out.append(text);
            }
        }
        out.append("\r\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One field: a free text (guarded against formulas) or a value written as it is. */
    record Cell(String text, boolean isFreeText) {
        static Cell text(String text) {
            return new Cell(text, true);
        }

        static Cell value(Object value) {
            return new Cell(value == null ? null : value.toString(), false);
        }
    }
}
