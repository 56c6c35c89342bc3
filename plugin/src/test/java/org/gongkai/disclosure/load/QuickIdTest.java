package org.gongkai.disclosure.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A project's id found before the build, for the links between a unit's years: drafts, however spelled, have none. */
class QuickIdTest {

    @TempDir
    Path dir;

    private Path file(String yaml) throws IOException {
        return Files.writeString(dir.resolve("project.yaml"), yaml, StandardCharsets.UTF_8);
    }

    @Test
    void publishedProjectGivesItsId() throws IOException {
        Path file = file("id: training-funds\nname: {zh: 培训经费, en: Training funds}\nfunds:\n  total: 100.00\n");
        assertThat(QuickId.ofPublished(file)).isEqualTo("training-funds");
        assertThat(QuickId.of(file)).isEqualTo("training-funds");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"draft: true", "draft: yes", "\"dr\\x61ft\": true", "\"\\u0064raft\": on"})
    void draftAfterTheIdHasNoPublishedId(String draftLine) throws IOException {
        Path file = file("id: training-funds\nname: {zh: 培训经费, en: Training funds}\n" + draftLine + "\n");
        assertThat(QuickId.ofPublished(file)).isNull();
        assertThat(QuickId.of(file)).isEqualTo("training-funds");
    }

    /**
     * The preview links drafts too: a draft whose {@code draft} key comes before its id has that id, whether the
     * quick reader takes the file or (an escape in it) the full parser reads it.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"name: {zh: 培训经费, en: Training funds}", "name: \"Training \\u0066unds\""})
    void draftBeforeTheIdHasItsIdInThePreviewWhicheverReaderReadsIt(String nameLine) throws IOException {
        Path file = file("draft: true\nid: training-funds\n" + nameLine + "\n");
        assertThat(QuickId.ofPublished(file)).isNull();
        assertThat(QuickId.of(file)).isEqualTo("training-funds");
        assertThat(QuickId.fullyRead(file, false)).isEqualTo("training-funds");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"draft: false", "draft: no", "notes: {zh: 草稿已定稿, en: The draft is final}"})
    void draftThatIsNotTrueKeepsTheId(String line) throws IOException {
        Path file = file("id: training-funds\n" + line + "\n");
        assertThat(QuickId.ofPublished(file)).isEqualTo("training-funds");
    }

    @Test
    void idIsStrippedAsTheFullReadingStripsIt() throws IOException {
        assertThat(QuickId.ofPublished(file("id: '  training-funds '\n"))).isEqualTo("training-funds");
    }

    @Test
    void fileThatIsNotAMappingOrHasNoScalarIdGivesNone() throws IOException {
        assertThat(QuickId.ofPublished(file("- id: training-funds\n"))).isNull();
        assertThat(QuickId.ofPublished(file("id: [training-funds]\n"))).isNull();
        assertThat(QuickId.ofPublished(file("name: {zh: 培训经费, en: Training funds}\n"))).isNull();
    }

    @Test
    void fileThatIsNotUtf8GivesNone() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "id: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(QuickId.ofPublished(file)).isNull();
        assertThat(QuickId.of(file)).isNull();
    }

    @Test
    void missingFileGivesNone() {
        assertThat(QuickId.ofPublished(dir.resolve("absent.yaml"))).isNull();
    }

    /**
     * Every YAML file of the repository that the quick reader takes gets the id the full parser gives it (the others
     * are read as before, by the full parser).
     */
    @Test
    void theQuickReadingAgreesWithTheFullParserOnEveryYamlFileOfTheRepository() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        int files = 0;
        int ids = 0;
        for (String folder : java.util.List.of("site-content", "examples", "plugin/src/test/resources")) {
            if (!Files.isDirectory(root.resolve(folder))) {
                continue;
            }
            try (var walk = Files.walk(root.resolve(folder))) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                    if (YamlReader.quick(Files.readAllBytes(file), file.toString()) == null) {
                        continue;
                    }
                    files++;
                    for (boolean unlessDraft : new boolean[] {true, false}) {
                        String quick = unlessDraft ? QuickId.ofPublished(file) : QuickId.of(file);
                        assertThat(quick).as("%s (%s)", file, unlessDraft).isEqualTo(QuickId.fullyRead(file, unlessDraft));
                        ids += quick == null ? 0 : 1;
                    }
                }
            }
        }
        assertThat(files).isGreaterThan(100);
        assertThat(ids).isGreaterThan(100);
    }
}
