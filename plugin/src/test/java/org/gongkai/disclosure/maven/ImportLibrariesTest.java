package org.gongkai.disclosure.maven;

import java.io.File;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import net.sourceforge.pinyin4j.PinyinHelper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.codehaus.plexus.classworlds.ClassWorld;
import org.codehaus.plexus.classworlds.realm.ClassRealm;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.resolution.DependencyResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The spreadsheet reader, resolved and put on the plugin's class path only when the import runs. */
class ImportLibrariesTest {

    /** What the stand-in repository system was asked for, one list of coordinates per resolution. */
    private final List<List<String>> asked = new ArrayList<>();

    /** A repository system that resolves each library to the jar the tests themselves load it from. */
    private RepositorySystem system(File... jars) {
        return (RepositorySystem) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {RepositorySystem.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("resolveDependencies")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    DependencyRequest request = (DependencyRequest) args[1];
                    CollectRequest collect = request.getCollectRequest();
                    asked.add(collect.getDependencies().stream()
                            .map(d -> d.getArtifact().toString() + " " + d.getScope()).toList());
                    if (jars.length == 0) {
                        throw new DependencyResolutionException(new DependencyResult(request),
                                "Cannot access central in offline mode", null);
                    }
                    List<ArtifactResult> results = new ArrayList<>();
                    for (File jar : jars) {
                        ArtifactResult result = new ArtifactResult(new ArtifactRequest());
                        result.setArtifact(new DefaultArtifact("test:" + jar.getName() + ":1").setFile(jar));
                        results.add(result);
                    }
                    return new DependencyResult(request).setArtifactResults(results);
                });
    }

    private static File jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** A plugin realm without the libraries, as Maven makes one from the plugin's POM. */
    private static ClassRealm bareRealm() throws Exception {
        return new ClassWorld().newRealm("plugin", ClassLoader.getPlatformClassLoader());
    }

    @Test
    void theJarListsTheVersionsThePluginIsBuiltAndTestedWith() {
        assertThat(ImportLibraries.needed()).containsExactly(
                new ImportLibraries.Library("org.apache.poi:poi-ooxml:" + org.apache.poi.Version.getVersion(),
                        XSSFWorkbook.class.getName()),
                new ImportLibraries.Library("com.belerweb:pinyin4j:2.5.1", PinyinHelper.class.getName()));
    }

    @Test
    void resolvesWhatTheRealmLacksAndAddsEachJarOnce() throws Exception {
        ClassRealm realm = bareRealm();
        File ooxml = jarOf(XSSFWorkbook.class);
        File poi = jarOf(org.apache.poi.ss.usermodel.Workbook.class);
        File pinyin = jarOf(PinyinHelper.class);
        assertThat(realm.getURLs()).isEmpty();

        List<URL> added = ImportLibraries.provide(ImportLibraries.needed(), realm, realm::addURL,
                system(ooxml, poi, pinyin, poi), null, List.of());

        assertThat(asked).containsExactly(List.of(
                "org.apache.poi:poi-ooxml:jar:" + org.apache.poi.Version.getVersion() + " runtime",
                "com.belerweb:pinyin4j:jar:2.5.1 runtime"));
        List<URL> jars = List.of(ooxml.toURI().toURL(), poi.toURI().toURL(), pinyin.toURI().toURL());
        assertThat(added).isEqualTo(jars);
        assertThat(realm.getURLs()).containsExactlyElementsOf(jars);
        Class<?> helper = Class.forName(PinyinHelper.class.getName(), false, realm);
        assertThat(helper.getClassLoader()).isSameAs(realm);
        assertThat(Class.forName(XSSFWorkbook.class.getName(), false, realm).getClassLoader()).isSameAs(realm);

        // The next import in the same realm (another module of the build) finds them there and resolves nothing.
        assertThat(ImportLibraries.provide(ImportLibraries.needed(), realm, realm::addURL, system(poi), null, List.of()))
                .isEmpty();
        assertThat(asked).hasSize(1);
    }

    @Test
    void asksOnlyForTheLibrariesTheRealmCannotLoad() throws Exception {
        ClassRealm realm = bareRealm();
        File pinyin = jarOf(PinyinHelper.class);
        realm.addURL(pinyin.toURI().toURL());

        List<URL> added = ImportLibraries.provide(ImportLibraries.needed(), realm, realm::addURL,
                system(jarOf(XSSFWorkbook.class), pinyin), null, List.of());

        assertThat(asked).containsExactly(List.of(
                "org.apache.poi:poi-ooxml:jar:" + org.apache.poi.Version.getVersion() + " runtime"));
        // pinyin4j's jar, which the realm has, is not added again, even though the resolution lists it.
        assertThat(added).containsExactly(jarOf(XSSFWorkbook.class).toURI().toURL());
    }

    @Test
    void aLoaderThatHasThemAlreadyNeedsNoRepository() throws Exception {
        // As in the plugin's own tests, or where a POM gives the plugin POI as a dependency of its own.
        List<URL> added = ImportLibraries.provide(ImportLibraries.needed(), getClass().getClassLoader(), url -> {
            throw new AssertionError("nothing to add");
        }, system(), null, List.of());
        assertThat(added).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void aLibraryThatCannotBeResolvedFailsWithTheResolversReasonAndAddsNothing() throws Exception {
        ClassRealm realm = bareRealm();
        assertThatThrownBy(() -> ImportLibraries.provide(ImportLibraries.needed(), realm, realm::addURL, system(), null,
                List.of())).isInstanceOf(DependencyResolutionException.class).hasMessageContaining("offline mode");
        assertThat(realm.getURLs()).isEmpty();
    }

    @Test
    void thePluginsOwnDependenciesDoNotIncludeTheSpreadsheetReader() throws Exception {
        // The plugin's POM, as Maven reads it to build the class path of every goal: POI and pinyin4j are provided.
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        for (String artifact : List.of("poi-ooxml", "pinyin4j")) {
            int at = pom.indexOf("<artifactId>" + artifact + "</artifactId>");
            assertThat(at).as(artifact).isPositive();
            String dependency = pom.substring(at, pom.indexOf("</dependency>", at));
            assertThat(dependency).as(artifact).contains("<scope>provided</scope>");
        }
    }
}
