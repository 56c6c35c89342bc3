package org.gongkai.disclosure.maven;

import java.nio.file.Path;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.testing.ContentFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The init goal as Maven runs it: in a folder with nothing in it, its log, and what it refuses. */
@MojoTest
class InitMojoTest {

    private static final String POM = "src/test/resources/unit/init/pom.xml";

    @TempDir
    Path project;

    private CheckMojoTest.RecordingLog prepare(InitMojo mojo) throws Exception {
        // No POM: the folder Maven was started in is the project's.
        MojoExtension.setVariableValueToObject(mojo, "projectDirectory", null);
        MojoExtension.setVariableValueToObject(mojo, "executionRoot", project.toFile());
        MojoExtension.setVariableValueToObject(mojo, "pluginVersion", "0.1.0");
        MojoExtension.setVariableValueToObject(mojo, "year", 2025);
        CheckMojoTest.RecordingLog log = new CheckMojoTest.RecordingLog();
        mojo.setLog(log);
        return log;
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void startsAContentFolderAndAPomAndSaysWhatToDoNext(InitMojo mojo) throws Exception {
        var log = prepare(mojo);
        MojoExtension.setVariableValueToObject(mojo, "unit", "松江区教育局");
        MojoExtension.setVariableValueToObject(mojo, "unitEnglish", "Songjiang District Education Bureau");
        mojo.execute();
        assertThat(log.lines).containsExactly(
                "[INFO] Started the content folder src/disclosure: declaration.yaml, projects/01-example.yaml, "
                        + "site.yaml, glossary.yaml",
                "[INFO] Wrote the JSON Schemas for editors to src/disclosure-schema",
                "[INFO] Wrote pom.xml: packaging pom, with disclosure:generate and disclosure:package bound to mvn package",
                "[INFO] Wrote .mvn/jvm.config: the JVM options Maven uses for this project (the quick compiler only), "
                        + "for a faster build",
                "[INFO] Next: mvn disclosure:check checks the declaration, mvn disclosure:serve previews the site, "
                        + "mvn package publishes it to target/disclosure/ and zips it");
        assertThat(ContentFixture.empty(project).check()).isEmpty();
        assertThat(ContentFixture.empty(project).load().declaration().fiscalYear()).isEqualTo(2025);
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void withoutAUnitTheFilesNameAnExampleAndSaySo(InitMojo mojo) throws Exception {
        var log = prepare(mojo);
        mojo.execute();
        assertThat(log.lines).contains("[INFO] The files name the example unit 示例单位: put your unit in "
                + "declaration.yaml and glossary.yaml, or start again with -Ddisclosure.unit=... -Ddisclosure.unitEnglish=...");
        assertThat(ContentFixture.empty(project).load().declaration().unit().en()).isEqualTo("Example Unit");
        assertThat(ContentFixture.empty(project).check()).isEmpty();
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void aChineseUnitWithoutItsEnglishFailsWithTheParameterToAdd(InitMojo mojo) throws Exception {
        prepare(mojo);
        MojoExtension.setVariableValueToObject(mojo, "unit", "松江区教育局");
        MojoExtension.setVariableValueToObject(mojo, "messageLanguage", "zh");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessage(
                "网站以中英文发布，预算单位“松江区教育局”还需要英文名称：请加上 -Ddisclosure.unitEnglish=\"...\"");
        assertThat(project).isEmptyDirectory();
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void aSecondRunChangesNothing(InitMojo mojo) throws Exception {
        prepare(mojo);
        mojo.execute();
        var before = texts();
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessage(
                "The content folder src/disclosure already exists and is not empty; init starts a new one and changes "
                        + "nothing there. Choose another -Ddisclosure.contentDirectory=...");
        assertThat(texts()).isEqualTo(before);
    }

    /** Every file of the project with its text, to compare. */
    private java.util.Map<String, String> texts() {
        var texts = new java.util.TreeMap<String, String>();
        org.gongkai.disclosure.testing.SiteFixture.tree(project).forEach((path, bytes) ->
                texts.put(path, new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
        return texts;
    }
}
