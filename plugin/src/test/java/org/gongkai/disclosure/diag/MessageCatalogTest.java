package org.gongkai.disclosure.diag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.gongkai.disclosure.model.FormSchema;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.render.Labels;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message exists in both languages, with the same placeholders, and every key the code uses exists. */
class MessageCatalogTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    private final MessageCatalog en = MessageCatalog.of(Language.EN);
    private final MessageCatalog zh = MessageCatalog.of(Language.ZH);

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(zh.keys())).isEqualTo(new TreeSet<>(en.keys()));
    }

    /** English names the month ("February 2024"), Chinese numbers it ("2024 年 2 月"). */
    private static final Set<String> DIFFERENT_BY_DESIGN = Set.of("date.monthLength");

    @Test
    void bothLanguagesUseTheSamePlaceholders() {
        for (String key : en.keys()) {
            if (DIFFERENT_BY_DESIGN.contains(key)) {
                continue;
            }
            Set<String> inEnglish = placeholders(en.format(new Message(key, java.util.List.of())), key, en);
            Set<String> inChinese = placeholders(zh.format(new Message(key, java.util.List.of())), key, zh);
            assertThat(inChinese).as(key).isEqualTo(inEnglish);
        }
    }

    private static Set<String> placeholders(String ignored, String key, MessageCatalog catalog) {
        // Format with arguments that name themselves, then see which came through.
        var args = java.util.List.<Object>of("«0»", "«1»", "«2»", "«3»", "«4»", "«5»", "«6»");
        String text = catalog.format(new Message(key, args));
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("«(\\d)»").matcher(text);
        while (m.find()) {
            used.add(m.group(1));
        }
        return used;
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> fieldPaths = new TreeSet<>();
        for (FormSchema.Part part : FormSchema.Part.values()) {
            part.fields().forEach(field -> fieldPaths.add(part.path(field.key())));
        }
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String literal = m.group(1);
                    if (!literal.matches(".*\\.(yaml|yml|json|properties|html|css|js|svg|mustache|xml|csv|txt)")
                            && !literal.startsWith("disclosure.") && !literal.startsWith("project.")
                            && !fieldPaths.contains(literal)) {
                        used.add(literal);
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        Set<String> known = new TreeSet<>(en.keys());
        known.addAll(Labels.of(Language.EN).keys());
        assertThat(known).containsAll(used);
    }

    @Test
    void theSitesLabelsExistInBothLanguages() {
        assertThat(new TreeSet<>(Labels.of(Language.ZH).keys())).isEqualTo(new TreeSet<>(Labels.of(Language.EN).keys()));
    }
}
