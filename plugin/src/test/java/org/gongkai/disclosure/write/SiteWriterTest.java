package org.gongkai.disclosure.write;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private Set<String> siblings() throws IOException {
        try (Stream<Path> paths = Files.list(root)) {
            return Set.copyOf(paths.map(path -> path.getFileName().toString()).toList());
        }
    }

    private void publish(Map<String, String> files) throws IOException {
        SiteWriter writer = new SiteWriter(output());
        try (SiteWriter.Staging staging = writer.begin()) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                staging.write(file.getKey(), file.getValue().getBytes(UTF_8));
            }
            staging.commit();
        }
    }

    private static final Map<String, String> FIRST = Map.of(
            "index.html", "first index",
            "en/index.html", "first english index",
            "projects/a.html", "project a",
            "projects/b.html", "project b",
            "projects/old/c.html", "project c");

    @Test
    void fullRunReplacesTheSiteAndLeavesNoWorkingFolders() throws IOException {
        publish(FIRST);
        publish(Map.of("index.html", "second"));

        assertEquals(Map.of("index.html", "second", SiteWriter.MARKER, Files.readString(output().resolve(SiteWriter.MARKER))),
                tree(output()));
        assertEquals(Set.of("site"), siblings());
    }

    @Test
    void abortedRunLeavesThePublishedSiteAsItWas() throws IOException {
        publish(FIRST);
        Map<String, String> before = tree(output());

        SiteWriter writer = new SiteWriter(output());
        try (SiteWriter.Staging staging = writer.begin()) {
            staging.write("index.html", "half written".getBytes(UTF_8));
            // closed without commit, as when rendering fails
        }

        assertEquals(before, tree(output()));
        assertEquals(Set.of("site"), siblings());
    }

    @Test
    void incrementalRunKeepsEqualFilesReplacesChangedAddsNewAndDeletesGone() throws IOException {
        publish(FIRST);
        Path kept = output().resolve("projects/a.html");
        Object keptIdentity = Files.readAttributes(kept, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        Set<String> published = tree(output()).keySet();

        SiteWriter writer = new SiteWriter(output());
        try (SiteWriter.Staging staging = writer.beginIncremental(published)) {
            staging.write("index.html", "second index".getBytes(UTF_8));
            staging.write("en/index.html", "first english index".getBytes(UTF_8));
            staging.write("projects/a.html", "project a".getBytes(UTF_8));
            try (var file = staging.open("projects/b.html")) {
                file.write("project ".getBytes(UTF_8));
                file.write("b".getBytes(UTF_8)); // written in parts, equal in the end: kept
            }
            staging.write("projects/new/d.html", "project d".getBytes(UTF_8));
            assertEquals(4, staging.kept(), "marker, english index, a and b are kept");
            staging.commit();
        }

        Map<String, String> after = tree(output());
        assertEquals("second index", after.get("index.html"));
        assertEquals("project a", after.get("projects/a.html"));
        assertEquals("project b", after.get("projects/b.html"));
        assertEquals("project d", after.get("projects/new/d.html"));
        assertFalse(after.containsKey("projects/old/c.html"));
        assertFalse(Files.exists(output().resolve("projects/old")), "a folder left empty is removed");
        assertEquals(keptIdentity,
                Files.readAttributes(kept, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "an unchanged file is not rewritten");
        assertEquals(Set.of("site"), siblings());
    }

    /**
     * A run killed part way through its commit (simulated by stopping after each number of operations in turn) is
     * rolled back by the next run, which finds the previous site byte for byte.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void interruptedIncrementalCommitIsRolledBackByTheNextRun(int operations) throws IOException {
        publish(FIRST);
        Map<String, String> before = tree(output());

        SiteWriter killed = new SiteWriter(output());
        killed.failCommitAfter = operations;
        SiteWriter.Staging staging = killed.beginIncremental(before.keySet());
        // Operations in journal order: A en/new.html, R index.html, A projects/z.html, D projects/a.html,
        // D projects/old/c.html.
        staging.write("index.html", "changed".getBytes(UTF_8));
        staging.write("en/index.html", "first english index".getBytes(UTF_8));
        staging.write("en/new.html", "added".getBytes(UTF_8));
        staging.write("projects/b.html", "project b".getBytes(UTF_8));
        staging.write("projects/z.html", "added".getBytes(UTF_8));
        IOException stopped = assertThrows(IOException.class, staging::commit);
        assertTrue(stopped.getMessage().contains("stopped for a test"));
        // No close(): a killed JVM runs no cleanup.

        SiteWriter next = new SiteWriter(output());
        try (SiteWriter.Staging recovered = next.beginIncremental(before.keySet())) {
            assertEquals(before, tree(output()), "the published site is back as it was before the killed run");
            recovered.abort();
        }
        assertEquals(Set.of("site"), siblings());
    }

    @Test
    void swapKilledBetweenItsTwoRenamesIsUndone() throws IOException {
        publish(FIRST);
        Map<String, String> before = tree(output());
        // The state a kill leaves after the old site was moved aside and before the new one moved in.
        Files.move(output(), root.resolve(".site.previous"));
        Files.createDirectories(root.resolve(".site.staging"));
        Files.writeString(root.resolve(".site.staging/index.html"), "half");

        new SiteWriter(output()).begin().abort();

        assertEquals(before, tree(output()));
        assertEquals(Set.of("site"), siblings());
    }

    @Test
    void aCommitNeverWritesThroughASymbolicLinkInThePublishedSite() throws IOException {
        publish(FIRST);
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("a.html"), "not ours");
        Path projects = output().resolve("projects");
        SiteWriter.deleteTree(projects);
        Files.createSymbolicLink(projects, elsewhere);

        SiteWriter writer = new SiteWriter(output());
        try (SiteWriter.Staging staging = writer.beginIncremental(Set.of(SiteWriter.MARKER, "projects/a.html"))) {
            staging.write("projects/a.html", "overwritten".getBytes(UTF_8));
            assertThrows(IOException.class, staging::commit);
        }
        assertEquals("not ours", Files.readString(elsewhere.resolve("a.html")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape.html", "/etc/passwd", "a/../../b.html", "a//b.html", "a\\b.html", "", "项目.html"})
    void unsafePathsAreRefused(String path) throws IOException {
        try (SiteWriter.Staging staging = new SiteWriter(output()).begin()) {
            assertThrows(IllegalArgumentException.class, () -> staging.write(path, new byte[0]));
        }
        assertFalse(Files.exists(root.resolve("escape.html")));
    }

    @Test
    void aFolderGongkaiDidNotWriteIsNeverReplaced() throws IOException {
        Files.createDirectories(output());
        Files.writeString(output().resolve("notes.txt"), "someone's work");
        assertFalse(new SiteWriter(output()).mayReplaceOutput());

        publish(FIRST);
        assertTrue(new SiteWriter(root.resolve("empty")).mayReplaceOutput());
    }
}
