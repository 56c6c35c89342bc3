package org.gongkai.disclosure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.gongkai.disclosure.testing.ContentFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of the format reference can be copied as they are: each, put in place of the same key of a valid
 * declaration, passes the check without a translation error (they do not lean on the bundled content's glossary),
 * and every example of a {@code site.yaml} setting passes as written.
 */
class DocumentedExamplesTest {

    private static final Path FORMAT = Path.of("").toAbsolutePath().getParent().resolve("docs/declaration-format.md");
    /** A table row: its key and the first value in backticks of its example column. */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9.\\[\\]-]+)` \\|(?:[^|]*\\|){3} `([^`]+)`.*$");
    private static final Pattern SITE_ROW = Pattern.compile("^\\| `([a-z-]+)` \\|[^|]*\\|[^|]*\\| `([^`]+)`.*$");

    @TempDir
    Path project;

    record Example(String file, String key, String value) {
        @Override
        public String toString() {
            return file + " " + key + ": " + value;
        }
    }

    static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        String section = "";
        for (String line : Files.readAllLines(FORMAT)) {
            if (line.startsWith("## ")) {
                section = line;
            }
            Matcher row = (section.contains("site.yaml") ? SITE_ROW : ROW).matcher(line);
            if (!row.matches()) {
                continue;
            }
            String key = row.group(1);
            if (section.equals("## `declaration.yaml`") && List.of("unit", "title", "fiscal-year", "languages",
                    "framework", "draft").contains(key)) {
                examples.add(new Example(ContentFixture.DECLARATION, key, row.group(2)));
            } else if (section.equals("## `projects/*.yaml`") && !key.contains(".") && !key.contains("[")) {
                examples.add(new Example(ContentFixture.PROJECT, key, row.group(2)));
            } else if (section.equals("## `projects/*.yaml`") && key.startsWith("indicators[].")) {
                examples.add(new Example(ContentFixture.PROJECT, key, row.group(2)));
            } else if (section.contains("site.yaml") && !List.of("title", "publisher", "languages").contains(key)) {
                examples.add(new Example("site.yaml", key, row.group(2)));
            }
        }
        return examples;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theExampleCanBeCopiedAsItIs(Example example) {
        ContentFixture content = ContentFixture.minimal(project);
        if (example.file().equals("site.yaml")) {
            content.write("site.yaml", example.key() + ": " + example.value() + "\n");
            if (example.key().equals("url")) {
                // An address alone means a site for publication that says neither who runs it nor its 网站标识码.
                assertThat(content.check()).singleElement().asString().endsWith("[government-site]");
                return;
            }
            assertThat(content.check()).isEmpty();
            return;
        }
        if (example.key().startsWith("indicators[].")) {
            String field = example.key().substring("indicators[].".length());
            String row = "  - {level1: 产出指标, level2: 数量指标, name: {zh: 培训人次, en: People trained}, target: \"≥100(人次)\"}";
            String value = switch (field) {
                case "level1" -> row.replace("level1: 产出指标", "level1: " + example.value());
                case "level2" -> row.replace("level2: 数量指标", "level2: " + example.value());
                case "name" -> row.replace("name: {zh: 培训人次, en: People trained}", "name: " + example.value());
                case "target" -> row.replace("target: \"≥100(人次)\"", "target: " + example.value());
                default -> row.replace("}", ", " + field + ": " + example.value() + "}");
            };
            content.replace(example.file(), row, value);
        } else {
            String text = content.read(example.file());
            Matcher line = Pattern.compile("(?m)^" + Pattern.quote(example.key()) + ":.*$").matcher(text);
            content.write(example.file(), line.find() ? line.replaceFirst(Matcher.quoteReplacement(
                    example.key() + ": " + example.value())) : text + example.key() + ": " + example.value() + "\n");
        }
        assertThat(content.check()).filteredOn(d -> d.endsWith("[translation]")).isEmpty();
    }
}
