package org.gongkai.disclosure.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;
import org.gongkai.disclosure.write.RecordFile;

/**
 * A damaged file in the output's work folder (the build record, a kept search segment) costs at most a full build:
 * never a run that fails with an unexpected exception, nor one that spends minutes on a number.
 */
class DamagedWorkFilesTest {

    @TempDir
    Path project;

    private ContentFixture content(Path dir) {
        return ContentFixture.twoUnitsTwoYears(dir);
    }

    private static Path work(SiteFixture site) {
        return site.output().resolveSibling("." + site.output().getFileName() + ".gongkai");
    }

    /**
     * A record whose texts are all there but whose global fingerprint is "none" (a length of -1, as the format
     * writes a null): a damaged record, which must read as no record, not fail the run with a NullPointerException.
     */
    @Test
    void aRecordWithoutItsGlobalFingerprintIsNoRecord() throws IOException {
        SiteFixture site = new SiteFixture(content(project)).generated();
        Path record = work(site).resolve("build-record");
        try (RecordFile.Writer out = RecordFile.create(record, BuildRecord.FORMAT)) {
            out.string(null);
            out.count(0);
            out.finish();
        }
        site.content().replace("xfb-2024/projects/01.yaml", "en: Sample project 1}", "en: Renamed project 1}");

        assertThatCode(site::generate).doesNotThrowAnyException();
        assertThat(site.text("en/xfb-2024/projects/p1.html")).contains("Renamed project 1");
    }

    /** The same for a declaration recorded without its fingerprint. */
    @Test
    void aDeclarationRecordedWithoutItsFingerprintIsNoRecord() throws IOException {
        SiteFixture site = new SiteFixture(content(project)).generated();
        Path record = work(site).resolve("build-record");
        BuildRecord.PublishedBuild published = new BuildRecord(work(site)).load();
        try (RecordFile.Writer out = RecordFile.create(record, BuildRecord.FORMAT)) {
            out.string(published.global());
            out.count(1);
            out.string("xfb-2023");
            out.string(null); // its fingerprint
            out.string(null);
            out.string(null);
            out.count(0);
            out.finish();
        }
        site.content().replace("xfb-2024/projects/01.yaml", "en: Sample project 1}", "en: Renamed project 1}");

        assertThatCode(site::generate).doesNotThrowAnyException();
    }

    /**
     * An amount of a dozen characters, 1E+99999999, is a number of a hundred million digits: scaling it to cents
     * takes close to a minute and tens of megabytes. A damaged summary must not cost more than the full build, so an
     * amount with an exponent no build writes is a damaged record (tested with 1E+1000000, which scales quickly).
     */
    @Test
    void anAmountWithAHugeExponentIsADamagedRecord() throws IOException {
        Path work = Files.createDirectories(project.resolve("work"));
        Path summaries = work.resolve("build-summaries");
        try (RecordFile.Writer out = RecordFile.create(summaries, BuildRecord.FORMAT)) {
            out.count(1);
            out.string("a");
            out.count(1);
            out.string("p1"); // id
            out.present(false); // name
            out.present(false); // category
            out.string("1E+1000000"); // funds total
            out.string("1.00"); // annual total
            out.integer(0);
            out.integer(0);
            out.integer(2);
            out.present(false); // result
            out.count(0); // downloads
            out.present(false); // department
            out.finish();
        }
        assertThat(new BuildRecord(work).files()).isNull();
    }

    /**
     * A kept declaration's segment damaged in the work folder: the run that must merge from it fails as any I/O
     * failure does (an IOException, which the goal reports in a sentence), not with an UncheckedIOException.
     */
    @Test
    void aDamagedKeptSegmentFailsTheRunAsAnIoFailure() throws IOException {
        SiteFixture site = new SiteFixture(content(project)).generated();
        // Every segment damaged past its header: its magic and trailer are gone.
        try (Stream<Path> segments = Files.list(work(site).resolve("search"))) {
            for (Path segment : segments.toList()) {
                Files.write(segment, new byte[] {1, 2, 3});
            }
        }
        // A word that is new in one declaration: its shard is merged from every declaration's segment.
        site.content().replace("xfb-2024/projects/01.yaml", "en: Sample project 1}", "en: Zymurgy project 1}");

        Throwable thrown = null;
        try {
            site.generateOrThrow();
        } catch (Throwable e) {
            thrown = e;
        }
        // Either the site is built (the damaged segments rebuilt) or the run fails with an IOException.
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(IOException.class);
        }
    }
}
