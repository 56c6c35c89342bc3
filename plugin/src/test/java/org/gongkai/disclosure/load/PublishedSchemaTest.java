package org.gongkai.disclosure.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import org.gongkai.disclosure.model.FormSchema;
import org.gongkai.disclosure.testing.ContentFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schemas published in {@code docs/schema} for editors (and shipped in the plugin jar) agree with what the loader accepts: the same
 * keys and required keys, and the bundled content validates against them with a real validator.
 */
class PublishedSchemaTest {

    /** The schemas as the plugin jar carries them (copied from docs/schema), which disclosure:init writes out. */
    private static final Path SCHEMAS = ContentFixture.schemaDir();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private static JsonSchema schema(String name) {
        // No $id: references are resolved beside the file, as an editor offline does.
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        return factory.getSchema(SCHEMAS.resolve(name).toUri());
    }

    private static Set<ValidationMessage> validate(String schema, Path yaml) throws IOException {
        return schema(schema).validate(YAML.readTree(yaml.toFile()));
    }

    @Test
    void theBundledContentValidates() throws IOException {
        Path content = ContentFixture.seedContentDir();
        assertThat(validate("declaration.schema.json", content.resolve("declaration.yaml"))).isEmpty();
        assertThat(validate("glossary.schema.json", content.resolve("glossary.yaml"))).isEmpty();
        try (Stream<Path> projects = Files.list(content.resolve("projects"))) {
            for (Path project : projects.toList()) {
                assertThat(validate("project.schema.json", project)).as(project.toString()).isEmpty();
            }
        }
    }

    @Test
    void theBuiltInFrameworksAndGlossaryValidate() throws IOException {
        for (String resource : List.of("frameworks/cn-mof-2021.yaml", "frameworks/cn-mof-2015.yaml")) {
            assertThat(schema("framework.schema.json").validate(builtIn(resource))).as(resource).isEmpty();
        }
        assertThat(schema("glossary.schema.json").validate(builtIn("glossary.yaml"))).isEmpty();
    }

    @Test
    void theSchemaRefusesWhatTheLoaderRefuses() throws IOException {
        JsonNode project = YAML.readTree(ContentFixture.seedContentDir().resolve("projects/01-non-establishment-staff.yaml").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) project).put("annual_funds", 1);
        ((com.fasterxml.jackson.databind.node.ObjectNode) project.get("funds")).put("total", "1,85,9441");
        assertThat(schema("project.schema.json").validate(project))
                .extracting(m -> m.getInstanceLocation().toString()).containsOnly("$", "$.funds.total");
    }

    @Test
    void theSchemasHaveExactlyTheLoadersKeys() throws IOException {
        JsonNode project = JSON.readTree(SCHEMAS.resolve("project.schema.json").toFile());
        JsonNode declaration = JSON.readTree(SCHEMAS.resolve("declaration.schema.json").toFile());
        assertKeys(declaration, FormSchema.Part.DECLARATION);
        assertKeys(JSON.readTree(SCHEMAS.resolve("site.schema.json").toFile()), FormSchema.Part.SITE);
        assertKeys(declaration.at("/properties/declared"), FormSchema.Part.DECLARED);
        assertKeys(project, FormSchema.Part.PROJECT);
        assertKeys(project.at("/properties/funds"), FormSchema.Part.FUNDS);
        assertKeys(project.at("/properties/annual-funds"), FormSchema.Part.ANNUAL_FUNDS);
        assertKeys(project.at("/properties/sections"), FormSchema.Part.SECTIONS);
        assertKeys(project.at("/properties/budget-items/items"), FormSchema.Part.BUDGET_ITEM);
        assertKeys(project.at("/properties/goals"), FormSchema.Part.GOALS);
        assertKeys(project.at("/properties/indicators/items"), FormSchema.Part.INDICATOR);
        assertKeys(project.at("/properties/recipients/items"), FormSchema.Part.RECIPIENT);
        assertKeys(project.at("/properties/weighting"), FormSchema.Part.WEIGHTING);
        assertKeys(JSON.readTree(SCHEMAS.resolve("common.schema.json").toFile()).at("/$defs/sources/items"),
                FormSchema.Part.FUND_SOURCE);
        JsonNode result = JSON.readTree(SCHEMAS.resolve("result.schema.json").toFile());
        assertKeys(result, FormSchema.Part.RESULT);
        assertKeys(result.at("/properties/budget"), FormSchema.Part.RESULT_BUDGET);
        assertKeys(result.at("/properties/indicators/items"), FormSchema.Part.INDICATOR_RESULT);
    }

    @Test
    void theTranscribedSelfEvaluationsValidateAndABrokenOneDoesNot() throws Exception {
        Path filings = Path.of(PublishedSchemaTest.class.getClassLoader().getResource("filings").toURI());
        List<Path> results = new ArrayList<>();
        try (Stream<Path> files = Files.walk(filings)) {
            // The fragments (25, 26) stop before their indicators' results: the check reports what is missing.
            files.filter(f -> f.getParent().getFileName().toString().equals("results"))
                    .filter(f -> f.toString().contains("/13-") || f.toString().contains("/27-")).sorted()
                    .forEach(results::add);
        }
        assertThat(results).hasSize(2);
        for (Path file : results) {
            assertThat(validate("result.schema.json", file)).as(file.toString()).isEmpty();
        }
        JsonNode broken = YAML.readTree(results.get(0).toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken).put("totalscore", 96);
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("indicators").get(0)).remove("actual");
        assertThat(schema("result.schema.json").validate(broken))
                .extracting(m -> m.getInstanceLocation().toString()).containsOnly("$", "$.indicators[0]");
    }

    @Test
    void theDepartmentSchemaHasExactlyTheLoadersKeys() throws IOException {
        JsonNode department = JSON.readTree(SCHEMAS.resolve("department.schema.json").toFile());
        assertKeys(department, FormSchema.Part.DEPARTMENT);
        assertKeys(department.at("/$defs/funds"), FormSchema.Part.DEPARTMENT_FUNDS);
        assertKeys(department.at("/$defs/funds/properties/items/items"), FormSchema.Part.DEPARTMENT_ITEM);
        assertKeys(department.at("/properties/previous-years/items"), FormSchema.Part.PREVIOUS_YEAR);
        assertKeys(department.at("/properties/tasks/items"), FormSchema.Part.TASK);
    }

    @Test
    void theDepartmentFormsValidateAndTheSchemaRefusesWhatTheLoaderRefuses() throws IOException {
        Path fixture = Path.of("src/test/resources/fixtures/department/department.yaml");
        assertThat(validate("department.schema.json", fixture)).isEmpty();
        for (String filing : List.of("19-guangshui-education-bureau", "20-guangshui-government-office")) {
            // The real filings stop before their goals and indicators, which the schema requires, as the check does.
            assertThat(validate("department.schema.json", Path.of("src/test/resources/filings", filing, "content", "department.yaml")))
                    .extracting(m -> m.getMessage()).as(filing).contains("$: required property 'goals' not found",
                            "$: required property 'indicators' not found");
        }
        JsonNode department = YAML.readTree(fixture.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) department.at("/income/items/0")).put("share", "192%");
        ((com.fasterxml.jackson.databind.node.ObjectNode) department).put("dutys", "x");
        assertThat(schema("department.schema.json").validate(department))
                .extracting(m -> m.getInstanceLocation().toString()).containsOnly("$", "$.income.items[0].share");
    }

    private static void assertKeys(JsonNode object, FormSchema.Part part) {
        List<String> keys = new ArrayList<>();
        object.get("properties").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).as(part.name()).containsExactlyElementsOf(
                part.fields().stream().map(FormSchema.Field::key).toList());
        Set<String> required = new TreeSet<>();
        if (object.has("required")) {
            object.get("required").forEach(k -> required.add(k.asText()));
        }
        assertThat(required).as(part.name() + " required").isEqualTo(new TreeSet<>(
                part.fields().stream().filter(FormSchema.Field::required).map(FormSchema.Field::key).toList()));
        object.get("properties").properties().forEach(e -> assertThat(e.getValue().path("description").asText())
                .as(e.getKey()).startsWith(part.field(e.getKey()).orElseThrow().formName()));
    }

    private static JsonNode builtIn(String resource) throws IOException {
        try (InputStream in = PublishedSchemaTest.class.getResourceAsStream("/org/gongkai/disclosure/" + resource)) {
            return YAML.readTree(in);
        }
    }
}
