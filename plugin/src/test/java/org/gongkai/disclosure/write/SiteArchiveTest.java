package org.gongkai.disclosure.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.diag.ProgressListener;
import org.gongkai.disclosure.engine.ConfigurationException;
import org.gongkai.disclosure.engine.Engine;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The published site as one zip: exactly Gongkai's files and their list, in order, with one time: the same bytes. */
class SiteArchiveTest {

    private static final LocalDateTime TIME = LocalDateTime.of(2024, 1, 1, 0, 0);

    @TempDir
    Path project;

    private SiteFixture site() {
        return new SiteFixture(ContentFixture.minimal(project)).generated();
    }

    private Engine engine(SiteFixture site) {
        return new Engine(site.content().settings(), ProgressListener.SILENT);
    }

    private static Map<String, byte[]> entries(Path zip, List<LocalDateTime> times) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
                times.add(entry.getTimeLocal());
            }
        }
        return entries;
    }

    @Test
    void theZipHoldsEveryFileOfTheSiteAndItsListInPathOrderWithOneTime() throws Exception {
        SiteFixture site = site();
        Files.writeString(site.output().resolve("robots.txt"), "not Gongkai's");
        Path zip = project.resolve("target/site.zip");
        int files = engine(site).archive(site.output(), zip, TIME);
        List<LocalDateTime> times = new ArrayList<>();
        Map<String, byte[]> entries = entries(zip, times);
        Map<String, byte[]> expected = new LinkedHashMap<>(SiteFixture.tree(site.output()));
        expected.remove("robots.txt");
        assertThat(files).isEqualTo(expected.size());
        assertThat(new ArrayList<>(entries.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
        assertThat(entries.keySet()).contains(".gongkai", "zh/index.html", "data/projects.csv");
        entries.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(expected.get(path)));
        assertThat(times).containsOnly(TIME);
    }

    @Test
    void theSameSiteGivesTheSameBytes() throws Exception {
        SiteFixture site = site();
        Path first = project.resolve("target/first.zip");
        Path second = project.resolve("target/second.zip");
        engine(site).archive(site.output(), first, TIME);
        site.generateFull();
        engine(site).archive(site.output(), second, TIME);
        assertThat(second).hasSameBinaryContentAs(first);
        assertThat(project.resolve("target/second.zip.part")).doesNotExist();
    }

    @Test
    void withoutAPublishedSiteThereIsNothingToPackage() {
        var content = ContentFixture.minimal(project);
        Engine engine = new Engine(content.settings(), ProgressListener.SILENT);
        assertThatThrownBy(() -> engine.archive(project.resolve("target/disclosure"), project.resolve("target/s.zip"), TIME))
                .isInstanceOf(ConfigurationException.class).hasMessage("There is no site in target/disclosure to "
                        + "package; run disclosure:generate first (mvn package runs both, in that order)");
        assertThat(project.resolve("target/s.zip")).doesNotExist();
    }

    @Test
    void aListedFileThatIsGoneStopsThePackaging() throws Exception {
        SiteFixture site = site();
        Files.delete(site.output().resolve("en/projects/sample.html"));
        assertThatThrownBy(() -> engine(site).archive(site.output(), project.resolve("target/s.zip"), TIME))
                .isInstanceOf(ConfigurationException.class).hasMessage("target/disclosure/en/projects/sample.html is "
                        + "listed in the site in target/disclosure but is gone; run disclosure:generate again before packaging");
        assertThat(project.resolve("target/s.zip")).doesNotExist();
    }
}
