package org.gongkai.disclosure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packages follow the pipeline and depend one way: the model at the bottom, then diagnostics, loading and
 * checking; the output side (atomic writing, the comparison of years, the downloads, the search index, the pages);
 * the engine that runs them all; and on top
 * the Maven goals and the preview, the only code that knows Maven or HTTP.
 */
class ArchitectureTest {

    private static final String BASE = "org.gongkai.disclosure";

    /** Each package and the packages of ours it may use. */
    static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("model", Set.of());
        ALLOWED.put("diag", Set.of("model"));
        ALLOWED.put("load", Set.of("model", "diag"));
        ALLOWED.put("sheets", Set.of("model", "diag", "load"));
        ALLOWED.put("check", Set.of("model", "diag"));
        ALLOWED.put("write", Set.of());
        ALLOWED.put("compare", Set.of("model", "write"));
        ALLOWED.put("data", Set.of("model", "write", "compare"));
        ALLOWED.put("search", Set.of("model", "write"));
        ALLOWED.put("review", Set.of("model", "diag", "load", "write", "data"));
        ALLOWED.put("render", Set.of("model", "diag", "data", "review", "write", "compare", "search"));
        ALLOWED.put("engine", Set.of("model", "diag", "load", "check", "data", "review", "render", "write", "compare",
                "search"));
        ALLOWED.put("preview", Set.of("model", "diag", "write", "engine"));
        ALLOWED.put("start", Set.of("model"));
        ALLOWED.put("maven", Set.of("model", "diag", "check", "engine", "preview", "start", "sheets"));
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    static List<String> packages() {
        return List.copyOf(ALLOWED.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void eachPackageUsesOnlyThePackagesBelowIt(String name) {
        String[] forbidden = ALLOWED.keySet().stream()
                .filter(other -> !other.equals(name) && !ALLOWED.get(name).contains(other))
                .map(other -> BASE + "." + other + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage(BASE + "." + name + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .because("dependencies run one way, in the order of the pipeline")
                .check(classes);
    }

    @Test
    void everyClassIsInOneOfThePipelinesPackages() {
        assertThat(classes.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith(BASE + ".") || p.equals(BASE)).distinct()
                .filter(p -> ALLOWED.keySet().stream().noneMatch(name -> p.equals(BASE + "." + name)
                        || p.startsWith(BASE + "." + name + "."))))
                .as("packages outside the pipeline's").isEmpty();
    }

    @Test
    void onlyTheMavenGoalsKnowMaven() {
        noClasses().that().resideOutsideOfPackages(BASE + ".maven..", "org.gongkai.disclosure_maven_plugin..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.maven..")
                .check(classes);
    }

    @Test
    void thePackagesHaveNoCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
