package org.gongkai.disclosure.data;

import java.util.Arrays;
import java.util.List;

/**
 * Writes CSV as RFC 4180 says (CRLF line ends, fields with commas, quotes or line breaks in double quotes,
 * quotes doubled), in UTF-8 with a byte-order mark so that Excel on a Chinese Windows reads it as UTF-8.
 *
 * <p>Every cell that a spreadsheet could run as a formula gets a leading apostrophe, whatever its column (CSV
 * injection; OWASP's advice): see {@link #guarded}.
 */
public final class CsvWriter {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

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
        Rows rows = new Rows(256);
        rows.add(cells);
        return rows.toByteArray();
    }

    /**
     * Records encoded one after another into one array, each cell guarded, quoted and encoded as UTF-8 in one pass:
     * the same bytes as {@code String.getBytes(UTF_8)} of the record's text, without making that text first (a
     * builder, its string and the string's bytes for each row of each download of a large site).
     */
    static final class Rows {
        private byte[] bytes;
        private int length;

        Rows(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        /** Adds one record, ended with CRLF; a null cell is empty. */
        void add(List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    put((byte) ',');
                }
                String cell = cells.get(i);
                if (cell != null && !cell.isEmpty()) {
                    cell(cell);
                }
            }
            put((byte) '\r');
            put((byte) '\n');
        }

        private void cell(String cell) {
            boolean guard = guarded(cell) != cell;
            boolean quoted = false;
            for (int i = 0; i < cell.length() && !quoted; i++) {
                char c = cell.charAt(i);
                quoted = c == ',' || c == '"' || c == '\n' || c == '\r';
            }
            // A quote, an apostrophe and a character's UTF-8 take at most 3 bytes for each character, or 4 a pair.
            ensure(3 * cell.length() + 4);
            byte[] out = bytes;
            int n = length;
            if (quoted) {
                out[n++] = '"';
            }
            if (guard) {
                out[n++] = '\'';
            }
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c < 0x80) {
                    if (c == '"') {
                        out[n++] = '"'; // only in a quoted cell, where a quote is doubled
                    }
                    out[n++] = (byte) c;
                } else if (c < 0x800) {
                    out[n++] = (byte) (0xC0 | c >> 6);
                    out[n++] = (byte) (0x80 | c & 0x3F);
                } else if (!Character.isSurrogate(c)) {
                    out[n++] = (byte) (0xE0 | c >> 12);
                    out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                    out[n++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < cell.length()
                        && Character.isLowSurrogate(cell.charAt(i + 1))) {
                    int code = Character.toCodePoint(c, cell.charAt(++i));
                    out[n++] = (byte) (0xF0 | code >> 18);
                    out[n++] = (byte) (0x80 | code >> 12 & 0x3F);
                    out[n++] = (byte) (0x80 | code >> 6 & 0x3F);
                    out[n++] = (byte) (0x80 | code & 0x3F);
                } else {
                    out[n++] = '?'; // a surrogate without its other half, as the UTF-8 encoder writes it
                }
            }
            if (quoted) {
                out[n++] = '"';
            }
            length = n;
        }

        private void put(byte b) {
            ensure(1);
            bytes[length++] = b;
        }

        private void ensure(int more) {
            if (bytes.length - length < more) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, length);
        }
    }

    /**
     * The cell with a leading apostrophe when a spreadsheet could run it as a formula (see {@link #startsFormula}),
     * unless it is a number a spreadsheet reads as a number ({@code -?[0-9]+(\.[0-9]+)?}: amounts, values, weights,
     * years); otherwise as it is.
     */
    static String guarded(String cell) {
        // A letter or a digit is neither white space nor a formula's sign: most cells pass at once.
        if (cell.isEmpty() || Character.isLetterOrDigit(cell.charAt(0))) {
            return cell;
        }
        return startsFormula(cell) && !isPlainNumber(cell) ? "'" + cell : cell;
    }

    /**
     * A tab or a carriage return first, or {@code = + - @} (or their full-width forms, which spreadsheets may take
     * for them) as the first character after any white space (Unicode's White_Space, which spreadsheets skip): the
     * pattern {@code [\t\r]|\p{IsWhite_Space}*+[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]} at the cell's start, tested without
     * a matcher, as for every cell of every download.
     */
    static boolean startsFormula(String cell) {
        char first = cell.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        int i = 0;
        while (i < cell.length() && isWhiteSpace(cell.charAt(i))) {
            i++;
        }
        if (i == cell.length()) {
            return false;
        }
        char sign = cell.charAt(i);
        return sign == '=' || sign == '+' || sign == '-' || sign == '@'
                || sign == '\uFF1D' || sign == '\uFF0B' || sign == '\uFF0D' || sign == '\uFF20';
    }

    /** Unicode's White_Space, as {@code \p{IsWhite_Space}} tests it (every such character is in the BMP). */
    private static boolean isWhiteSpace(char c) {
        int separators = 1 << Character.SPACE_SEPARATOR | 1 << Character.LINE_SEPARATOR
                | 1 << Character.PARAGRAPH_SEPARATOR;
        return c >= '\t' && c <= '\r' || c == '\u0085' || (separators >> Character.getType(c) & 1) != 0;
    }

    private static boolean isPlainNumber(String cell) {
        int n = cell.length();
        int i = cell.charAt(0) == '-' ? 1 : 0;
        int digits = i;
        while (i < n && cell.charAt(i) >= '0' && cell.charAt(i) <= '9') {
            i++;
        }
        if (i == digits) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (cell.charAt(i) != '.') {
            return false;
        }
        int fraction = ++i;
        while (i < n && cell.charAt(i) >= '0' && cell.charAt(i) <= '9') {
            i++;
        }
        return i > fraction && i == n;
    }
}
