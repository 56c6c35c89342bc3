package org.gongkai.disclosure.filings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.gongkai.disclosure.engine.GenerateReport;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.ReviewFixture;
import org.gongkai.disclosure.testing.SiteFixture;

/**
 * Real filings of other provinces, transcribed into the declaration format with their real mistakes kept
 * ({@code src/test/resources/filings/<name>/content}): each must give exactly the diagnostics of its
 * {@code expected.txt}, as a user reads them in English, and nothing else; a filing without errors becomes a site.
 */
class FilingsTest {

    private static final Path FILINGS = filings();

    private static Path filings() {
        try {
            return Path.of(FilingsTest.class.getClassLoader().getResource("filings").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> names() throws IOException {
        try (Stream<Path> folders = Files.list(FILINGS)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList()
                    .stream();
        }
    }

    /** The diagnostics a filing must give: the lines of its expected.txt that are not blank or comments. */
    static List<String> expected(String name) throws IOException {
        return Files.readAllLines(FILINGS.resolve(name).resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::strip).toList();
    }

    private static boolean hasErrors(List<String> diagnostics) {
        return diagnostics.stream().anyMatch(line -> line.matches("\\S+:\\d+:\\d+: error: .*"));
    }

    @Test
    void atLeastEightFilingsAreTranscribedEachWithItsSource() throws IOException {
        List<String> names = names().toList();
        assertTrue(names.size() >= 8, "filings: " + names);
        for (String name : names) {
            String expected = Files.readString(FILINGS.resolve(name).resolve("expected.txt"), StandardCharsets.UTF_8);
            assertTrue(expected.startsWith("# Source: http"), name + "/expected.txt names no source first");
            assertTrue(Files.isRegularFile(FILINGS.resolve(name).resolve("content/declaration.yaml"))
                    || Files.isRegularFile(FILINGS.resolve(name).resolve("content/department.yaml")), name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void eachFilingGivesExactlyItsDiagnostics(String name, @TempDir Path project) throws IOException {
        ContentFixture content = ContentFixture.copyOf(FILINGS.resolve(name).resolve("content"), project);

        assertEquals(expected(name), content.check());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void aFilingWithoutErrorsBecomesASiteInBothLanguages(String name, @TempDir Path project) throws IOException {
        assumeFalse(hasErrors(expected(name)), "the filing has errors");
        SiteFixture site = new SiteFixture(ContentFixture.copyOf(FILINGS.resolve(name).resolve("content"), project));

        GenerateReport report = site.generate();

        assertTrue(report.generated(), () -> String.join("\n", site.content().check()));
        for (String language : List.of("zh", "en")) {
            Document index = site.page(language + "/index.html");
            List<String> pages = index.select("a[href^=projects/]").eachAttr("href").stream().distinct().toList();
            assertFalse(pages.isEmpty(), language + " index links no project");
            for (String href : pages) {
                Document page = site.page(language + "/" + href);
                assertFalse(page.select("h1").text().isBlank(), href);
                assertFalse(page.html().contains("{{"), href + " holds an unfilled template tag");
                assertEquals(1, page.select("table.indicators").size(), href);
            }
        }
    }

    /**
     * Every filing can be reviewed, whatever its shape (recipients' targets, department forms, results): the report is
     * written with every project file, and a filing without errors publishes the review's summary on its index.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void aFilingIsReviewedAndItsSiteCanShowTheSummary(String name, @TempDir Path project) throws IOException {
        ContentFixture content = ContentFixture.copyOf(FILINGS.resolve(name).resolve("content"), project);
        ReviewFixture review = new ReviewFixture(content);

        var outcome = review.review();

        assertTrue(Files.isRegularFile(review.output().resolve("zh/index.html")), () -> String.join("\n", review.log()));
        assertTrue(Files.isRegularFile(review.output().resolve("en/index.html")), name);
        long files = outcome.review().declarations().stream().mapToLong(d -> d.projects().size()).sum();
        try (Stream<Path> projects = Files.list(project.resolve("src/disclosure/projects"))) {
            assertEquals(projects.count(), files, name + ": every project file is reviewed");
        } catch (java.nio.file.NoSuchFileException e) {
            assertEquals(0, files, name); // a department's form alone
        }
        if (!hasErrors(expected(name))) {
            content.write("site.yaml", "review-summary: true\n");
            SiteFixture site = new SiteFixture(content);
            assertTrue(site.generate().generated(), name);
            assertEquals(1, site.page("zh/index.html").select("table.review-summary").size(), name);
        }
    }
}
