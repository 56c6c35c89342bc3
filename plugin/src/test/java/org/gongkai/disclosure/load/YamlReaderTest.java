package org.gongkai.disclosure.load;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.gongkai.disclosure.diag.DiagnosticFormatter;
import org.gongkai.disclosure.diag.Diagnostics;
import org.gongkai.disclosure.diag.MessageCatalog;
import org.gongkai.disclosure.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Reading one YAML file: what is accepted, and a located diagnostic for every way it can be unreadable. */
class YamlReaderTest {

    private final YamlReader reader = new YamlReader();
    private final Diagnostics diagnostics = new Diagnostics();
    private final DiagnosticFormatter formatter = new DiagnosticFormatter(MessageCatalog.of(Language.EN));

    private Optional<YamlNode> parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<YamlNode> parse(byte[] bytes) {
        return reader.parse(bytes, "p.yaml", diagnostics);
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(formatter::format).toList();
    }

    private static YamlNode.Scalar scalar(YamlNode root, String key) {
        return (YamlNode.Scalar) ((YamlNode.Mapping) root).get(key);
    }

    @Test
    void positionsAreOneBasedAndCountChineseCharactersAsOneColumn() {
        YamlNode root = parse("a: 1\n名称: 中文\nb:\n  - x\n").orElseThrow();
        assertThat(scalar(root, "a").at().toString()).isEqualTo("p.yaml:1:4");
        assertThat(scalar(root, "名称").at().toString()).isEqualTo("p.yaml:2:5");
        assertThat(((YamlNode.Sequence) ((YamlNode.Mapping) root).get("b")).items().get(0).at().toString())
                .isEqualTo("p.yaml:4:5");
    }

    @Test
    void numbersKeepTheirExactSourceText() {
        YamlNode root = parse("a: 1012497.70\nb: 0.10\n").orElseThrow();
        assertThat(scalar(root, "a").text()).isEqualTo("1012497.70");
        assertThat(scalar(root, "a").type()).isEqualTo(YamlNode.ScalarType.DECIMAL);
        assertThat(scalar(root, "b").text()).isEqualTo("0.10");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() {
        byte[] body = "a: 中文\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        YamlNode root = parse(bytes).orElseThrow();
        assertThat(scalar(root, "a").text()).isEqualTo("中文");
        assertThat(scalar(root, "a").at().toString()).isEqualTo("p.yaml:1:4");
        assertThat(messages()).isEmpty();
    }

    @Test
    void windowsLineEndsAreAcceptedAndLinesStillCountRight() {
        YamlNode root = parse("a: 1\r\nb: 中文\r\nc: x\r\n").orElseThrow();
        assertThat(scalar(root, "b").text()).isEqualTo("中文");
        assertThat(scalar(root, "c").at().toString()).isEqualTo("p.yaml:3:4");
    }

    @Test
    void gbkIsRecognisedAndNamed() {
        assertThat(parse("a: 1\nname: 样例项目\n".getBytes(Charset.forName("GBK")))).isEmpty();
        assertThat(messages()).containsExactly("p.yaml:2:7: error: the file is not saved as UTF-8; it looks like GBK "
                + "(the \"ANSI\" encoding of a Chinese Windows). Save it as \"UTF-8\" and run again [encoding]");
    }

    @Test
    void otherNonUtf8BytesAreReportedWithTheByte() {
        assertThat(parse(new byte[] {'a', ':', ' ', (byte) 0xFF, (byte) 0xFF, '\n'})).isEmpty();
        assertThat(messages()).containsExactly("p.yaml:1:4: error: the file is not saved as UTF-8 (byte 0xFF here is "
                + "not valid UTF-8). Save it as \"UTF-8\" and run again [encoding]");
    }

    @Test
    void anEmptyOrCommentOnlyFileIsReported() {
        parse("");
        parse("\n# only a comment\n");
        assertThat(messages()).containsExactly("p.yaml:1:1: error: the file is empty [empty-file]",
                "p.yaml:1:1: error: the file is empty [empty-file]");
    }

    @Test
    void everyTabInIndentationIsReported() {
        assertThat(parse("a:\n\tb: 1\n\tc: 2\n")).isEmpty();
        assertThat(messages()).containsExactly(
                "p.yaml:2:1: error: a tab is used for indentation; YAML indents with spaces only [yaml-tab]",
                "p.yaml:3:1: error: a tab is used for indentation; YAML indents with spaces only [yaml-tab]");
    }

    @Test
    void duplicateKeysAreReportedAtTheSecondWithTheFirstLine() {
        YamlNode root = parse("a: 1\nb: 2\na: 3\n").orElseThrow();
        assertThat(scalar(root, "a").text()).isEqualTo("1");
        assertThat(messages()).containsExactly("p.yaml:3:1: error: the key \"a\" appears twice in the same mapping "
                + "(first on line 1); keep one [duplicate-key]");
    }

    @Test
    void aliasBombIsRefusedFastAtTheFirstAlias() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p);
            for (int i = 0; i < 8; i++) {
                bomb.append(",*").append(p);
            }
            bomb.append("]\n");
        }
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThat(parse(bomb.toString())).isEmpty());
        assertThat(messages()).containsExactly("p.yaml:2:8: error: YAML aliases (*a) are not allowed in a "
                + "declaration; write the value out in full [yaml-alias]");
    }

    @Test
    void syntaxErrorsPointAtTheProblemNotAtTheParsersPosition() {
        assertThat(parse("a: [1, 2\nb: 3\n")).isEmpty();
        assertThat(messages()).singleElement().asString()
                .startsWith("p.yaml:2:2: error: YAML syntax error: expected ',' or ']'")
                .endsWith("(while parsing a flow sequence at line 1, column 4) [yaml-syntax]");
    }

    @Test
    void aSecondDocumentIsRefused() {
        assertThat(parse("a: 1\n---\nb: 2\n")).isEmpty();
        assertThat(messages()).singleElement().asString().contains("only one YAML document is allowed per file");
    }

    @Test
    void deepNestingIsRefused() {
        assertThat(parse("a: " + "[".repeat(200) + "]".repeat(200) + "\n")).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().extracting(d -> d.rule()).isEqualTo("yaml-syntax");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[3 * 1024 * 1024]);
        assertThat(new YamlReader().read(big, "big.yaml", diagnostics)).isEmpty();
        assertThat(messages()).containsExactly("big.yaml:1:1: error: the file is 3.0 MB, but a content file may be at "
                + "most 2.0 MB; is this the right file? [file-too-large]");
    }

    @Test
    void aFolderWhereAFileIsExpectedIsReported(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("x.yaml"));
        assertThat(reader.read(folder, "x.yaml", diagnostics)).isEmpty();
        assertThat(messages()).containsExactly(
                "x.yaml:1:1: error: this is a folder, but a YAML file is expected here [not-a-file]");
    }
}
