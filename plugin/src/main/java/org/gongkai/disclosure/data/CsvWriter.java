package org.gongkai.disclosure.data;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV as RFC 4180 says (CRLF line ends, fields with commas, quotes or line breaks in double quotes,
 * quotes doubled), in UTF-8 with a byte-order mark so that Excel on a Chinese Windows reads it as UTF-8.
 *
 * <p>Every cell that a spreadsheet could run as a formula gets a leading apostrophe, whatever its column (CSV
 * injection; OWASP's advice): see {@link #guarded}.
 */
public final class CsvWriter {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * A tab or a carriage return first, or {@code = + - @} (or their full-width forms, which spreadsheets may
     * take for them) as the first character after any white space, which spreadsheets skip.
     */
    /** Package-private for the test that holds the guard's shortcut to it. */
    static final Pattern FORMULA_START =
            Pattern.compile("[\t\r]|\\p{IsWhite_Space}*+[=+\\-@\uFF1D\uFF0B\uFF0D\uFF20]");

    /** A number a spreadsheet reads as a number, not a formula: amounts, values, weights, years. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

    private CsvWriter() {
    }

    /** The UTF-8 byte-order mark a CSV file starts with. */
    public static byte[] bom() {
        return BOM.clone();
    }

    public static byte[] header(List<String> names) {
        return row(names);
    }

    /** One record, ended with CRLF; a null cell is empty. */
    public static byte[] row(List<String> cells) {
        StringBuilder out = new StringBuilder(256);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String text = cells.get(i) == null ? "" : guarded(cells.get(i));
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                out.append(text);
            }
        }
        out.append("\r\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The cell with a leading apostrophe when a spreadsheet could run it as a formula; otherwise as it is. */
    static String guarded(String cell) {
        // A letter or a digit is neither white space nor a formula's sign: most cells pass without a matcher.
        if (cell.isEmpty() || Character.isLetterOrDigit(cell.charAt(0))) {
            return cell;
        }
        if (FORMULA_START.matcher(cell).lookingAt() && !PLAIN_NUMBER.matcher(cell).matches()) {
            return "'" + cell;
        }
        return cell;
    }
}
