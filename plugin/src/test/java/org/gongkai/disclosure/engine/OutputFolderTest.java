package org.gongkai.disclosure.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.diag.ProgressListener;
import org.gongkai.disclosure.hostile.GenerateInAnotherJvm;
import org.gongkai.disclosure.model.SiteOptions;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;
import org.gongkai.disclosure.write.SiteWriter;

/**
 * The output folder is Gongkai's alone to change, one run at a time: a second run is refused at once, files Gongkai
 * did not write survive every run, and the site is never written where it would be read back as content or theme.
 */
class OutputFolderTest {

    @TempDir
    Path project;

    private Engine engine(ContentFixture content) {
        return new Engine(content.settings(), ProgressListener.SILENT);
    }

    @Test
    void aRunWhileAnotherWritesTheSameOutputFailsAtOnceAndTouchesNothing() throws Exception {
        SiteFixture site = new SiteFixture(ContentFixture.minimal(project)).generated();
        Map<String, byte[]> before = site.tree();
        try (SiteWriter.Lock another = new SiteWriter(site.output()).lock()) {
            assertThatThrownBy(() -> engine(site.content()).generate(new SiteSettings(site.output(), null,
                    SiteOptions.NONE))).isInstanceOf(ConfigurationException.class).hasMessage(
                            "Another run is writing target/disclosure; wait until it has finished (or stop it) and run again");
        }
        assertThat(site.tree()).containsOnlyKeys(before.keySet());
        assertThat(site.generate().generated()).as("the next run, once the other has finished").isTrue();
    }

    @Test
    void aRunInAnotherProcessIsRefusedWhileThisOneHoldsTheOutput() throws Exception {
        ContentFixture content = ContentFixture.minimal(project);
        Path output = project.resolve("target/disclosure");
        try (SiteWriter.Lock held = new SiteWriter(output).lock()) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    GenerateInAnotherJvm.class.getName(), project.toString(), content.contentDir().toString(),
                    output.toString(), "true").redirectErrorStream(true).start();
            assertThat(other.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String log = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(other.exitValue()).as(log).isEqualTo(2);
            assertThat(log).contains("Another run is writing target/disclosure");
        }
        assertThat(Files.exists(output)).isFalse();
    }

    @Test
    void aSiteCopiedIntoAWebRootKeepsTheWebRootsOwnFilesThroughEveryRun() throws Exception {
        SiteFixture site = new SiteFixture(ContentFixture.minimal(project)).generated();
        Path webRoot = project.resolve("www");
        copy(site.output(), webRoot); // cp -r target/disclosure/. www/, marker and all
        Files.writeString(webRoot.resolve("portal.html"), "the portal's home page");
        Files.createDirectories(webRoot.resolve("other-app"));
        Files.writeString(webRoot.resolve("other-app/index.html"), "another application");
        SiteFixture intoWebRoot = new SiteFixture(site.content()).output(webRoot);

        assertThat(intoWebRoot.generateFull().generated()).isTrue();
        site.content().replace(ContentFixture.PROJECT, "en: Sample project", "en: Renamed project");
        assertThat(intoWebRoot.generate().generated()).isTrue();

        Map<String, byte[]> published = SiteFixture.tree(webRoot);
        assertThat(new String(published.get("portal.html"), StandardCharsets.UTF_8)).isEqualTo("the portal's home page");
        assertThat(new String(published.get("other-app/index.html"), StandardCharsets.UTF_8))
                .isEqualTo("another application");
        assertThat(intoWebRoot.page("en/projects/sample.html").selectFirst("h1").text()).isEqualTo("Renamed project");
        assertThat(published.keySet()).containsAll(site.tree().keySet());
    }

    @Test
    void foldersBesideTheOutputThatLookLikeOldWorkFoldersAreLeftAlone() throws Exception {
        ContentFixture content = ContentFixture.minimal(project);
        for (String name : new String[] {".disclosure.previous", ".disclosure.backup", ".disclosure.staging"}) {
            Files.createDirectories(project.resolve("target").resolve(name));
            Files.writeString(project.resolve("target").resolve(name).resolve("mine.txt"), "someone's");
        }
        SiteFixture site = new SiteFixture(content).generated();
        site.generateFull();
        for (String name : new String[] {".disclosure.previous", ".disclosure.backup", ".disclosure.staging"}) {
            assertThat(Files.readString(project.resolve("target").resolve(name).resolve("mine.txt"))).isEqualTo("someone's");
        }
    }

    @Test
    void anOutputFolderInsideTheThemeOrTheContentIsRefused() throws Exception {
        ContentFixture content = ContentFixture.minimal(project);
        Path theme = Files.createDirectories(project.resolve("theme/assets"));
        for (Path output : new Path[] {theme.resolve("site"), project.resolve("theme"), content.contentDir().resolve("out")}) {
            assertThatThrownBy(() -> engine(content).generate(new SiteSettings(output, project.resolve("theme"),
                    SiteOptions.NONE))).as(output.toString()).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("the site must be written to a folder of its own, outside the content and the theme");
            assertThat(Files.exists(output.resolve(SiteWriter.MARKER))).isFalse();
        }
    }

    @Test
    void aWorkFolderGongkaiDidNotMakeIsNeitherUsedNorDeleted() throws Exception {
        ContentFixture content = ContentFixture.minimal(project);
        Path work = Files.createDirectories(project.resolve("target/.disclosure.gongkai"));
        Files.writeString(work.resolve("notes.txt"), "someone's");
        assertThatThrownBy(() -> new SiteFixture(content).generateOrThrow()).isInstanceOf(ConfigurationException.class)
                .hasMessage("target/.disclosure.gongkai exists beside the output folder target/disclosure but was not "
                        + "made by Gongkai, which keeps its work files there; nothing was touched. Move it away, or "
                        + "choose another disclosure.outputDirectory");
        assertThat(Files.readString(work.resolve("notes.txt"))).isEqualTo("someone's");
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    @Test
    void theSiteFollowsNoLinkOutOfTheProject(@TempDir Path outside) throws IOException {
        ContentFixture content = ContentFixture.minimal(project);
        Path link = Files.createDirectories(project.resolve("target")).resolve("elsewhere");
        Files.createSymbolicLink(link, outside);
        assertThatThrownBy(() -> engine(content).generate(new SiteSettings(link.resolve("site"), null,
                SiteOptions.NONE))).isInstanceOf(ConfigurationException.class).hasMessage("The output folder "
                        + "target/elsewhere/site is reached through a symbolic link that leads out of the project, to "
                        + outside.toRealPath().resolve("site") + "; Gongkai follows no link out of the project. Give the "
                        + "folder itself as disclosure.outputDirectory");
        try (Stream<Path> files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aSiteIsNeverWrittenInsideAnotherThatWouldPublishIt() throws IOException {
        SiteFixture site = new SiteFixture(ContentFixture.minimal(project)).generated();
        Map<String, byte[]> before = site.tree();
        assertThatThrownBy(() -> engine(site.content()).generate(new SiteSettings(site.output().resolve("inner"), null,
                SiteOptions.NONE))).isInstanceOf(ConfigurationException.class).hasMessage("The output folder "
                        + "target/disclosure/inner is inside target/disclosure, a folder Gongkai wrote (a published site "
                        + "or a review); write the site to a folder of its own (the default is target/disclosure)");
        assertThat(site.tree()).containsOnlyKeys(before.keySet());
    }
}
