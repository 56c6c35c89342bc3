package org.gongkai.disclosure.maven;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.testing.ContentFixture;

import static org.assertj.core.api.Assertions.assertThat;

/** With both check and generate bound in one build, generate checks again but prints no warning a second time. */
@MojoTest
class CheckAndGenerateBoundTest {

    private static final String POM = "src/test/resources/unit/generate/pom.xml";

    @TempDir
    Path project;

    @Test
    void generateAfterCheckDoesNotRepeatTheWarnings(@InjectMojo(goal = "check", pom = POM) CheckMojo check,
            @InjectMojo(goal = "generate", pom = POM) GenerateMojo generate) throws Exception {
        ContentFixture content = ContentFixture.seed(project);
        Map<Object, Object> build = new HashMap<>();
        CheckMojoTest.RecordingLog checkLog = new CheckMojoTest.RecordingLog();
        CheckMojoTest.RecordingLog generateLog = new CheckMojoTest.RecordingLog();
        for (AbstractDisclosureMojo mojo : new AbstractDisclosureMojo[] {check, generate}) {
            MojoExtension.setVariableValueToObject(mojo, "baseDirectory", content.projectDir().toFile());
            MojoExtension.setVariableValueToObject(mojo, "contentDirectory", content.contentDir().toFile());
            mojo.setPluginContext(build);
        }
        MojoExtension.setVariableValueToObject(generate, "outputDirectory", project.resolve("target/disclosure").toFile());
        MojoExtension.setVariableValueToObject(generate, "themeDirectory", project.resolve("theme").toFile());
        check.setLog(checkLog);
        generate.setLog(generateLog);
        check.execute();
        generate.execute();
        assertThat(checkLog.lines).filteredOn(l -> l.startsWith("[WARNING]")).hasSize(2)
                .allMatch(l -> l.endsWith("[budget-year]"));
        assertThat(generateLog.lines).filteredOn(l -> l.startsWith("[WARNING]")).isEmpty();
        assertThat(generateLog.lines).filteredOn(l -> l.startsWith("[INFO]")).extracting(l -> l.replaceAll("\\d+ ms", "n ms"))
                .containsExactly(
                        "[INFO] Checked src/disclosure: 7 project files; errors: 0, warnings: 2 (n ms)",
                        "[INFO] Rendered 18 pages (n ms)",
                        "[INFO] Wrote 37 files to target/disclosure (n ms)",
                        "[INFO] Generated 2 indexes and 14 project pages in zh, en (n ms)",
                        "[INFO] 2 messages are not repeated: another goal of this build printed them above");
    }

    @Test
    void eachBuildPrintsItsOwnWarnings(@InjectMojo(goal = "generate", pom = POM) GenerateMojo generate)
            throws Exception {
        ContentFixture content = ContentFixture.seed(project);
        MojoExtension.setVariableValueToObject(generate, "baseDirectory", content.projectDir().toFile());
        MojoExtension.setVariableValueToObject(generate, "contentDirectory", content.contentDir().toFile());
        MojoExtension.setVariableValueToObject(generate, "outputDirectory", project.resolve("target/disclosure").toFile());
        MojoExtension.setVariableValueToObject(generate, "themeDirectory", project.resolve("theme").toFile());
        CheckMojoTest.RecordingLog log = new CheckMojoTest.RecordingLog();
        generate.setLog(log);
        generate.setPluginContext(new HashMap<>());
        generate.execute();
        assertThat(log.lines).filteredOn(l -> l.startsWith("[WARNING]")).hasSize(2);
    }
}
