package org.gongkai.disclosure.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.disclosure.testing.ContentFixture.PROJECT;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;

/** Which files of a content folder are read: nothing vanishes unnoticed, and no link leads out of the folder. */
class ContentFilesTest {

    @TempDir
    Path project;

    @Test
    void everyEntryOfProjectsThatIsNotReadIsReported() throws Exception {
        ContentFixture content = ContentFixture.minimal(project);
        String sample = content.read(PROJECT);
        content.write("projects/02-upper.YAML", sample.replace("id: sample", "id: upper"));
        content.write("projects/03-space.yaml ", sample.replace("id: sample", "id: space"));
        content.write("projects/more/04-nested.yaml", sample.replace("id: sample", "id: nested"));
        content.write("projects/notes.txt", "what to do next");
        content.write("projects/.05-hidden.yaml.swp", "an editor's swap file");

        assertThat(content.check()).containsExactly(
                "src/disclosure/projects/02-upper.YAML:1:1: warning: \"02-upper.YAML\" is not read: project files end in "
                        + ".yaml or .yml, in lower case and without spaces; rename it to \"02-upper.yaml\" [content-layout]",
                "src/disclosure/projects/03-space.yaml :1:1: warning: \"03-space.yaml \" is not read: project files end in "
                        + ".yaml or .yml, in lower case and without spaces; rename it to \"03-space.yaml\" [content-layout]",
                "src/disclosure/projects/more:1:1: warning: the folder \"more\" is not read: project files must be "
                        + "directly in projects/, not in sub-folders [content-layout]",
                "src/disclosure/projects/notes.txt:1:1: warning: \"notes.txt\" is not read: only files ending in .yaml "
                        + "or .yml are read here [content-layout]");
    }

    @Test
    void aProjectFileLinkedFromOutsideTheContentIsRefusedAndNotRead() throws Exception {
        ContentFixture content = ContentFixture.minimal(project);
        Path elsewhere = Files.createDirectories(project.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("02-linked.yaml"), content.read(PROJECT).replace("id: sample", "id: linked"));
        Files.createSymbolicLink(content.file("projects/02-linked.yaml"), elsewhere.resolve("02-linked.yaml"));
        Files.createSymbolicLink(content.file("glossary.yaml"), Path.of("/etc/passwd"));

        assertThat(content.check()).containsExactly(
                "src/disclosure/glossary.yaml:1:1: error: this file is a symbolic link to /etc/passwd, outside the "
                        + "content folder; Gongkai reads only files inside it. Copy the file into the content folder "
                        + "instead [link-out]",
                "src/disclosure/projects/02-linked.yaml:1:1: error: this file is a symbolic link to "
                        + elsewhere.resolve("02-linked.yaml") + ", outside the content folder; Gongkai reads only files "
                        + "inside it. Copy the file into the content folder instead [link-out]");
    }

    @Test
    void anEditBehindALinkInsideTheContentIsSeenByTheNextIncrementalRun() throws Exception {
        ContentFixture content = ContentFixture.minimal(project);
        content.write("shared/01-sample.yaml", content.read(PROJECT));
        Files.delete(content.file(PROJECT));
        Files.createSymbolicLink(content.file(PROJECT), content.file("shared/01-sample.yaml"));
        SiteFixture site = new SiteFixture(content).generated();

        content.replace("shared/01-sample.yaml", "  fiscal: 80000.00", "  fiscal: 80000.10");

        assertThat(content.check()).containsExactly("src/disclosure/projects/01-sample.yaml:10:10: error: project funds "
                + "total (项目资金总额) is 100,000.00 yuan, but fiscal funds + other funds (财政资金 + 其他资金) = 80,000.10 "
                + "+ 20,000.00 = 100,000.10 yuan; they differ by 0.10 yuan [funds-sum]");
        assertThat(site.generate().generated()).as("the edit is seen: not up to date").isFalse();
    }
}
