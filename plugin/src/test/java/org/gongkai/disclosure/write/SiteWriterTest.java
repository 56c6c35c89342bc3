package org.gongkai.disclosure.write;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteWriterTest {

    @TempDir
    Path root;

    private Path output() {
        return root.resolve("site");
    }

    /** Every file under the folder, by relative path, with its text. */
    private static Map<String, String> tree(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(folder)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file, UTF_8));
            }
        }
        return files;
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            return Set.copyOf(paths.map(path -> path.getFileName().toString()).toList());
        }
    }

    /** Writes {@code files} as the new site into {@code output}, in a full or an incremental run. */
    private static void publish(Path output, Map<String, String> files, boolean incremental)
            throws IOException, OutputRefusedException {
        SiteWriter writer = new SiteWriter(output);
        try (SiteWriter.Lock lock = writer.lock()) {
            Set<String> owned = writer.recoverAndInspect();
            try (SiteWriter.Staging staging = writer.begin(owned, incremental)) {
                for (Map.Entry<String, String> file : files.entrySet()) {
                    staging.write(file.getKey(), file.getValue().getBytes(UTF_8));
                }
                staging.commit();
            }
        }
    }

    private void publish(Map<String, String> files) throws IOException, OutputRefusedException {
        publish(output(), files, false);
    }

    private static final Map<String, String> FIRST = Map.of(
            "index.html", "first index",
            "en/index.html", "first english index",
            "projects/a.html", "project a",
            "projects/b.html", "project b",
            "projects/old/c.html", "project c");

    /** The marker a site of these files carries: a note, then its files. */
    private static List<String> listed(Path output) throws IOException {
        List<String> lines = Files.readAllLines(output.resolve(SiteWriter.MARKER), UTF_8);
        return lines.subList(lines.indexOf("gongkai-files 1") + 1, lines.size());
    }

    @Test
    void anIncrementalRunListsItsFilesSortedWhateverOrderTheyComeInAndHowTheMarkerWasLeft() throws Exception {
        publish(FIRST);
        Map<String, String> second = new java.util.LinkedHashMap<>(FIRST);
        second.remove("projects/b.html");
        second.put("projects/aa.html", "new between a and b");
        second.put("0.html", "new first");
        second.put("zz/last.html", "new last");
        publish(output(), second, true);
        assertThat(listed(output())).containsExactly("0.html", "en/index.html", "index.html", "projects/a.html",
                "projects/aa.html", "projects/old/c.html", "zz/last.html");

        // A marker put out of order by hand is sorted again.
        Path marker = output().resolve(SiteWriter.MARKER);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(marker, UTF_8));
        java.util.Collections.reverse(lines.subList(lines.indexOf("gongkai-files 1") + 1, lines.size()));
        Files.write(marker, lines, UTF_8);
        second.put("projects/ab.html", "another");
        publish(output(), second, true);
        assertThat(listed(output())).containsExactly("0.html", "en/index.html", "index.html", "projects/a.html",
                "projects/aa.html", "projects/ab.html", "projects/old/c.html", "zz/last.html");
        assertThat(tree(output())).containsEntry("projects/ab.html", "another").doesNotContainKey("projects/b.html");
    }

    @Test
    void aFullRunReplacesTheSiteListsItsFilesAndLeavesOnlyItsWorkFolderWithTheLock() throws Exception {
        publish(FIRST);
        publish(Map.of("index.html", "second", "en/index.html", "second english"));

        Map<String, String> site = tree(output());
        assertThat(site).containsEntry("index.html", "second").containsEntry("en/index.html", "second english")
                .containsOnlyKeys("index.html", "en/index.html", SiteWriter.MARKER);
        assertThat(listed(output())).containsExactly("en/index.html", "index.html");
        assertThat(names(root)).containsExactlyInAnyOrder("site", ".site.gongkai");
        assertThat(names(root.resolve(".site.gongkai"))).containsExactlyInAnyOrder(".gongkai-work", "lock");
    }

    @Test
    void anAbortedRunLeavesThePublishedSiteAsItWas() throws Exception {
        publish(FIRST);
        Map<String, String> before = tree(output());

        SiteWriter writer = new SiteWriter(output());
        try (SiteWriter.Lock lock = writer.lock();
                SiteWriter.Staging staging = writer.begin(writer.recoverAndInspect(), false)) {
            staging.write("index.html", "half written".getBytes(UTF_8));
            // closed without commit, as when rendering fails
        }

        assertThat(tree(output())).isEqualTo(before);
        assertThat(names(root.resolve(".site.gongkai"))).containsExactlyInAnyOrder(".gongkai-work", "lock");
    }

    @Test
    void anIncrementalRunKeepsEqualFilesReplacesChangedAddsNewAndDeletesGone() throws Exception {
        publish(FIRST);
        Path kept = output().resolve("projects/a.html");
        Object keptIdentity = Files.readAttributes(kept, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        SiteWriter writer = new SiteWriter(output());
        try (SiteWriter.Lock lock = writer.lock();
                SiteWriter.Staging staging = writer.begin(writer.recoverAndInspect(), true)) {
            staging.write("index.html", "second index".getBytes(UTF_8));
            staging.write("en/index.html", "first english index".getBytes(UTF_8));
            staging.write("projects/a.html", "project a".getBytes(UTF_8));
            try (var file = staging.open("projects/b.html")) {
                file.write("project ".getBytes(UTF_8));
                file.write("b".getBytes(UTF_8)); // written in parts, equal in the end: kept
            }
            staging.write("projects/new/d.html", "project d".getBytes(UTF_8));
            assertThat(staging.kept()).as("the english index, a and b are kept").isEqualTo(3);
            staging.commit();
        }

        assertThat(tree(output())).containsOnlyKeys("index.html", "en/index.html", "projects/a.html",
                "projects/b.html", "projects/new/d.html", SiteWriter.MARKER)
                .containsEntry("index.html", "second index").containsEntry("projects/new/d.html", "project d");
        assertThat(Files.exists(output().resolve("projects/old"))).as("a folder left empty is removed").isFalse();
        assertThat(Files.readAttributes(kept, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .as("an unchanged file is not rewritten").isEqualTo(keptIdentity);
        assertThat(listed(output())).containsExactly("en/index.html", "index.html", "projects/a.html",
                "projects/b.html", "projects/new/d.html");
    }

    /** Writes {@code text} through {@link SiteWriter.Staging#open} in pieces of {@code piece} bytes. */
    private static void writeInPieces(SiteWriter.Staging staging, String path, byte[] text, int piece)
            throws IOException {
        try (var file = staging.open(path)) {
            for (int at = 0; at < text.length; at += piece) {
                file.write(text, at, Math.min(piece, text.length - at));
            }
        }
    }

    /**
     * A file written in parts over a published one is compared as it comes: equal, it is kept as it is; from its first
     * difference on (anywhere, or by being shorter or longer) it is staged, and the new site has exactly its bytes.
     */
    @ParameterizedTest
    @ValueSource(strings = {"project b", "project b!", "project", "projeXt b", "", "Project b", "project b\n"})
    void aFileWrittenInPartsIsStagedFromItsFirstDifferenceAndKeptWhenEqual(String text) throws Exception {
        publish(FIRST);
        Path published = output().resolve("projects/b.html");
        Object before = Files.readAttributes(published, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        SiteWriter writer = new SiteWriter(output());
        try (SiteWriter.Lock lock = writer.lock();
                SiteWriter.Staging staging = writer.begin(writer.recoverAndInspect(), true)) {
            FIRST.forEach((path, content) -> {
                if (!path.equals("projects/b.html")) {
                    staging.keep(path);
                }
            });
            writeInPieces(staging, "projects/b.html", text.getBytes(UTF_8), 2);
            assertThat(staging.kept()).isEqualTo(text.equals("project b") ? 5 : 4);
            staging.commit();
        }
        assertThat(Files.readString(published, UTF_8)).isEqualTo(text);
        Object after = Files.readAttributes(published, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        assertThat(after.equals(before)).as("kept as it is only when equal").isEqualTo(text.equals("project b"));
        assertThat(listed(output())).contains("projects/b.html");
    }

    /** The same past the comparison's buffer: a difference late in a large file, at its last byte, or one byte more. */
    @ParameterizedTest
    @ValueSource(ints = {0, 65_535, 65_536, 100_000, 199_999, -1, -2})
    void aLargeFileIsComparedPastItsFirstBuffer(int change) throws Exception {
        byte[] large = new byte[200_000];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) ('a' + i % 26);
        }
        publish(Map.of("sitemap.xml", new String(large, UTF_8)));
        byte[] again = change == -1 ? java.util.Arrays.copyOf(large, large.length + 1)
                : change == -2 ? java.util.Arrays.copyOf(large, large.length - 1) : large.clone();
        if (change == -1) {
            again[large.length] = 'x';
        } else if (change >= 0) {
            again[change] = '#';
        }
        SiteWriter writer = new SiteWriter(output());
        try (SiteWriter.Lock lock = writer.lock();
                SiteWriter.Staging staging = writer.begin(writer.recoverAndInspect(), true)) {
            writeInPieces(staging, "sitemap.xml", again, 7_001);
            assertThat(staging.kept()).isZero();
            staging.commit();
        }
        assertThat(Files.readAllBytes(output().resolve("sitemap.xml"))).isEqualTo(again);
    }

    @Test
    void theMarkerIsLeftAsItIsWhenTheFilesAreTheSameAndWrittenAgainWhenItWasEditedByHand() throws Exception {
        publish(FIRST);
        Path marker = output().resolve(SiteWriter.MARKER);
        Object first = Files.readAttributes(marker, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        Map<String, String> changed = new java.util.HashMap<>(FIRST);
        changed.put("index.html", "second index");
        publish(output(), changed, true);
        assertThat(Files.readAttributes(marker, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .as("the same files: the marker is not written again").isEqualTo(first);

        // Out of order, or with a line of its own, the same files' marker is written again, as this version writes it.
        String canonical = Files.readString(marker, UTF_8);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(marker, UTF_8));
        java.util.Collections.swap(lines, lines.size() - 1, lines.size() - 2);
        Files.write(marker, lines, UTF_8);
        publish(output(), changed, true);
        assertThat(Files.readString(marker, UTF_8)).isEqualTo(canonical);
        Files.writeString(marker, canonical + "../outside\n", UTF_8);
        publish(output(), changed, true);
        assertThat(Files.readString(marker, UTF_8)).isEqualTo(canonical);
        Files.writeString(marker, canonical.replace("\n", "\r\n"), UTF_8);
        publish(output(), changed, true);
        assertThat(Files.readString(marker, UTF_8)).isEqualTo(canonical);
    }

    /** The marker's checksum as a run read it or as its commit left it. */
    private String checksumSeen(Map<String, String> files) throws Exception {
        SiteWriter writer = new SiteWriter(output());
        try (SiteWriter.Lock lock = writer.lock()) {
            Set<String> owned = writer.recoverAndInspect();
            String read = writer.markerChecksum();
            try (SiteWriter.Staging staging = writer.begin(owned, true)) {
                for (Map.Entry<String, String> file : files.entrySet()) {
                    staging.write(file.getKey(), file.getValue().getBytes(UTF_8));
                }
                staging.commit();
            }
            return read + " " + writer.markerChecksum();
        }
    }

    @Test
    void theMarkersChecksumIsWhatTheCommitLeftAndChangesWithAnyEditOfTheSameSize() throws Exception {
        publish(FIRST);
        Map<String, String> changed = new java.util.HashMap<>(FIRST);
        changed.put("index.html", "second index");
        String[] same = checksumSeen(changed).split(" ");
        assertThat(same[0]).as("the same files: the marker left as it was read").isEqualTo(same[1]);
        changed.put("projects/d.html", "project d");
        String[] more = checksumSeen(changed).split(" ");
        assertThat(more[0]).isEqualTo(same[1]);
        assertThat(more[1]).as("a file more: the marker written again").isNotEqualTo(more[0]);
        assertThat(checksumSeen(changed).split(" ")[0]).as("read back as the commit left it").isEqualTo(more[1]);

        Path marker = output().resolve(SiteWriter.MARKER);
        Files.writeString(marker, Files.readString(marker, UTF_8).replace("projects/d.html", "projects/e.html"), UTF_8);
        SiteWriter writer = new SiteWriter(output());
        try (SiteWriter.Lock lock = writer.lock()) {
            writer.recoverAndInspect();
            assertThat(writer.markerIsCanonical()).isTrue();
            assertThat(writer.markerChecksum()).as("one letter edited").isNotEqualTo(more[1]);
        }
    }

    @Test
    void aMarkersLinesEndingInCarriageReturnsStillListTheirFilesAndAreWrittenAgain() throws Exception {
        publish(FIRST);
        Path marker = output().resolve(SiteWriter.MARKER);
        String canonical = Files.readString(marker, UTF_8);
        for (String ends : List.of(canonical.replace("\n", "\r"), canonical.replace("\n", "\r\n"),
                canonical.substring(0, canonical.length() - 1), canonical + "项目.html\n\n")) {
            Files.write(marker, ends.getBytes(UTF_8));
            SiteWriter writer = new SiteWriter(output());
            try (SiteWriter.Lock lock = writer.lock()) {
                assertThat(writer.recoverAndInspect()).containsExactlyInAnyOrderElementsOf(FIRST.keySet());
                assertThat(writer.markerIsCanonical()).isFalse();
            }
            publish(output(), FIRST, true);
            assertThat(Files.readString(marker, UTF_8)).isEqualTo(canonical);
        }
    }

    /** The next run refuses the output as not Gongkai's before it reads or changes anything there. */
    private void assertInspectionRefusedAsNotOurs() throws Exception {
        SiteWriter writer = new SiteWriter(output());
        try (SiteWriter.Lock lock = writer.lock()) {
            assertThatThrownBy(writer::recoverAndInspect).isInstanceOfSatisfying(OutputRefusedException.class,
                    e -> assertThat(e.reason()).isEqualTo(OutputRefusedException.Reason.NOT_OURS));
        }
    }

    @Test
    void aMarkerWithoutItsListOfFilesThatIsNotAsciiIsRefusedEvenBesideAnEarlierVersionsRecord() throws Exception {
        publishedByAnEarlierVersion(output(), true);
        Path marker = output().resolve(SiteWriter.MARKER);
        Files.write(marker, new byte[] {'x', (byte) 0xC3, '\n'});
        assertInspectionRefusedAsNotOurs();
        assertThat(Files.readString(output().resolve("zh/gone.html"))).isEqualTo("an old page");
    }

    @Test
    void aMarkerLargerThanAnySiteListsIsRefusedWithoutBeingRead() throws Exception {
        publish(FIRST);
        try (java.io.RandomAccessFile marker = new java.io.RandomAccessFile(output().resolve(SiteWriter.MARKER).toFile(),
                "rw")) {
            marker.setLength(SiteWriter.MAX_MARKER_BYTES + 1); // sparse: no disk taken
        }
        assertInspectionRefusedAsNotOurs();
        assertThat(Files.readString(output().resolve("index.html"))).isEqualTo("first index");
    }

    /**
     * A site copied to a web server's root (marker and all), where other things live: a run there replaces and
     * deletes only the files the marker lists, and leaves every other file, folder and work folder alone.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void filesGongkaiDidNotWriteSurviveEveryRunInAWebRoot(boolean incremental) throws Exception {
        publish(FIRST);
        Path webRoot = root.resolve("www");
        Files.createDirectories(webRoot);
        for (Map.Entry<String, String> file : tree(output()).entrySet()) {
            Path target = webRoot.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
        Files.writeString(webRoot.resolve("portal.html"), "the portal");
        Files.createDirectories(webRoot.resolve("other-app"));
        Files.writeString(webRoot.resolve("other-app/app.js"), "the app");
        Files.writeString(webRoot.resolve("projects/notes.txt"), "someone's notes beside our pages");
        Files.createDirectories(root.resolve(".www.previous"));
        Files.writeString(root.resolve(".www.previous/keep.txt"), "not ours either");
        Files.createDirectories(root.resolve(".www.backup"));

        publish(webRoot, Map.of("index.html", "second", "projects/a.html", "project a"), incremental);

        assertThat(tree(webRoot)).containsOnlyKeys("index.html", "projects/a.html", SiteWriter.MARKER, "portal.html",
                "other-app/app.js", "projects/notes.txt")
                .containsEntry("portal.html", "the portal").containsEntry("other-app/app.js", "the app")
                .containsEntry("projects/notes.txt", "someone's notes beside our pages")
                .containsEntry("index.html", "second");
        assertThat(listed(webRoot)).containsExactly("index.html", "projects/a.html");
        assertThat(tree(root.resolve(".www.previous"))).containsOnlyKeys("keep.txt");
        assertThat(Files.isDirectory(root.resolve(".www.backup"))).isTrue();
    }

    /** What an earlier version left: a marker with no list, and its record of the build beside the folder. */
    private void publishedByAnEarlierVersion(Path output, boolean withRecord) throws IOException {
        Files.createDirectories(output.resolve("zh"));
        Files.writeString(output.resolve(SiteWriter.MARKER), "This folder is generated by Gongkai (mvn disclosure:generate) "
                + "and is replaced on every run.\n");
        Files.writeString(output.resolve("zh/index.html"), "old index");
        Files.writeString(output.resolve("zh/gone.html"), "an old page");
        if (withRecord) {
            Path record = output.resolveSibling("." + output.getFileName() + ".cache");
            Files.createDirectories(record);
            Files.writeString(record.resolve("manifest.json"), "{}");
        }
    }

    @Test
    void theOutputOfAnEarlierVersionIsTakenOverWhereItsRecordLiesBesideIt() throws Exception {
        publishedByAnEarlierVersion(output(), true);
        publish(Map.of("zh/index.html", "new index"));
        assertThat(tree(output())).containsOnlyKeys("zh/index.html", SiteWriter.MARKER)
                .containsEntry("zh/index.html", "new index");
    }

    @Test
    void aCopyOfAnEarlierVersionsSiteWithoutItsRecordIsRefused() throws Exception {
        Path webRoot = root.resolve("www");
        publishedByAnEarlierVersion(webRoot, false);
        Files.writeString(webRoot.resolve("portal.html"), "the portal");
        Map<String, String> before = tree(webRoot);
        assertThatThrownBy(() -> publish(webRoot, Map.of("zh/index.html", "new"), false)).isInstanceOfSatisfying(
                OutputRefusedException.class, e -> assertThat(e.reason()).isEqualTo(OutputRefusedException.Reason.UNLISTED));
        assertThat(tree(webRoot)).isEqualTo(before);
    }

    @Test
    void aFileTheNewSiteNeedsThatGongkaiDidNotWriteIsNeverOverwritten() throws Exception {
        publish(FIRST);
        Files.createDirectories(output().resolve("projects/new"));
        Files.writeString(output().resolve("projects/new/d.html"), "written by hand");
        Map<String, String> before = tree(output());

        assertThatThrownBy(() -> publish(output(), Map.of("index.html", "second", "projects/new/d.html", "ours"), false))
                .isInstanceOfSatisfying(OutputRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(OutputRefusedException.Reason.FILE_NOT_OURS);
                    assertThat(e.path()).isEqualTo(output().resolve("projects/new/d.html"));
                });

        assertThat(tree(output())).isEqualTo(before);
    }

    @Test
    void aWorkFolderBesideTheOutputThatGongkaiDidNotMakeIsRefusedAndLeftAlone() throws Exception {
        Files.createDirectories(root.resolve(".site.gongkai"));
        Files.writeString(root.resolve(".site.gongkai/mine.txt"), "someone's");

        assertThatThrownBy(() -> publish(FIRST)).isInstanceOfSatisfying(OutputRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(OutputRefusedException.Reason.WORK_NOT_OURS));

        assertThat(tree(root.resolve(".site.gongkai"))).containsOnlyKeys("mine.txt");
        assertThat(Files.exists(output())).isFalse();
    }

    @Test
    void aSecondRunOnTheSameOutputIsRefusedAtOnce() throws Exception {
        SiteWriter first = new SiteWriter(output());
        try (SiteWriter.Lock lock = first.lock()) {
            assertThatThrownBy(() -> new SiteWriter(output()).lock()).isInstanceOfSatisfying(
                    OutputRefusedException.class, e -> assertThat(e.reason()).isEqualTo(OutputRefusedException.Reason.BUSY));
        }
        try (SiteWriter.Lock again = new SiteWriter(output()).lock()) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void aJournalLeftByAKilledCommitIsRolledBackByTheNextRun() throws Exception {
        publish(FIRST);
        Map<String, String> before = tree(output());
        // What a commit killed after three of its operations leaves: the journal, a replaced file with its old version
        // in the backup, an added file, a deleted file moved to the backup; the rest still staged.
        Path work = root.resolve(".site.gongkai");
        Files.writeString(work.resolve("journal"), String.join("\n", "gongkai-journal 1", "A en/new.html",
                "R index.html", "D projects/a.html", "A projects/z.html", "") );
        Files.createDirectories(work.resolve("backup/projects"));
        Files.move(output().resolve("index.html"), work.resolve("backup/index.html"));
        Files.writeString(output().resolve("index.html"), "changed");
        Files.writeString(output().resolve("en/new.html"), "added");
        Files.move(output().resolve("projects/a.html"), work.resolve("backup/projects/a.html"));
        Files.createDirectories(work.resolve("staging/projects"));
        Files.writeString(work.resolve("staging/projects/z.html"), "added");

        SiteWriterAccess.recover(output());

        assertThat(tree(output())).isEqualTo(before);
        assertThat(names(work)).containsExactlyInAnyOrder(".gongkai-work", "lock");
    }

    @Test
    void aSwapKilledBetweenItsTwoRenamesIsUndone() throws Exception {
        publish(FIRST);
        Map<String, String> before = tree(output());
        // The state a kill leaves after the old site was moved aside and before the new one moved in.
        Path work = root.resolve(".site.gongkai");
        Files.move(output(), work.resolve("previous"));
        Files.createDirectories(work.resolve("staging"));
        Files.writeString(work.resolve("staging/index.html"), "half");

        SiteWriterAccess.recover(output());

        assertThat(tree(output())).isEqualTo(before);
        assertThat(names(work)).containsExactlyInAnyOrder(".gongkai-work", "lock");
    }

    @Test
    void aCommitNeverWritesThroughASymbolicLinkInThePublishedSite() throws Exception {
        publish(FIRST);
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("a.html"), "not ours");
        Path projects = output().resolve("projects");
        SiteWriter.deleteTree(projects);
        Files.createSymbolicLink(projects, elsewhere);

        assertThatThrownBy(() -> publish(output(), Map.of("projects/a.html", "overwritten"), true))
                .isInstanceOf(IOException.class).hasMessageContaining("symbolic link");
        assertThat(Files.readString(elsewhere.resolve("a.html"))).isEqualTo("not ours");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape.html", "/etc/passwd", "a/../../b.html", "a//b.html", "a\\b.html", "", "项目.html",
            ".gongkai"})
    void unsafePathsAreRefused(String path) throws Exception {
        SiteWriter writer = new SiteWriter(output());
        try (SiteWriter.Lock lock = writer.lock();
                SiteWriter.Staging staging = writer.begin(writer.recoverAndInspect(), false)) {
            assertThatThrownBy(() -> staging.write(path, new byte[0])).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Files.exists(root.resolve("escape.html"))).isFalse();
    }

    @Test
    void aFolderGongkaiDidNotWriteIsNeverReplaced() throws Exception {
        Files.createDirectories(output());
        Files.writeString(output().resolve("notes.txt"), "someone's work");

        assertThatThrownBy(() -> publish(FIRST)).isInstanceOfSatisfying(OutputRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(OutputRefusedException.Reason.NOT_OURS));
        assertThat(tree(output())).containsOnlyKeys("notes.txt");

        Files.createDirectories(root.resolve("empty"));
        publish(root.resolve("empty"), FIRST, false);
        assertThat(tree(root.resolve("empty"))).containsKeys("index.html", SiteWriter.MARKER);
    }
}
