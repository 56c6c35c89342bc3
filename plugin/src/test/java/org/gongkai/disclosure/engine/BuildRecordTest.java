package org.gongkai.disclosure.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.diag.Severity;
import org.gongkai.disclosure.model.DepartmentSummary;
import org.gongkai.disclosure.model.ProjectSummary;
import org.gongkai.disclosure.model.ResultSummary;
import org.gongkai.disclosure.model.SourcePosition;
import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.render.DeclarationEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record of the published build: read back as it was saved, and a damaged one read as no record. */
class BuildRecordTest {

    @TempDir
    Path work;

    private static final List<ProjectSummary> PROJECTS = List.of(
            new ProjectSummary(0, "p1", new Text("信访经费", "Petition funds", null), new Text("经常性项目", null, null),
                    new BigDecimal("1200000.00"), new BigDecimal("1000000.00"), 12, 10, 2, null),
            new ProjectSummary(1, "p2", new Text("维稳", null, null), null, null, new BigDecimal("0.50"), 0, 0, 14,
                    new ResultSummary(new BigDecimal("0.50"), new BigDecimal("0.25"), new BigDecimal("88.5"), 3, 4)));

    private static final Diagnostic WARNING = new Diagnostic(Severity.WARNING, "translation",
            new SourcePosition("content/a/projects/p1.yaml", 3, 7),
            new Message("translation.missing", List.of("name", Message.of("field.name", "名称"))));

    private BuildRecord saved() throws IOException {
        BuildRecord record = new BuildRecord(work);
        Map<String, BuildRecord.PublishedFiles> files = new LinkedHashMap<>();
        files.put("a", new BuildRecord.PublishedFiles(PROJECTS, List.of("projects.csv", "indicators.csv"), null));
        files.put("b", new BuildRecord.PublishedFiles(List.of(), List.of(),
                new DepartmentSummary(new BigDecimal("5000.00"), null, 3, 2)));
        Map<String, BuildRecord.Fingerprints> fingerprints = new LinkedHashMap<>();
        fingerprints.put("a", new BuildRecord.Fingerprints("f-a", "own-a", "ids-a"));
        fingerprints.put("b", new BuildRecord.Fingerprints("f-b", "own-b", null));
        record.save("global", "1234:5:6:789", fingerprints, files, Map.of("a", List.of(WARNING)));
        return record;
    }

    @Test
    void aSavedRecordIsReadBackAsItWas() throws IOException {
        BuildRecord record = saved();

        BuildRecord.PublishedBuild build = record.load();
        assertThat(build.global()).isEqualTo("global");
        assertThat(build.marker()).isEqualTo("1234:5:6:789");
        assertThat(build.declarations().keySet()).containsExactly("a", "b");
        assertThat(build.declarations().get("a"))
                .isEqualTo(new BuildRecord.Published("f-a", "own-a", "ids-a", List.of(WARNING)));
        assertThat(build.declarations().get("b")).isEqualTo(new BuildRecord.Published("f-b", "own-b", null, List.of()));

        Map<String, BuildRecord.PublishedFiles> files = record.files();
        assertThat(files.keySet()).containsExactly("a", "b");
        assertThat(files.get("a").projects()).isEqualTo(PROJECTS);
        assertThat(files.get("a").projects().get(1).annualTotal().toPlainString()).isEqualTo("0.50");
        assertThat(files.get("a").downloads()).containsExactly("projects.csv", "indicators.csv");
        assertThat(files.get("b").department()).isEqualTo(new DepartmentSummary(new BigDecimal("5000.00"), null, 3, 2));
    }

    @Test
    void aCategoryOrAmountThatProjectsRepeatIsReadBackAsOneValue() throws IOException {
        Text category = new Text("专项业务类", "Special operations", null);
        List<ProjectSummary> projects = List.of(
                new ProjectSummary(0, "p1", new Text("一", "One", null), category, new BigDecimal("10.00"),
                        new BigDecimal("10.00"), 1, 1, 2, null),
                new ProjectSummary(1, "p2", new Text("二", "Two", null), new Text("专项业务类", "Special operations", null),
                        new BigDecimal("30.00"), new BigDecimal("20.00"), 1, 1, 3, null),
                new ProjectSummary(2, "p3", new Text("三", null, null), new Text("专项业务类", "Other words", null),
                        null, new BigDecimal("5.00"), 1, 1, 4, null),
                new ProjectSummary(3, "p4", new Text("四", null, null), new Text("专项业务类", null, null),
                        null, new BigDecimal("5.00"), 1, 1, 5, null));
        BuildRecord record = new BuildRecord(work);
        record.save("global", null, Map.of("a", new BuildRecord.Fingerprints("f", "o", null)),
                Map.of("a", new BuildRecord.PublishedFiles(projects, List.of(), null)), Map.of());

        List<ProjectSummary> read = record.files().get("a").projects();

        assertThat(read).isEqualTo(projects);
        assertThat(read.get(1).category()).isSameAs(read.get(0).category());
        // The same Chinese in other English is a category of its own.
        assertThat(read.get(2).category().en()).isEqualTo("Other words");
        assertThat(read.get(3).category().en()).isNull();
        assertThat(read.get(0).annualTotal()).isSameAs(read.get(0).fundsTotal());
        assertThat(read.get(1).annualTotal().toPlainString()).isEqualTo("20.00");
    }

    @Test
    void summariesTakenAsTheyWereReadAreSavedFromTheirBytesAndChangedOnesAnew() throws IOException {
        // An amount with one decimal: read back as 1200000.50, so encoded again it would be a byte longer.
        List<ProjectSummary> oneDecimal = List.of(new ProjectSummary(0, "p1", new Text("信访经费", "Petition funds", null),
                null, new BigDecimal("1200000.5"), new BigDecimal("1000000.00"), 12, 10, 2, null));
        BuildRecord first = new BuildRecord(work);
        Map<String, BuildRecord.PublishedFiles> files = new LinkedHashMap<>();
        files.put("a", new BuildRecord.PublishedFiles(oneDecimal, List.of("projects.csv"), null));
        files.put("b", new BuildRecord.PublishedFiles(PROJECTS, List.of(), null));
        files.put("d", new BuildRecord.PublishedFiles(PROJECTS, List.of("projects.csv"),
                new DepartmentSummary(new BigDecimal("7.00"), null, 1, 1)));
        files.put("e", new BuildRecord.PublishedFiles(PROJECTS, List.of("projects.csv"), null));
        Map<String, BuildRecord.Fingerprints> fingerprints = new LinkedHashMap<>();
        for (String key : files.keySet()) {
            fingerprints.put(key, new BuildRecord.Fingerprints("f-" + key, "own-" + key, null));
        }
        first.save("global", null, fingerprints, files, Map.of());
        byte[] saved = Files.readAllBytes(work.resolve("build-summaries"));

        BuildRecord rerun = new BuildRecord(work);
        Map<String, BuildRecord.PublishedFiles> read = rerun.files();
        rerun.save("global", null, fingerprints, read, Map.of());
        assertThat(work.resolve("build-summaries")).as("every declaration taken as it was read").hasBinaryContent(saved);

        // Rebuilt: b with other projects, d with another department's form, e with other downloads, and a new
        // declaration c. Each is encoded from what it has now, not from the bytes read under its name.
        BuildRecord another = new BuildRecord(work);
        read = another.files();
        Map<String, BuildRecord.PublishedFiles> next = new LinkedHashMap<>();
        next.put("a", read.get("a"));
        next.put("b", new BuildRecord.PublishedFiles(PROJECTS.subList(0, 1), read.get("b").downloads(),
                read.get("b").department()));
        next.put("d", new BuildRecord.PublishedFiles(read.get("d").projects(), read.get("d").downloads(),
                new DepartmentSummary(new BigDecimal("5000.00"), null, 3, 2)));
        next.put("e", new BuildRecord.PublishedFiles(read.get("e").projects(), List.of("indicators.csv"),
                read.get("e").department()));
        // c shares a's very list (a copy of an unmodifiable list is that list), but nothing was read under its name.
        next.put("c", new BuildRecord.PublishedFiles(List.copyOf(read.get("a").projects()), List.of(), null));
        fingerprints.put("c", new BuildRecord.Fingerprints("f-c", "own-c", null));
        another.save("global", null, fingerprints, next, Map.of());
        Map<String, BuildRecord.PublishedFiles> again = new BuildRecord(work).files();
        assertThat(again.keySet()).containsExactly("a", "b", "d", "e", "c");
        assertThat(again.get("a").projects().get(0).fundsTotal().toPlainString()).isEqualTo("1200000.50");
        assertThat(again.get("a").downloads()).containsExactly("projects.csv");
        assertThat(again.get("b").projects()).isEqualTo(PROJECTS.subList(0, 1));
        assertThat(again.get("d").projects()).isEqualTo(PROJECTS);
        assertThat(again.get("d").department()).isEqualTo(new DepartmentSummary(new BigDecimal("5000.00"), null, 3, 2));
        assertThat(again.get("e").downloads()).containsExactly("indicators.csv");
        assertThat(again.get("c").projects()).isEqualTo(again.get("a").projects());
        assertThat(again.get("c").downloads()).isEmpty();
        assertThat(again.get("c").department()).isNull();
    }

    /** A record of one declaration whose amount has one decimal: encoded again, it is a byte longer (1200000.50). */
    private byte[] savedWithOneDecimal() throws IOException {
        List<ProjectSummary> oneDecimal = List.of(new ProjectSummary(0, "p1", new Text("信访经费", null, null), null,
                new BigDecimal("1200000.5"), new BigDecimal("1000000.00"), 12, 10, 2, null));
        new BuildRecord(work).save("global", null, Map.of("a", new BuildRecord.Fingerprints("f-a", "own-a", null)),
                Map.of("a", new BuildRecord.PublishedFiles(oneDecimal, List.of("projects.csv"),
                        new DepartmentSummary(new BigDecimal("7.00"), null, 1, 1))), Map.of());
        return Files.readAllBytes(work.resolve("build-summaries"));
    }

    @Test
    void summariesThatWentThroughTheSitesEntryAreStillSavedFromTheirBytes() throws IOException {
        byte[] saved = savedWithOneDecimal();
        BuildRecord rerun = new BuildRecord(work);
        BuildRecord.PublishedFiles read = rerun.files().get("a");
        // As the engine takes a declaration as published: its entry made from the summaries, the record from the entry.
        DeclarationEntry entry = new DeclarationEntry("a", null, read.projects(), read.downloads(), read.department());
        rerun.save("global", null, Map.of("a", new BuildRecord.Fingerprints("f-a", "own-a", null)),
                Map.of("a", new BuildRecord.PublishedFiles(entry.projects(), entry.downloads(), entry.department())),
                Map.of());
        assertThat(work.resolve("build-summaries")).hasBinaryContent(saved);
    }

    @Test
    void whatIsLetGoOfIsEncodedAgainAndReadsBackTheSame() throws IOException {
        byte[] saved = savedWithOneDecimal();
        BuildRecord rerun = new BuildRecord(work);
        Map<String, BuildRecord.PublishedFiles> read = rerun.files();
        rerun.keepOnly(Set.of()); // as for a full build, or a declaration built again
        rerun.save("global", null, Map.of("a", new BuildRecord.Fingerprints("f-a", "own-a", null)), read, Map.of());
        assertThat(Files.readAllBytes(work.resolve("build-summaries"))).hasSize(saved.length + 1);
        assertThat(new BuildRecord(work).files().get("a")).isEqualTo(read.get("a"));
    }

    @Test
    void aRecordCutShortAnywhereIsNoRecord() throws IOException {
        saved();
        for (String name : List.of("build-record", "build-summaries")) {
            Path file = work.resolve(name);
            byte[] whole = Files.readAllBytes(file);
            for (int length = 0; length < whole.length; length++) {
                Files.write(file, Arrays.copyOf(whole, length));
                assertThat(name.equals("build-record") ? new BuildRecord(work).load() : new BuildRecord(work).files())
                        .as("%s cut at %d of %d bytes", name, length, whole.length).isNull();
            }
            Files.write(file, whole);
        }
    }

    @Test
    void aDamagedRecordIsReadAsNoneOrAsARecordButNeverFailsTheRun() throws IOException {
        saved();
        Random random = new Random(17);
        for (String name : List.of("build-record", "build-summaries")) {
            Path file = work.resolve(name);
            byte[] whole = Files.readAllBytes(file);
            for (int round = 0; round < 2_000; round++) {
                byte[] damaged = whole.clone();
                for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                    damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                }
                Files.write(file, damaged);
                // Read without an exception or an allocation of a damaged count's size: null, or some record.
                new BuildRecord(work).load();
                new BuildRecord(work).files();
            }
            Files.write(file, whole);
        }
    }

    @Test
    void aClaimedCountOrLengthPastTheFileIsNoRecordAndAllocatesNothing() throws IOException {
        saved();
        Path file = work.resolve("build-summaries");
        byte[] whole = Files.readAllBytes(file);
        // The format's name (4 bytes of length, then its bytes), then the count of declarations.
        int countAt = 4 + BuildRecord.FORMAT.length();
        byte[] damaged = whole.clone();
        damaged[countAt] = 0x7f;
        Files.write(file, damaged);
        assertThat(new BuildRecord(work).files()).isNull();
    }

    @Test
    void theJsonRecordOfAnEarlierVersionIsRemovedWhenTheNewOneIsSaved() throws IOException {
        Files.writeString(work.resolve("build-record.json"), "{}");
        Files.writeString(work.resolve("build-summaries.json"), "{}");
        saved();
        assertThat(work.resolve("build-record.json")).doesNotExist();
        assertThat(work.resolve("build-summaries.json")).doesNotExist();
        assertThat(work.resolve("build-record")).exists();
    }
}
