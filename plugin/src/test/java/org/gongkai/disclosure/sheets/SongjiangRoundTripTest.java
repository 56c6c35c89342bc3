package org.gongkai.disclosure.sheets;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import org.gongkai.disclosure.load.LoadedContent;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.SourcePosition;
import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled Songjiang declaration, written out by the test as the single-project forms of a workbook (one sheet per
 * project, amounts as Excel's binary doubles, budget items in 万元, dates as date cells, merged levels), imports back to
 * the same projects, field by field and figure by figure; and once a translator has put back the English the bundled
 * files have, and its glossary, the site generated from the import is the bundled site, byte for byte.
 */
class SongjiangRoundTripTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(Book.Format.class)
    void theBundledDeclarationWrittenAsFormsImportsBackToTheSameSite(Book.Format format) throws IOException {
        ContentFixture bundled = ContentFixture.seed(work.resolve("bundled"));
        LoadedContent original = bundled.load();
        Path workbook;
        try (Book book = SongjiangForms.write(format, original.declaration(), original.projects())) {
            workbook = book.save(work, "songjiang-2024");
        }

        // Into an empty folder: the declaration takes the year, unit and title the sheets state.
        Path fresh = work.resolve("fresh");
        SpreadsheetImport.Result first = SpreadsheetImport.run(new SpreadsheetImport.Request(fresh,
                fresh.resolve("src/disclosure"), workbook, null, null, false));
        assertThat(first.problems()).isEmpty();
        assertThat(first.projects()).isEqualTo(7);
        assertThat(first.annualTotal()).isEqualByComparingTo("4424484.70");
        LoadedContent declared = ContentFixture.copyOf(fresh.resolve("src/disclosure"), work.resolve("fresh-check")).load();
        assertThat(declared.declaration().fiscalYear()).isEqualTo(original.declaration().fiscalYear());
        assertThat(declared.declaration().unit().zh()).isEqualTo(original.declaration().unit().zh());
        assertThat(declared.declaration().title().zh()).isEqualTo(original.declaration().title().zh());

        // Into a folder that has the unit's declaration.yaml (its summary and declared figures are on no project form).
        Path imported = work.resolve("imported");
        Path content = imported.resolve("src/disclosure");
        Files.createDirectories(content);
        Files.copy(bundled.file("declaration.yaml"), content.resolve("declaration.yaml"));
        SpreadsheetImport.Result result = SpreadsheetImport.run(new SpreadsheetImport.Request(imported, content,
                workbook, null, null, false));
        assertThat(result.problems()).isEmpty();
        assertThat(result.declaration()).isNull();
        assertThat(fileNames(content.resolve("projects"))).isEqualTo(fileNames(bundled.file("projects")));

        List<Project> back = ContentFixture.copyOf(content, work.resolve("check")).load().projects();
        assertThat(back).hasSameSizeAs(original.projects());
        for (int i = 0; i < back.size(); i++) {
            assertThat(fields(back.get(i))).as(original.projects().get(i).id())
                    .isEqualTo(fields(original.projects().get(i)));
        }

        assertThat(fields(back.get(0))).containsEntry(".annualFunds.total", "1859441.00")
                .containsEntry(".budgetItems[0].amount", "1795541.00").containsEntry(".start.date", "2024-01-01")
                .containsEntry(".start.precision", "DAY")
                .containsEntry(".indicators[1].target.written", "=1.00(篇/人)");

        // The translator's work: the English of every text, as the bundled files give it, and the bundled glossary.
        for (String file : fileNames(content.resolve("projects"))) {
            translate(content.resolve("projects").resolve(file), bundled.file("projects").resolve(file));
        }
        Files.copy(bundled.file("glossary.yaml"), content.resolve("glossary.yaml"));
        ContentFixture translated = ContentFixture.copyOf(content, work.resolve("translated"));
        // The same warnings of the same files (at other lines: the files are laid out by the import).
        assertThat(withoutLines(translated.check())).isEqualTo(withoutLines(bundled.check())).hasSize(2);

        Map<String, byte[]> expected = new SiteFixture(bundled).generated().tree();
        Map<String, byte[]> actual = new SiteFixture(translated).generated().tree();
        assertThat(expected).containsKeys("zh/index.html", "en/projects/non-establishment-staff.html",
                "data/disclosure.json", "data/indicators.csv");
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String path : expected.keySet()) {
            assertThat(new String(actual.get(path), java.nio.charset.StandardCharsets.UTF_8)).as(path)
                    .isEqualTo(new String(expected.get(path), java.nio.charset.StandardCharsets.UTF_8));
            assertThat(actual.get(path)).as(path).isEqualTo(expected.get(path));
        }
    }

    private static List<String> withoutLines(List<String> diagnostics) {
        return diagnostics.stream().map(d -> d.replaceFirst(":\\d+:\\d+: ", ": ")).toList();
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * A project as the site shows it, field by field: every text in Chinese, every amount in yuan to the fen, every date
     * at its precision. Left out: where a value stands in its file, English (a spreadsheet has none), and how an amount
     * was written and the precision that implies (the form's 179.5541万元 is 1,795,541.00 yuan either way).
     */
    static Map<String, String> fields(Object value) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", value, out);
        return out;
    }

    private static final Set<String> LEFT_OUT = Set.of("at", "file", "en", "resolution", "written");

    private static void flatten(String path, Object value, Map<String, String> out) {
        if (value == null) {
            out.put(path, "null");
        } else if (value instanceof Money money) {
            out.put(path, money.yuan().toPlainString());
        } else if (value instanceof Text text) {
            out.put(path, text.zh());
        } else if (value instanceof SourcePosition) {
            return;
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(path + "[" + i + "]", list.get(i), out);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                if (LEFT_OUT.contains(component.getName()) && !(value instanceof org.gongkai.disclosure.model.Target
                        && component.getName().equals("written"))) {
                    continue;
                }
                try {
                    flatten(path + "." + component.getName(), component.getAccessor().invoke(value), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (value instanceof BigDecimal number) {
            out.put(path, number.toPlainString());
        } else {
            out.put(path, String.valueOf(value));
        }
    }

    /** Every scalar read as a string, as it is written: a translator edits text, not types. */
    private static Yaml yaml() {
        DumperOptions dump = new DumperOptions();
        dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dump.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        dump.setWidth(Integer.MAX_VALUE);
        dump.setAllowUnicode(true);
        LoaderOptions load = new LoaderOptions();
        Resolver strings = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
            }
        };
        return new Yaml(new SafeConstructor(load), new Representer(dump), dump, load, strings);
    }

    /** Gives each plain Chinese text of the imported file the English its bundled counterpart has. */
    private static void translate(Path imported, Path bundled) throws IOException {
        Yaml yaml = yaml();
        Object ours = yaml.load(Files.readString(imported));
        Object theirs = yaml.load(Files.readString(bundled));
        Files.writeString(imported, yaml.dump(withEnglish(ours, theirs)));
    }

    @SuppressWarnings("unchecked")
    private static Object withEnglish(Object ours, Object theirs) {
        if (ours instanceof String text && theirs instanceof Map<?, ?> map && text.equals(map.get("zh"))
                && map.get("en") != null) {
            Map<String, Object> both = new LinkedHashMap<>();
            both.put("zh", text);
            both.put("en", map.get("en"));
            return both;
        }
        if (ours instanceof Map<?, ?> map && theirs instanceof Map<?, ?> other) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.put((String) entry.getKey(), withEnglish(entry.getValue(), other.get(entry.getKey())));
            }
            return out;
        }
        if (ours instanceof List<?> list && theirs instanceof List<?> other) {
            return java.util.stream.IntStream.range(0, list.size())
                    .mapToObj(i -> withEnglish(list.get(i), i < other.size() ? other.get(i) : null)).toList();
        }
        return ours;
    }
}
