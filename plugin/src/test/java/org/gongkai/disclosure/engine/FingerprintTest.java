package org.gongkai.disclosure.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.gongkai.disclosure.diag.Diagnostics;
import org.gongkai.disclosure.load.ContentLoader;
import org.gongkai.disclosure.load.DeclarationSource;
import org.gongkai.disclosure.load.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint of a declaration's project files, from the stamps its listing took or from the files themselves. */
class FingerprintTest {

    @TempDir
    Path content;

    private DeclarationSource discovered() throws IOException {
        return new ContentLoader(new YamlReader(), content).discover(content, new Diagnostics()).declarations().get(0);
    }

    private static String fromStamps(DeclarationSource source) throws IOException {
        return new Fingerprint().addFiles(source.projectFiles(), source.projectStamps()).hex();
    }

    private static String fromFiles(DeclarationSource source) throws IOException {
        return new Fingerprint().addFiles(source.projectFiles()).hex();
    }

    /** SHA-256 over a file's name, a zero byte, then its size, times and inode as big-endian longs, byte by byte. */
    private static String byHand(Path file) throws Exception {
        var attributes = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino");
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        digest.update(file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
        for (long value : new long[] {(Long) attributes.get("size"),
                ((FileTime) attributes.get("lastModifiedTime")).to(java.util.concurrent.TimeUnit.NANOSECONDS),
                ((FileTime) attributes.get("ctime")).to(java.util.concurrent.TimeUnit.NANOSECONDS),
                (Long) attributes.get("ino")}) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                digest.update((byte) (value >>> shift));
            }
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void aFilesFingerprintIsItsNameAndItsFourNumbersInOrder() throws Exception {
        Path projects = Files.createDirectories(content.resolve("projects"));
        Files.writeString(projects.resolve("a.yaml"), "id: a\n");
        DeclarationSource source = discovered();
        assertThat(source.projectStamps().has(0)).isTrue();
        String expected = byHand(projects.resolve("a.yaml"));
        assertThat(new Fingerprint().addFile(projects.resolve("a.yaml")).hex()).isEqualTo(expected);
        assertThat(fromStamps(source)).isEqualTo(expected);
    }

    @Test
    void theListingsStampsGiveTheFingerprintTheFilesThemselvesGive() throws IOException {
        Path projects = Files.createDirectories(content.resolve("projects"));
        Files.writeString(projects.resolve("a.yaml"), "id: a\n");
        Files.writeString(projects.resolve("b.yaml"), "id: b\n");
        Files.createSymbolicLink(projects.resolve("c.yaml"), projects.resolve("a.yaml"));

        DeclarationSource source = discovered();
        assertThat(source.projectFiles()).extracting(p -> p.getFileName().toString())
                .containsExactly("a.yaml", "b.yaml", "c.yaml");
        assertThat(source.projectStamps().has(0)).isTrue();
        assertThat(source.projectStamps().has(1)).isTrue();
        assertThat(source.projectStamps().has(2)).as("a link: its target counts, not the link").isFalse();
        assertThat(fromStamps(source)).isEqualTo(fromFiles(source));
    }

    @Test
    void aFileWrittenAgainWithItsSizeAndTimeKeptStillChangesTheFingerprint() throws IOException {
        Path projects = Files.createDirectories(content.resolve("projects"));
        Path a = projects.resolve("a.yaml");
        Files.writeString(a, "id: a\n");
        FileTime time = Files.getLastModifiedTime(a);
        String before = fromStamps(discovered());

        // As `cp -p` over the file: the same size and modification time, another content; only its ctime tells.
        Files.writeString(a, "id: b\n");
        Files.setLastModifiedTime(a, time);
        DeclarationSource after = discovered();
        assertThat(fromStamps(after)).isNotEqualTo(before).isEqualTo(fromFiles(after));
    }

    private static String of(Object value) {
        return new Fingerprint().addValue(value).hex();
    }

    private static org.gongkai.disclosure.model.SiteOptions options(String phone) {
        var footer = new org.gongkai.disclosure.model.Footer(new org.gongkai.disclosure.model.Text("松江区信访办", null, null),
                null, phone, null, null, null, null, null);
        return new org.gongkai.disclosure.model.SiteOptions(java.net.URI.create("https://example.gov.cn/xfb/"), "门户",
                null, java.time.LocalDate.of(2024, 1, 1), org.gongkai.disclosure.model.Provenance.NONE, footer);
    }

    @Test
    void aSettingIsFingerprintedByEveryComponentOfItsRecordsAndEveryElementOfItsLists() {
        // The settings' records are walked component by component: a field deep in the footer still counts.
        assertThat(of(options("021-1234"))).isEqualTo(of(options("021-1234")))
                .isNotEqualTo(of(options("021-1235")))
                .isNotEqualTo(of(options(null)));
        assertThat(of(java.util.List.of("zh", "en"))).isNotEqualTo(of(java.util.List.of("en", "zh")))
                .isNotEqualTo(of(java.util.List.of("zhen")));
        // Nothing set is a value too, as the site's settings without site.yaml are.
        assertThat(of(null)).isEqualTo(of(null)).isNotEqualTo(of(options(null)));
        // A record that is not public is read too, rather than failing the build.
        var hidden = org.gongkai.disclosure.engine.elsewhere.ElsewhereRecords.hidden("a");
        assertThat(of(hidden)).isEqualTo(of(org.gongkai.disclosure.engine.elsewhere.ElsewhereRecords.hidden("a")))
                .isNotEqualTo(of(org.gongkai.disclosure.engine.elsewhere.ElsewhereRecords.hidden("b")));
    }
}
