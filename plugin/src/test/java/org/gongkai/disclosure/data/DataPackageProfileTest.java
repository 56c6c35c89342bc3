package org.gongkai.disclosure.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.model.Provenance;
import org.gongkai.disclosure.model.SiteOptions;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code datapackage.json} is valid for the profiles it declares, checked by a real validator against the official
 * Frictionless Data Package v1 JSON Schemas (in {@code src/test/resources/frictionless}, see its README).
 */
class DataPackageProfileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path project;

    static JsonNode seed;

    @BeforeAll
    static void generate() throws IOException {
        SiteFixture site = new SiteFixture(ContentFixture.seed(project.resolve("seed"))).generated();
        seed = JSON.readTree(site.tree().get("data/datapackage.json"));
    }

    /** A profile's JSON Schema, found by its id in the Frictionless registry. */
    private static JsonSchema profile(String id) {
        JsonNode registry = resource("registry.json");
        for (JsonNode entry : registry) {
            if (entry.path("id").asText().equals(id)) {
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                        .getSchema(resource(entry.path("schema_path").asText()));
            }
        }
        throw new AssertionError("No Frictionless profile " + id);
    }

    private static JsonNode resource(String name) {
        try (InputStream in = DataPackageProfileTest.class.getResourceAsStream("/frictionless/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every message of the package's own profile and of each resource's (the specification's defaults when none
     * is declared), sorted, each resource's with its place before it.
     */
    private static List<String> validate(JsonNode pkg) {
        Set<String> messages = new TreeSet<>();
        profile(pkg.path("profile").asText("data-package")).validate(pkg).stream().map(ValidationMessage::getMessage)
                .forEach(messages::add);
        JsonNode resources = pkg.path("resources");
        for (int i = 0; i < resources.size(); i++) {
            String at = "resources[" + i + "] ";
            profile(resources.get(i).path("profile").asText("data-resource")).validate(resources.get(i)).stream()
                    .map(m -> at + m.getMessage()).forEach(messages::add);
        }
        return List.copyOf(messages);
    }

    @Test
    void theSeedsDataPackageIsValidForItsProfiles() {
        assertThat(seed.path("profile").asText()).isEqualTo("data-package");
        assertThat(seed.path("resources")).extracting(r -> r.path("name").asText() + ": " + r.path("profile").asText())
                .containsExactly("projects: tabular-data-resource", "indicators: tabular-data-resource",
                        "disclosure: data-resource", "changes: tabular-data-resource");
        assertThat(validate(seed)).isEmpty();
    }

    @Test
    void aDataPackageWithItsLicenceAndSourceIsValidForItsProfiles(@TempDir Path dir) throws IOException {
        SiteOptions options = new SiteOptions(null, null, null, null, new Provenance("CC-BY-4.0",
                "https://creativecommons.org/licenses/by/4.0/", "松江区财政局", "https://example.org/2024.pdf"));
        SiteFixture site = new SiteFixture(ContentFixture.minimal(dir)).options(options).generated();
        JsonNode pkg = JSON.readTree(site.tree().get("data/datapackage.json"));
        assertThat(pkg.at("/licenses/0/name").asText()).isEqualTo("CC-BY-4.0");
        assertThat(pkg.at("/sources/0/path").asText()).isEqualTo("https://example.org/2024.pdf");
        assertThat(validate(pkg)).isEmpty();
    }

    @Test
    void aDepartmentsTablesAreValidForTheirProfiles(@TempDir Path dir) throws IOException {
        SiteFixture site = new SiteFixture(ContentFixture.department(dir)).generated();
        JsonNode pkg = JSON.readTree(site.tree().get("data/datapackage.json"));
        assertThat(pkg.path("resources")).extracting(r -> r.path("name").asText() + " " + r.at("/schema/primaryKey"))
                .containsExactly("department [\"year\",\"part\",\"position\"]", "department-tasks [\"position\"]",
                        "department-indicators [\"position\"]", "projects [\"id\"]",
                        "indicators [\"project_id\",\"position\"]", "disclosure ", "changes ");
        assertThat(pkg.at("/resources/0/schema/foreignKeys").isMissingNode()).isTrue();
        assertThat(validate(pkg)).isEmpty();
    }

    @Test
    void theOldTabularPackageProfileIsInvalidBecauseTheJsonResourceHasNoTableSchema() {
        ObjectNode old = seed.deepCopy();
        old.put("profile", "tabular-data-package");
        ((ObjectNode) old.at("/resources/2")).remove("profile");
        // The profile requires a schema and a profile of every resource, with its data or its path.
        assertThat(validate(old)).containsExactly(
                "$.resources[2]: must be valid to one and only one schema, but 0 are valid",
                "$.resources[2]: required property 'data' not found",
                "$.resources[2]: required property 'profile' not found",
                "$.resources[2]: required property 'schema' not found");
    }

    /**
     * The profiles allow keys they do not define, so a misspelt key would pass the validator: every key written
     * must be one the profile defines, or one of the Fiscal Data Package's that the package uses on purpose.
     */
    @Test
    void everyKeyTheDataPackageWritesIsOneItsProfileDefines() {
        JsonNode dataPackage = resource("data-package.json");
        JsonNode tabular = resource("tabular-data-resource.json");
        assertThat(keys(seed)).isSubsetOf(union(keys(dataPackage.path("properties")), List.of("countryCode",
                "fiscalPeriod")));
        assertThat(keys(seed.path("sources").get(0))).isSubsetOf(keys(dataPackage.at("/properties/sources/items/properties")));
        assertThat(keys(seed.path("resources").get(2)))
                .isSubsetOf(keys(resource("data-resource.json").path("properties")));
        JsonNode schema = tabular.at("/properties/schema/properties");
        for (JsonNode csv : List.of(seed.path("resources").get(0), seed.path("resources").get(1),
                seed.path("resources").get(3))) {
            assertThat(keys(csv)).isSubsetOf(keys(tabular.path("properties")));
            assertThat(keys(csv.path("dialect"))).isSubsetOf(keys(tabular.at("/properties/dialect/properties")));
            assertThat(keys(csv.path("schema"))).isSubsetOf(keys(schema));
            for (JsonNode field : csv.at("/schema/fields")) {
                assertThat(keys(field)).as(field.path("name").asText())
                        .isSubsetOf(union(keys(fieldProfile(schema, field.path("type").asText())), List.of("columnType")));
            }
        }
    }

    /** The properties of the Table Schema field of that type. */
    private static JsonNode fieldProfile(JsonNode schema, String type) {
        for (JsonNode field : schema.at("/fields/items/anyOf")) {
            for (JsonNode allowed : field.at("/properties/type/enum")) {
                if (allowed.asText().equals(type)) {
                    return field.path("properties");
                }
            }
        }
        throw new AssertionError("No Table Schema field of type " + type);
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            keys.add(names.next());
        }
        assertThat(keys).isNotEmpty();
        return keys;
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
