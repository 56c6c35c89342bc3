package org.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.load.LoadedContent;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.testing.ContentFixture;

/**
 * The table of targets in the format reference says what each written form is read as and how it reads in English:
 * every example of a row is read as that row's kind without a diagnostic, and every English example is what one of
 * the row's examples composes.
 */
class DocumentedTargetsTest {

    private static final Path FORMAT = Path.of("").toAbsolutePath().getParent().resolve("docs/declaration-format.md");
    private static final Pattern ROW = Pattern.compile("^\\| (number|amount|range|deadline|period|duration|word) \\|([^|]*)\\|([^|]*)\\|$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Map<String, Target.Kind> KINDS = Map.of("number", Target.Kind.NUMERIC, "amount",
            Target.Kind.AMOUNT, "range", Target.Kind.RANGE, "deadline", Target.Kind.DEADLINE, "period",
            Target.Kind.PERIOD, "duration", Target.Kind.DURATION, "word", Target.Kind.QUALITATIVE);

    @TempDir
    Path project;

    record Row(Target.Kind kind, List<String> written, List<String> english) {
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(FORMAT)) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                rows.add(new Row(KINDS.get(row.group(1)), codes(row.group(2)), codes(row.group(3))));
            }
        }
        return rows;
    }

    private static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher code = CODE.matcher(cell);
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }

    @Test
    void everyDocumentedTargetIsReadAsItsRowSaysAndComposesItsEnglish() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).extracting(Row::kind).containsExactly(Target.Kind.NUMERIC, Target.Kind.AMOUNT,
                Target.Kind.RANGE, Target.Kind.DEADLINE, Target.Kind.PERIOD, Target.Kind.DURATION,
                Target.Kind.QUALITATIVE);
        ContentFixture content = ContentFixture.minimal(project);
        StringBuilder indicators = new StringBuilder("indicators:\n");
        for (Row row : rows) {
            for (String written : row.written()) {
                String value = written.startsWith("{") ? written : "\"" + written.replace("\"", "\\\"") + "\"";
                indicators.append("  - {level1: 产出指标, level2: 数量指标, name: {zh: 例, en: Example}, target: ")
                        .append(value).append("}\n");
            }
        }
        String project = content.read(ContentFixture.PROJECT);
        content.write(ContentFixture.PROJECT, project.substring(0, project.indexOf("indicators:")) + indicators);

        assertThat(content.check()).filteredOn(line -> !line.endsWith("[indicator-coverage]")).isEmpty();
        LoadedContent loaded = content.load();
        List<Indicator> read = loaded.projects().get(0).indicators();
        int i = 0;
        for (Row row : rows) {
            List<String> english = new ArrayList<>();
            for (String written : row.written()) {
                Target target = read.get(i++).target();
                assertThat(target.kind()).as(written).isEqualTo(row.kind());
                english.add(target.english(loaded.glossary()));
            }
            assertThat(english).as("the English of " + row.written()).containsAll(row.english());
        }
    }
}
