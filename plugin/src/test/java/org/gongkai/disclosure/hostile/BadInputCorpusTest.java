package org.gongkai.disclosure.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.diag.MessageCatalog;
import org.gongkai.disclosure.engine.GenerateReport;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;

/**
 * The corpus of bad declarations in {@code src/test/resources/corpus/}: each case is a YAML file, put in place of
 * one file of a valid declaration, and a {@code .expected} file that names where it goes ({@code as:}) and every
 * diagnostic it must produce, exactly as a user reads it in English ({@code path:line:col: severity: message [rule]});
 * no others may appear. Each case is also
 * generated over a published site, which must stay byte for byte as it was when the case has errors.
 */
class BadInputCorpusTest {

    private static final Path CORPUS = corpus();

    private static Path corpus() {
        try {
            return Path.of(BadInputCorpusTest.class.getClassLoader().getResource("corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length())).sorted().toList().stream();
        }
    }

    /** A case's expectations: where its file goes, and the diagnostics it must produce. */
    record Expectation(String as, List<String> diagnostics) {

        static Expectation read(String name) throws IOException {
            String as = null;
            List<String> diagnostics = new ArrayList<>();
            for (String line : Files.readAllLines(CORPUS.resolve(name + ".expected"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("as: ")) {
                    as = line.substring("as: ".length()).trim();
                } else {
                    diagnostics.add(line.trim());
                }
            }
            if (as == null) {
                throw new IllegalStateException(name + ".expected does not say where the case goes (as: …)");
            }
            return new Expectation(as, diagnostics);
        }

        boolean hasErrors() {
            return diagnostics.stream().anyMatch(line -> line.matches("\\S+:\\d+:\\d+: error: .*"));
        }
    }

    private static String located(Diagnostic diagnostic) {
        return diagnostic.at() + ": " + diagnostic.severity().label() + " [" + diagnostic.rule() + "]";
    }

    @Test
    void theCorpusHasAtLeastFortyCasesAndEachHasExpectations() throws IOException {
        List<String> names = cases().toList();
        assertTrue(names.size() >= 40, "cases: " + names.size());
        for (String name : names) {
            assertTrue(Files.isRegularFile(CORPUS.resolve(name + ".expected")), name + " has no .expected file");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseProducesExactlyItsDiagnostics(String name, @TempDir Path project) throws IOException {
        Expectation expected = Expectation.read(name);
        ContentFixture content = ContentFixture.minimal(project);
        content.writeBytes(expected.as(), Files.readAllBytes(CORPUS.resolve(name + ".yaml")));

        List<Diagnostic> diagnostics = content.report().diagnostics();

        assertEquals(expected.diagnostics(), content.check());
        for (Language language : Language.values()) {
            MessageCatalog catalog = MessageCatalog.of(language);
            for (Diagnostic diagnostic : diagnostics) {
                String message = catalog.format(diagnostic.message());
                assertTrue(catalog.has(diagnostic.message().key()), "no " + language + " text for " + diagnostic);
                assertFalse(message.isBlank() || message.contains("{0}"), message);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aCaseWithErrorsLeavesThePublishedSiteAsItWas(String name, @TempDir Path project) throws IOException {
        Expectation expected = Expectation.read(name);
        SiteFixture site = new SiteFixture(ContentFixture.minimal(project)).generated();
        Map<String, byte[]> before = site.tree();

        site.content().writeBytes(expected.as(), Files.readAllBytes(CORPUS.resolve(name + ".yaml")));
        GenerateReport report = site.generate();

        assertEquals(!expected.hasErrors(), report.generated());
        if (expected.hasErrors()) {
            Map<String, byte[]> after = site.tree();
            assertEquals(before.keySet(), after.keySet());
            before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        }
    }

    @Test
    void aFiftyMegabyteProjectFileIsRefusedWithoutBeingRead(@TempDir Path project) throws IOException {
        ContentFixture content = ContentFixture.minimal(project);
        Path huge = content.file("projects/02-huge.yaml");
        byte[] line = "  - {level1: 产出指标, level2: 数量指标, name: {zh: 培训人次, en: People trained}, target: 良好}\n"
                .getBytes(StandardCharsets.UTF_8);
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(huge), 1 << 20)) {
            out.write("id: huge\nindicators:\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }

        List<String> diagnostics = content.report().diagnostics().stream().map(BadInputCorpusTest::located).toList();

        assertEquals(List.of("src/disclosure/declaration.yaml:5:18: error [declared-count]",
                "src/disclosure/projects/02-huge.yaml:1:1: error [file-too-large]"), diagnostics);
        assertTrue(content.check().get(1).contains("50.0 MB"), content.check().get(1));
    }

    @Test
    void aFolderWhereAFileIsExpectedIsReported(@TempDir Path project) throws IOException {
        ContentFixture content = ContentFixture.minimal(project);
        Files.createDirectories(content.file("projects/02-folder.yaml"));
        Files.delete(content.file("declaration.yaml"));
        Files.createDirectories(content.file("declaration.yaml"));

        List<String> diagnostics = content.report().diagnostics().stream().map(BadInputCorpusTest::located).toList();

        assertEquals(List.of("src/disclosure/declaration.yaml:1:1: error [not-a-file]",
                "src/disclosure/projects/02-folder.yaml:1:1: error [not-a-file]"), diagnostics);
    }

    /** Every key of the valid fixture's files written with a value on its line, with a list or a map there instead. */
    static Stream<org.junit.jupiter.params.provider.Arguments> wrongKinds() {
        List<org.junit.jupiter.params.provider.Arguments> cases = new ArrayList<>();
        for (String file : List.of(ContentFixture.DECLARATION, ContentFixture.PROJECT)) {
            String[] lines = ContentFixture.resource("fixtures/minimal/" + file).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].matches("\\s*[a-z-]+: \\S.*")) {
                    for (String wrong : List.of("[1, 2]", "{a: 1}")) {
                        cases.add(org.junit.jupiter.params.provider.Arguments.of(file, i + 1, wrong));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} line {1}: {2}")
    @MethodSource("wrongKinds")
    void aValueOfTheWrongKindAtAnyKeyIsAnErrorOnItsLine(String file, int line, String wrong, @TempDir Path project) {
        ContentFixture content = ContentFixture.minimal(project);
        String[] lines = content.read(file).split("\n", -1);
        lines[line - 1] = lines[line - 1].replaceFirst(": \\S.*", ": " + wrong);
        content.write(file, String.join("\n", lines));

        List<Diagnostic> errors = content.report().diagnostics().stream().filter(Diagnostic::isError).toList();

        // A map where a text goes is read as a bilingual text without its Chinese (and with an unknown key); anything
        // else is of the wrong kind. Either way the errors are on that line and nowhere else.
        List<String> rules = errors.stream().map(Diagnostic::rule).toList();
        assertTrue(rules.equals(List.of("value-kind")) || rules.equals(List.of("required-key", "unknown-key")),
                () -> "errors: " + content.check());
        for (Diagnostic error : errors) {
            assertEquals("src/disclosure/" + file + ":" + line, error.at().file() + ":" + error.at().line(),
                    error::toString);
        }
    }
}
