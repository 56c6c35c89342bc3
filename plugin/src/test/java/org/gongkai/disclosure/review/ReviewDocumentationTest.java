package org.gongkai.disclosure.review;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.diag.MessageCatalog;
import org.gongkai.disclosure.model.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The format reference and the JSON Schema of review.yaml name every rule with its aspect, severity and defaults. */
class ReviewDocumentationTest {

    private static final Path DOCS = Path.of("").toAbsolutePath().getParent().resolve("docs");

    /** A setting's default as the reference writes it: {@code 50}, {@code 3}, {@code [问卷, 调查]}. */
    private static String written(Parameter<?> parameter) {
        Object value = parameter.defaultValue();
        if (value instanceof BigDecimal percent) {
            return percent.stripTrailingZeros().toPlainString();
        }
        if (value instanceof List<?> words) {
            return "[" + String.join(", ", words.stream().map(String::valueOf).toList()) + "]";
        }
        return String.valueOf(value);
    }

    @Test
    void theFormatReferenceHasARowForEveryRuleWithItsDefaults() throws IOException {
        List<String> lines = Files.readAllLines(DOCS.resolve("declaration-format.md"));
        int section = lines.indexOf("## The finance bureau's review (`review.yaml`)");
        assertThat(section).isPositive();
        List<String> rows = lines.subList(section, lines.size()).stream()
                .filter(line -> ReviewRules.names().stream().anyMatch(name -> line.startsWith("| `" + name + "` |")))
                .toList();
        List<String> expected = new ArrayList<>();
        for (ReviewRule rule : ReviewRules.ALL) {
            expected.add("| `" + rule.name() + "` | " + rule.category().name().toLowerCase(Locale.ROOT) + " | "
                    + rule.defaultSeverity().code() + " |");
        }
        assertThat(rows).hasSize(ReviewRules.ALL.size());
        for (int i = 0; i < rows.size(); i++) {
            ReviewRule rule = ReviewRules.ALL.get(i);
            assertThat(rows.get(i)).as(rule.name()).startsWith(expected.get(i));
            for (Parameter<?> parameter : rule.parameters()) {
                assertThat(rows.get(i)).as(rule.name()).contains("`" + parameter.key() + "` (`" + written(parameter) + "`");
            }
        }
    }

    @Test
    void theSchemaHasExactlyTheRulesAndSettingsWithTheirDefaultsAndDescriptions() throws IOException {
        JsonNode rules = new ObjectMapper().readTree(DOCS.resolve("schema/review.schema.json").toFile())
                .at("/properties/rules/properties");
        List<String> names = new ArrayList<>();
        rules.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyElementsOf(ReviewRules.names());
        for (ReviewRule rule : ReviewRules.ALL) {
            JsonNode schema = rules.get(rule.name());
            assertThat(schema.get("description").asText()).isEqualTo(
                    MessageCatalog.of(Language.EN).format(Message.of("review.rule." + rule.name())));
            List<String> settings = new ArrayList<>();
            schema.get("properties").fieldNames().forEachRemaining(settings::add);
            List<String> expected = new ArrayList<>(List.of("enabled", "severity"));
            rule.parameters().forEach(p -> expected.add(p.key()));
            assertThat(settings).as(rule.name()).containsExactlyElementsOf(expected);
            for (Parameter<?> parameter : rule.parameters()) {
                JsonNode defaultValue = schema.at("/properties/" + parameter.key() + "/default");
                String shown = defaultValue.isArray()
                        ? "[" + String.join(", ", new ObjectMapper().convertValue(defaultValue, String[].class)) + "]"
                        : defaultValue.asText();
                assertThat(shown).as(rule.name() + "." + parameter.key()).isEqualTo(written(parameter));
            }
        }
    }
}
