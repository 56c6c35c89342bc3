package org.gongkai.disclosure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.gongkai.disclosure.testing.ContentFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real filings of other provinces, transcribed as content folders under {@code filings/} with their real mistakes
 * kept: each is checked as a budget officer would check it, and must give exactly the diagnostics of its
 * {@code expected.txt} ({@code path:line:col: severity: message [rule]}, in English, paths as in a Maven project whose
 * content folder is {@code src/disclosure}).
 */
class FilingsTest {

    private static final Path FILINGS = Path.of("src/test/resources/filings");
    private static final String EXPECTED = "expected.txt";

    static List<String> filings() throws IOException {
        try (Stream<Path> folders = Files.list(FILINGS)) {
            return folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFolderHoldsTheFilingsTranscribedSoFar() throws IOException {
        assertThat(filings()).contains("guangshui-jiaoyuju-2023", "guangshui-zhengfuban-2021");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filings")
    void eachFilingGivesExactlyItsExpectedDiagnostics(String filing, @TempDir Path project) throws IOException {
        Path folder = FILINGS.resolve(filing);
        ContentFixture content = ContentFixture.empty(project);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                if (!relative.equals(EXPECTED)) {
                    content.writeBytes(relative, Files.readAllBytes(file));
                }
            }
        }
        List<String> expected = Files.readAllLines(folder.resolve(EXPECTED), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        assertThat(content.check()).as(filing).containsExactlyElementsOf(expected);
    }
}
