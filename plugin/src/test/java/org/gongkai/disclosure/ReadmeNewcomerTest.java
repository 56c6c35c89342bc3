package org.gongkai.disclosure;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's newcomer section is exactly the commands the newcomer invoker test runs ({@code src/it/newcomer}), so
 * that what a new user types is what is tested, line for line, option for option.
 */
class ReadmeNewcomerTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path CASE = Path.of("src/it/newcomer");

    /** One command: its goals and phases in order, and its -D options. */
    record Command(List<String> goals, Map<String, String> properties) {
    }

    @Test
    void theReadmesNewcomerCommandsAreThoseTheInvokerTestRuns() throws IOException {
        assertThat(readme()).isEqualTo(invokerTest());
    }

    @Test
    void theReadmeNamesThisVersionOfThePlugin() throws IOException {
        assertThat(readme().get(0).goals()).containsExactly("org.gongkai:disclosure-maven-plugin:" + version() + ":init");
    }

    private static List<Command> readme() throws IOException {
        String text = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int section = text.indexOf("\n## Start from nothing\n");
        assertThat(section).as("the README's newcomer section").isPositive();
        int open = text.indexOf("```sh\n", section) + "```sh\n".length();
        String block = text.substring(open, text.indexOf("```", open));
        List<Command> commands = new ArrayList<>();
        for (String line : block.strip().split("\n")) {
            List<String> words = words(line);
            assertThat(words.get(0)).as(line).isEqualTo("mvn");
            commands.add(command(words.subList(1, words.size())));
        }
        return commands;
    }

    private static List<Command> invokerTest() throws IOException {
        Properties invoker = properties(CASE.resolve("invoker.properties"));
        List<Command> commands = new ArrayList<>();
        for (int n = 1; invoker.containsKey("invoker.goals." + n); n++) {
            Command goals = command(List.of(invoker.getProperty("invoker.goals." + n)
                    .replace("${project.groupId}:${project.artifactId}:${project.version}",
                            "org.gongkai:disclosure-maven-plugin:" + version())
                    .trim().split("\\s+")));
            Map<String, String> all = new LinkedHashMap<>(goals.properties());
            String file = invoker.getProperty("invoker.userPropertiesFile." + n);
            if (file != null) {
                properties(CASE.resolve(file)).forEach((key, value) -> all.put((String) key, (String) value));
            }
            commands.add(new Command(goals.goals(), all));
        }
        return commands;
    }

    private static String version() throws IOException {
        Matcher version = Pattern.compile("<version>([^<]+)</version>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(version.find()).isTrue();
        return version.group(1);
    }

    private static Command command(List<String> words) {
        List<String> goals = new ArrayList<>();
        Map<String, String> properties = new LinkedHashMap<>();
        for (String word : words) {
            if (word.startsWith("-D")) {
                int equals = word.indexOf('=');
                properties.put(word.substring(2, equals), word.substring(equals + 1));
            } else {
                goals.add(word);
            }
        }
        return new Command(goals, properties);
    }

    /** A shell line's words: split at spaces, except inside double quotes, which are removed. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : line.strip().toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        return properties;
    }
}
