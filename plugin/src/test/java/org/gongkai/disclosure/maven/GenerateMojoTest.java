package org.gongkai.disclosure.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.gongkai.disclosure.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The generate goal as Maven runs it. */
@MojoTest
class GenerateMojoTest {

    private static final String POM = "src/test/resources/unit/generate/pom.xml";

    @TempDir
    Path project;

    private CheckMojoTest.RecordingLog prepare(GenerateMojo mojo, ContentFixture content, Path output) throws Exception {
        MojoExtension.setVariableValueToObject(mojo, "baseDirectory", content.projectDir().toFile());
        MojoExtension.setVariableValueToObject(mojo, "contentDirectory", content.contentDir().toFile());
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", output.toFile());
        MojoExtension.setVariableValueToObject(mojo, "themeDirectory", new File(content.projectDir().toFile(), "theme"));
        CheckMojoTest.RecordingLog log = new CheckMojoTest.RecordingLog();
        mojo.setLog(log);
        return log;
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void writesTheSiteAndLogsOneLinePerPhase(GenerateMojo mojo) throws Exception {
        Path output = project.resolve("target/disclosure");
        var log = prepare(mojo, ContentFixture.seed(project), output);
        mojo.execute();
        assertThat(output.resolve("zh/projects/stability-fund.html")).isRegularFile();
        assertThat(Files.readString(output.resolve("sitemap.xml"))).contains("https://example.gov.cn/xfb/2024/en/index.html");
        assertThat(Files.readString(output.resolve("en/index.html"))).contains("<meta name=\"PubDate\" content=\"2024-02-01 00:00\">");
        assertThat(log.lines).filteredOn(l -> l.startsWith("[INFO]")).extracting(l -> l.replaceAll("\\d+ ms", "n ms"))
                .containsExactly(
                        "[INFO] Checked src/disclosure: 7 project files; errors: 0, warnings: 2 (n ms)",
                        "[INFO] Rendered 18 pages (n ms)",
                        "[INFO] Wrote 37 files to target/disclosure (n ms)",
                        "[INFO] Generated 2 indexes and 14 project pages in zh, en (n ms)");
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void contentErrorsFailTheBuildAndWriteNothing(GenerateMojo mojo) throws Exception {
        Path output = project.resolve("target/disclosure");
        var content = ContentFixture.minimal(project).replace(ContentFixture.PROJECT, "fiscal: 80000.00", "fiscal: 1");
        var log = prepare(mojo, content, output);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("Errors in the declaration: 1; see the messages above");
        assertThat(output).doesNotExist();
        assertThat(log.lines).contains("[INFO] Nothing written: the site in target/disclosure is left as it was");
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void anOutputFolderThatWouldSwallowTheContentIsRefused(GenerateMojo mojo) throws Exception {
        var content = ContentFixture.minimal(project);
        prepare(mojo, content, project.resolve("src"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("The output folder src overlaps src/disclosure");
        assertThat(content.file(ContentFixture.PROJECT)).isRegularFile();
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void aBadSiteUrlIsRefusedWithAnExample(GenerateMojo mojo) throws Exception {
        prepare(mojo, ContentFixture.minimal(project), project.resolve("target/disclosure"));
        MojoExtension.setVariableValueToObject(mojo, "siteUrl", "example.gov.cn/xfb");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("give the site's address, e.g. https://example.gov.cn/xfb/2024/");
    }
}
