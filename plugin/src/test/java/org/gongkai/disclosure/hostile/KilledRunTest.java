package org.gongkai.disclosure.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;
import org.gongkai.disclosure.write.SiteWriterAccess;

/**
 * Kills the JVM of a real generation (SIGKILL: no shutdown hooks, no finally blocks) at random moments, over a
 * published site, in full and in incremental runs. Whenever it dies, no published file is ever torn (each is the
 * old or the new version), and once the next run has started (it recovers first) the site is exactly the previous
 * one or, if the run got as far as publishing, exactly the new one.
 */
class KilledRunTest {

    private static final int PROJECTS = 300;
    private static final int KILLS = 12;

    @TempDir
    Path work;

    private static final List<String> UNITS = List.of("unit-a-2024", "unit-b-2024", "unit-c-2024");
    /** The unit whose filing the killed runs change. */
    private static final String CHANGED = "unit-b-2024";

    /**
     * One unit's filing: the bundled projects copied over and over, their Chinese names marked with
     * {@code edition}, so that a site of several units takes a while to build.
     */
    private static void writeUnit(ContentFixture content, String unit, String edition) throws IOException {
        Path seed = ContentFixture.seedContentDir();
        content.write(unit + "/declaration.yaml", Files.readString(seed.resolve("declaration.yaml"))
                .replaceAll("(?m)^declared:(\\n  .*)*\\n?", "")
                .replace("(本级)", "(" + unit + ")").replace("(office level)", "(" + unit + ")"));
        content.write(unit + "/glossary.yaml", Files.readString(seed.resolve("glossary.yaml")));
        List<Path> projects;
        try (Stream<Path> files = Files.list(seed.resolve("projects"))) {
            projects = files.sorted().toList();
        }
        for (int i = 0; i < PROJECTS / UNITS.size(); i++) {
            String text = Files.readString(projects.get(i % projects.size()));
            text = text.replaceFirst("(?m)^id: (.*)$", "id: $1-" + i)
                    .replaceFirst("(?m)^name: \\{zh: ", "name: {zh: " + edition + i)
                    .replaceFirst("(?m)^(name: \\{zh: [^,]*, en: \"?)", "$1" + edition.codePointAt(0) + "-" + i + " ");
            content.write(String.format("%s/projects/%04d.yaml", unit, i), text);
        }
    }

    private static void content(Path project, String changedEdition) throws IOException {
        ContentFixture content = ContentFixture.empty(project);
        for (String unit : UNITS) {
            writeUnit(content, unit, unit.equals(CHANGED) ? changedEdition : "甲");
        }
    }

    private static Map<String, byte[]> tree(Path root) {
        return Files.isDirectory(root) ? SiteFixture.tree(root) : Map.of();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static Process generate(Path project, Path output, boolean incremental) throws IOException {
        Files.createDirectories(output.getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                GenerateInAnotherJvm.class.getName(), project.toString(), project.resolve("src/disclosure").toString(),
                output.toString(), String.valueOf(incremental))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                        output.resolveSibling("generate.log").toFile())).start();
    }

    @Test
    void aKilledRunNeverTearsTheSiteAndTheNextRunFindsTheOldOrTheNewSiteWhole() throws Exception {
        // The published site (old), and the site the killed runs build (new), where one unit's filing changed.
        Path project = work.resolve("project");
        Path output = work.resolve("published/site");
        content(project, "甲");
        assertThat(generate(project, output, false).waitFor()).as(() -> log(output.getParent())).isZero();
        Map<String, byte[]> before = tree(output);
        Path pristine = work.resolve("pristine");
        copyTree(output.getParent(), pristine); // the site with its build record, to publish again before each kill
        Path reference = work.resolve("reference");
        content(reference.resolve("project"), "乙");
        long started = System.nanoTime();
        assertThat(generate(reference.resolve("project"), reference.resolve("site"), false).waitFor())
                .as(() -> log(reference)).isZero();
        long fullRun = (System.nanoTime() - started) / 1_000_000;
        Map<String, byte[]> after = tree(reference.resolve("site"));
        assertThat(before.keySet()).isEqualTo(after.keySet());
        assertThat(before.keySet().stream().filter(path -> !Arrays.equals(before.get(path), after.get(path))).count())
                .as("files the new content changes").isGreaterThanOrEqualTo(PROJECTS / UNITS.size());

        Random random = new Random(20241126L);
        List<String> outcomes = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            // The old site published again; the content of the other units untouched since it was built (their
            // files' identity is what tells the build they have not changed), the changed unit written anew.
            SiteWriterAccess.deleteTree(output.getParent());
            copyTree(pristine, output.getParent());
            writeUnit(ContentFixture.empty(project), CHANGED, "乙");
            boolean incremental = kill % 2 == 0;
            // Every fourth run is killed while it commits, which takes about a millisecond: as soon as its journal
            // appears, or up to 300 µs later.
            boolean inCommit = kill % 4 == 0;
            long delay = inCommit ? random.nextInt(300) : (long) (random.nextDouble() * fullRun * 1.1);
            Process run = generate(project, output, incremental);
            if (inCommit) {
                Path journal = output.resolveSibling(".site.gongkai").resolve("journal");
                while (run.isAlive() && !Files.exists(journal)) {
                    Thread.onSpinWait();
                }
                assertThat(run.isAlive()).as(() -> "the incremental run reached its journaled commit: " + log(output.getParent())).isTrue();
            }
            boolean finished;
            if (inCommit) {
                long until = System.nanoTime() + delay * 1000;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                finished = !run.isAlive();
            } else {
                finished = run.waitFor(delay, TimeUnit.MILLISECONDS);
            }
            if (!finished) {
                run.destroyForcibly().waitFor(); // SIGKILL
            }

            // Right after the kill: each published file whole, in its old or its new version.
            Map<String, byte[]> left = tree(output);
            for (Map.Entry<String, byte[]> file : left.entrySet()) {
                byte[] bytes = file.getValue();
                assertThat(Arrays.equals(bytes, before.get(file.getKey())) || Arrays.equals(bytes, after.get(file.getKey())))
                        .as("%s after a kill at %d ms", file.getKey(), delay).isTrue();
            }
            String immediately = left.isEmpty() ? "none" : same(left, before) ? "old" : same(left, after) ? "new" : "mixed";

            // The next run recovers first: then the site is one or the other, whole.
            SiteWriterAccess.recover(output);
            Map<String, byte[]> recovered = tree(output);
            String outcome = same(recovered, before) ? "old" : same(recovered, after) ? "new" : "neither";
            outcomes.add(String.format("%s kill %s %d: %s, after recovery %s", incremental ? "incremental" : "full",
                    inCommit ? "in the commit, µs after the journal:" : "at, ms:", delay, immediately, outcome));
            assertThat(outcome).as(outcomes.get(outcomes.size() - 1)).isIn("old", "new");
        }
        System.out.printf("Killed runs (full run %d ms):%n  %s%n", fullRun, String.join("\n  ", outcomes));
        assertThat(outcomes).anyMatch(o -> o.endsWith("recovery old"));
    }

    private static String log(Path folder) {
        try {
            return Files.readString(folder.resolve("generate.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
    }
}
