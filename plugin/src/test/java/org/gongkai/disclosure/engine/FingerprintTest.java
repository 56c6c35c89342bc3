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
}
