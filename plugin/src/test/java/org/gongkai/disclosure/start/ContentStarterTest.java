package org.gongkai.disclosure.start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A content folder started from nothing: what is written, that it passes every check, and what is refused. */
class ContentStarterTest {

    private static final Pattern EDITOR_LINE = Pattern.compile("^# yaml-language-server: \\$schema=(\\S+)$",
            Pattern.MULTILINE);

    @TempDir
    Path project;

    private ContentStarter.Started start(String unit, String english, int year) throws Exception {
        return ContentStarter.start(new ContentStarter.Request(project, project.resolve("src/disclosure"),
                project.resolve("src/disclosure-schema"), unit, english, year, "1.2.3"));
    }

    @Test
    void writesTheContentTheSchemasAndAPomAndNamesEachFile() throws Exception {
        ContentStarter.Started started = start("松江区教育局", "Songjiang District Education Bureau", 2025);
        assertThat(started.content()).extracting(Path::toString).containsExactly("src/disclosure/declaration.yaml",
                "src/disclosure/projects/01-example.yaml", "src/disclosure/site.yaml", "src/disclosure/glossary.yaml");
        assertThat(started.schemas()).extracting(Path::toString).containsExactly(
                "src/disclosure-schema/common.schema.json", "src/disclosure-schema/declaration.schema.json",
                "src/disclosure-schema/project.schema.json", "src/disclosure-schema/site.schema.json",
                "src/disclosure-schema/glossary.schema.json", "src/disclosure-schema/framework.schema.json");
        assertThat(started.pom()).isEqualTo(Path.of("pom.xml"));
        assertThat(started.jvmConfig()).isEqualTo(Path.of(".mvn/jvm.config"));
        assertThat(SiteFixture.tree(project).keySet()).hasSize(12);
        for (String schema : ContentStarter.SCHEMAS) {
            assertThat(project.resolve("src/disclosure-schema").resolve(schema))
                    .hasSameBinaryContentAs(ContentFixture.schemaDir().resolve(schema));
        }
        assertThat(Files.readString(project.resolve("src/disclosure/glossary.yaml")))
                .contains("  \"松江区教育局\": \"Songjiang District Education Bureau\"\n");
        assertThat(Files.readString(project.resolve("src/disclosure/declaration.yaml")))
                .contains("\nfiscal-year: 2025\n").contains("\nunit: \"松江区教育局\"\n");
    }

    @Test
    void theStartedContentPassesEveryCheckAsWritten() throws Exception {
        start("松江区教育局", "Songjiang District Education Bureau", 2025);
        assertThat(ContentFixture.empty(project).check()).isEmpty();
    }

    @Test
    void theStartedContentBecomesASiteInBothLanguages() throws Exception {
        start("松江区教育局", "Songjiang District Education Bureau", 2025);
        SiteFixture site = new SiteFixture(ContentFixture.empty(project)).generated();
        assertThat(site.htmlPages()).containsExactly("404.html", "en/index.html", "en/indicators.html",
                "en/projects/example-training.html", "index.html", "zh/index.html", "zh/indicators.html",
                "zh/projects/example-training.html");
        Document en = site.page("en/projects/example-training.html");
        assertThat(en.selectFirst("h1").text()).isEqualTo("Staff training");
        assertThat(en.selectFirst(".site-unit").text()).isEqualTo("Songjiang District Education Bureau Fiscal year 2025");
        assertThat(en.select(".footer-facts li").eachText()).containsExactly(
                "Run by: Songjiang District Education Bureau");
        Document zh = site.page("zh/index.html");
        assertThat(zh.select(".footer-facts li").eachText()).containsExactly("主办单位：松江区教育局");
        assertThat(zh.select("table tfoot td").eachText()).contains("60,000.00");
    }

    @Test
    void everyEditorLinePointsAtASchemaBesideTheContentThatTheFileValidatesAgainst() throws Exception {
        start("松江区教育局", "Songjiang District Education Bureau", 2025);
        YAMLMapper yaml = new YAMLMapper();
        // No network and no mapping: references are resolved beside each schema, as an editor offline does.
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        for (String file : ContentStarter.CONTENT) {
            Path path = project.resolve("src/disclosure").resolve(file);
            Matcher line = EDITOR_LINE.matcher(Files.readString(path));
            assertThat(line.find()).as(file).isTrue();
            Path schema = path.getParent().resolve(line.group(1)).normalize();
            assertThat(schema.getParent()).isEqualTo(project.resolve("src/disclosure-schema"));
            Set<ValidationMessage> problems = factory.getSchema(schema.toUri()).validate(yaml.readTree(path.toFile()));
            assertThat(problems).as(file).isEmpty();
        }
    }

    @Test
    void thePomHasPackagingPomAndBindsGenerateAndPackageOfThisPluginsVersion() throws Exception {
        start("松江区教育局", "Songjiang District Education Bureau", 2025);
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(project.resolve("pom.xml").toFile());
        XPath xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("/project/packaging", pom)).isEqualTo("pom");
        assertThat(xpath.evaluate("/project/properties/project.build.outputTimestamp", pom))
                .isEqualTo("2025-01-01T00:00:00Z");
        String plugin = "/project/build/plugins/plugin";
        assertThat(List.of(xpath.evaluate(plugin + "/groupId", pom), xpath.evaluate(plugin + "/artifactId", pom),
                xpath.evaluate(plugin + "/version", pom))).containsExactly("org.gongkai", "disclosure-maven-plugin", "1.2.3");
        NodeList goals = (NodeList) xpath.evaluate(plugin + "/executions/execution/goals/goal", pom, XPathConstants.NODESET);
        assertThat(List.of(goals.item(0).getTextContent(), goals.item(1).getTextContent()))
                .containsExactly("generate", "package");
        assertThat(goals.getLength()).isEqualTo(2);
        assertThat(xpath.evaluate("count(/project/build/pluginManagement/plugins/plugin[version])", pom)).isEqualTo("3");
    }

    @Test
    void aNameIsWrittenExactlyAsGivenWhateverItHolds() throws Exception {
        start("某\"局\\: #测试", "Bureau \"A\": #1", 2024);
        var content = ContentFixture.empty(project);
        assertThat(content.check()).isEmpty();
        assertThat(content.load().declaration().unit().zh()).isEqualTo("某\"局\\: #测试");
        assertThat(content.load().declaration().unit().en()).isEqualTo("Bureau \"A\": #1");
    }

    @Test
    void aPomAlreadyThereIsLeftAsItWas() throws Exception {
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        assertThat(start("Example Office", null, 2024).pom()).isNull();
        assertThat(Files.readString(project.resolve("pom.xml"))).isEqualTo("<project/>");
        assertThat(ContentFixture.empty(project).check()).isEmpty();
    }

    @Test
    void aNewProjectGetsJvmOptionsForAShortBuildAndAProjectsOwnAreKept() throws Exception {
        ContentStarter.Started started = start("Example Office", null, 2024);
        assertThat(started.jvmConfig()).isEqualTo(Path.of(".mvn/jvm.config"));
        assertThat(Files.readString(project.resolve(".mvn/jvm.config")))
                .isEqualTo("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MetaspaceSize=96m\n");

        Path other = project.resolve("other");
        Files.createDirectories(other.resolve(".mvn"));
        Files.writeString(other.resolve(".mvn/jvm.config"), "-Xmx2g\n");
        assertThat(ContentStarter.jvmConfig(other)).isNull();
        assertThat(Files.readString(other.resolve(".mvn/jvm.config"))).isEqualTo("-Xmx2g\n");

        Path third = project.resolve("third");
        Files.createDirectories(third);
        Files.writeString(third.resolve(".mvn"), "a file where the folder would go");
        assertThat(ContentStarter.jvmConfig(third)).isNull();
        assertThat(Files.readString(third.resolve(".mvn"))).isEqualTo("a file where the folder would go");
    }

    @Test
    void theBundledSongjiangProjectHasTheJvmOptionsOfAStartedOne() throws Exception {
        assertThat(Path.of("../site-content/.mvn/jvm.config"))
                .hasSameTextualContentAs(Path.of("src/main/resources/org/gongkai/disclosure/start/jvm.config"));
    }

    @Test
    void aProjectInsideAnotherBuildGetsNoJvmOptionsThatWouldCutItOff() throws Exception {
        Path build = project.resolve("repository");
        Files.createDirectories(build.resolve(".mvn"));
        Files.writeString(build.resolve(".mvn/maven.config"), "-Dsome.option=1\n");
        Path nested = Files.createDirectories(build.resolve("sites/unit"));
        assertThat(ContentStarter.jvmConfig(nested)).isNull();
        assertThat(nested.resolve(".mvn")).doesNotExist();

        Files.createDirectories(nested.resolve(".mvn"));
        assertThat(ContentStarter.jvmConfig(nested)).isEqualTo(Path.of(".mvn/jvm.config"));
    }

    @Test
    void aProjectWithItsOwnPomGetsNoJvmOptions() throws Exception {
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        assertThat(start("Example Office", null, 2024).jvmConfig()).isNull();
        assertThat(project.resolve(".mvn")).doesNotExist();
    }

    @Test
    void aChineseNameNeedsItsEnglish() {
        assertThatThrownBy(() -> start("松江区教育局", null, 2025)).isInstanceOfSatisfying(StartRefused.class,
                e -> assertThat(List.of(e.key(), List.of(e.args()))).containsExactly("start.unitEnglish",
                        List.of("松江区教育局")));
        assertThat(project).isEmptyDirectory();
    }

    @Test
    void implausibleYearsAndNamesAreRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> start("Example Office", null, 20255)).isInstanceOfSatisfying(StartRefused.class,
                e -> assertThat(e.key()).isEqualTo("start.year"));
        assertThatThrownBy(() -> start("Example\nOffice", null, 2025)).isInstanceOfSatisfying(StartRefused.class,
                e -> assertThat(e.key()).isEqualTo("start.nameControl"));
        assertThatThrownBy(() -> start("x".repeat(201), null, 2025)).isInstanceOfSatisfying(StartRefused.class,
                e -> assertThat(List.of(e.args())).containsExactly("disclosure.unit", 201, 200));
        assertThatThrownBy(() -> start("  ", null, 2025)).isInstanceOfSatisfying(StartRefused.class,
                e -> assertThat(e.key()).isEqualTo("start.nameEmpty"));
        assertThat(project).isEmptyDirectory();
    }

    @Test
    void aContentFolderThatHoldsFilesIsNeverTouched() throws Exception {
        Files.createDirectories(project.resolve("src/disclosure"));
        Files.writeString(project.resolve("src/disclosure/notes.txt"), "mine");
        assertThatThrownBy(() -> start("Example Office", null, 2025)).isInstanceOfSatisfying(StartRefused.class,
                e -> assertThat(List.of(e.key(), List.of(e.args())))
                        .containsExactly("start.contentExists", List.of("src/disclosure")));
        assertThat(SiteFixture.tree(project)).containsOnlyKeys("src/disclosure/notes.txt");
    }

    @Test
    void aSchemaFileAlreadyThereStopsEverythingBeforeAnyFileIsWritten() throws Exception {
        Files.createDirectories(project.resolve("src/disclosure-schema"));
        Files.writeString(project.resolve("src/disclosure-schema/site.schema.json"), "{}");
        assertThatThrownBy(() -> start("Example Office", null, 2025)).isInstanceOfSatisfying(StartRefused.class,
                e -> assertThat(List.of(e.key(), List.of(e.args())))
                        .containsExactly("start.fileExists", List.of("src/disclosure-schema/site.schema.json")));
        assertThat(SiteFixture.tree(project)).containsOnlyKeys("src/disclosure-schema/site.schema.json");
    }

    @Test
    void noSymbolicLinkLeadsTheFilesOutOfTheProject(@TempDir Path elsewhere) throws Exception {
        Files.createDirectories(project.resolve("src"));
        Files.createSymbolicLink(project.resolve("src/disclosure"), elsewhere);
        assertThatThrownBy(() -> start("Example Office", null, 2025)).isInstanceOfSatisfying(StartRefused.class,
                e -> assertThat(e.key()).isEqualTo("start.outside"));
        assertThat(elsewhere).isEmptyDirectory();
        assertThat(project.resolve("pom.xml")).doesNotExist();
    }
}
