package org.gongkai.disclosure.maven;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyFilter;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * Apache POI and pinyin4j, which only {@code disclosure:import} needs, put on the plugin's class path when the import
 * runs. They are provided dependencies of the plugin, so that Maven neither resolves their 14 jars for every other
 * goal (an eighth of a small build's time) nor downloads their 19.1 MiB before the first import. The import resolves
 * them, with what they bring, from the repositories Maven takes plugins from, and adds the jars to the plugin's class
 * loader before the first class that uses them is loaded.
 */
final class ImportLibraries {

    /** The list of libraries in the plugin's jar, filled in from its POM when it is built. */
    static final String LIST = "import-libraries.txt";

    /** A library: its Maven coordinates ({@code groupId:artifactId:version}), and a class that shows it is loadable. */
    record Library(String coordinates, String probeClass) {
    }

    private static final DependencyFilter RUNTIME = (node, parents) -> node.getDependency() == null
            || Set.of("compile", "runtime").contains(node.getDependency().getScope());

    private ImportLibraries() {
    }

    /** The libraries the import needs, as the plugin's jar lists them. */
    static List<Library> needed() {
        try (InputStream in = ImportLibraries.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("the plugin's jar has no " + LIST);
            }
            List<Library> libraries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length == 2 && !parts[0].startsWith("#")) {
                    libraries.add(new Library(parts[0], parts[1]));
                }
            }
            return libraries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes every library loadable from {@code loader}: resolves, with what they bring at run time, those whose probe
     * class it cannot load (none when a POM gives the plugin POI as a dependency of its own, or in the plugin's own
     * tests), and hands each jar the loader does not have yet to {@code addToLoader}. Returns the jars handed over.
     */
    static List<URL> provide(List<Library> libraries, ClassLoader loader, Consumer<URL> addToLoader,
            RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories)
            throws DependencyResolutionException {
        // One import at a time adds to a loader: a parallel build runs goals of several modules in one plugin realm.
        synchronized (loader) {
            CollectRequest collect = new CollectRequest();
            for (Library library : libraries) {
                if (!loadable(library.probeClass(), loader)) {
                    collect.addDependency(new Dependency(new DefaultArtifact(library.coordinates()), "runtime"));
                }
            }
            if (collect.getDependencies().isEmpty()) {
                return List.of();
            }
            collect.setRepositories(repositories);
            List<ArtifactResult> resolved = system.resolveDependencies(session, new DependencyRequest(collect, RUNTIME))
                    .getArtifactResults();
            Set<String> present = new HashSet<>();
            if (loader instanceof java.net.URLClassLoader urls) {
                Arrays.stream(urls.getURLs()).map(URL::toExternalForm).forEach(present::add);
            }
            List<URL> added = new ArrayList<>();
            for (ArtifactResult result : resolved) {
                URL url = url(result);
                if (present.add(url.toExternalForm())) {
                    addToLoader.accept(url);
                    added.add(url);
                }
            }
            return added;
        }
    }

    private static URL url(ArtifactResult result) {
        try {
            return result.getArtifact().getFile().toURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean loadable(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
