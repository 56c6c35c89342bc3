package org.gongkai.disclosure.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.disclosure.diag.Diagnostics;
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
     * A first line that is the id's, followed by another key, is read alone and gives the id the full parser gives;
     * so does each value that does not end on its line, which is read with the whole file.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "id: training-funds # the unit's own code\nname: x\n",
        "\uFEFFid: training-funds\r\nname: x\r\n",
        "id: training\n  -funds\nname: x\n",
        "id: 'training\n  -funds'\nname: x\n",
        "id: \"training\n  -funds\"\nname: x\n",
        "id: training-funds\rname: x\r",
        "id: [training-funds,\n  other]\nname: x\n",
        "id: |\n  training-funds\nname: x\n",
        "id:\nname: x\n",
    })
    void idOnTheFirstLineIsReadAsTheFullParserReadsIt(String yaml) throws IOException {
        Path file = file(yaml);
        assertThat(readsWithoutError(file)).isTrue();
        assertThat(QuickId.ofPublished(file)).isEqualTo(QuickId.fullyRead(file, true));
        assertThat(QuickId.of(file)).isEqualTo(QuickId.fullyRead(file, false));
    }

    /**
     * The id of a file whose first line is the id's but whose rest the reading refuses (a second id, an alias, a tab)
     * is never used: the build stops at the file's error, so reading the first line alone loses nothing.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "id: training-funds\nid: other\n",
        "id: training-funds\nname: &n {zh: 培训经费, en: Training funds}\nalias: *n\n",
        "id: training-funds\nnotes:\n\t- indented by a tab\n",
    })
    void fileRefusedAfterItsIdLineHasTheIdOfThatLine(String yaml) throws IOException {
        Path file = file(yaml);
        assertThat(readsWithoutError(file)).isFalse();
        assertThat(QuickId.ofPublished(file)).isEqualTo("training-funds");
    }

    private static boolean readsWithoutError(Path file) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        return new YamlReader().parse(Files.readAllBytes(file), file.toString(), diagnostics).isPresent()
                && !diagnostics.hasErrors();
    }

    @Test
    void onlyAFirstLineOfTheIdFollowedByAKeyIsReadAlone() {
        assertThat(QuickId.idLineEnd(bytes("id: a\nname: x\n"))).isEqualTo(6);
        assertThat(QuickId.idLineEnd(bytes("id: a\r\nname:\n"))).isEqualTo(7);
        assertThat(QuickId.idLineEnd(bytes("\uFEFFid: a\nfunds-2:\n"))).isEqualTo(9);
        assertThat(QuickId.idLineEnd(bytes("id: a\n  b\nname: x\n"))).isEqualTo(-1);
        assertThat(QuickId.idLineEnd(bytes("id: a\nname\n"))).isEqualTo(-1);
        assertThat(QuickId.idLineEnd(bytes("id: a\nname:x\n"))).isEqualTo(-1);
        assertThat(QuickId.idLineEnd(bytes("id: a\n"))).isEqualTo(-1);
        assertThat(QuickId.idLineEnd(bytes("id: a\rname: x\n"))).isEqualTo(-1);
        assertThat(QuickId.idLineEnd(bytes("name: x\nid: a\n"))).isEqualTo(-1);
        assertThat(QuickId.idLineEnd(bytes(" id: a\nname: x\n"))).isEqualTo(-1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
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
                    byte[] bytes = Files.readAllBytes(file);
                    if (YamlReader.quick(bytes, file.toString()) == null
                            && (QuickId.idLineEnd(bytes) < 0 || !readsWithoutError(file))) {
                        continue; // read by the full parser alone, or refused by the full reading whatever the id
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
