package org.gongkai.disclosure.sitetests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.gongkai.disclosure.diag.ProgressListener;
import org.gongkai.disclosure.engine.ConfigurationException;
import org.gongkai.disclosure.engine.Engine;
import org.gongkai.disclosure.engine.Settings;
import org.gongkai.disclosure.engine.SiteSettings;
import org.gongkai.disclosure.model.SiteOptions;

/**
 * The site of the example of invented self-evaluations, {@code examples/results-demo}: a declaration of three
 * projects, two of them with their results beside the targets, the third still to come; every page marked as an
 * example.
 */
final class ExampleResultsSite {

    /** Every page of the site but the landing and 404 pages, in both languages. */
    static final List<String> PAGES = List.of(
            "zh/index.html", "en/index.html",
            "zh/projects/rural-water.html", "en/projects/rural-water.html",
            "zh/projects/flood-patrols.html", "en/projects/flood-patrols.html",
            "zh/projects/river-cleaning.html", "en/projects/river-cleaning.html",
            "index.html", "404.html");

    private static Path site;

    private ExampleResultsSite() {
    }

    static synchronized Path directory() {
        if (site == null) {
            Path work = GeneratedSite.workDirectory("results-demo");
            Path content = work.resolve("content");
            Path output = work.resolve("site");
            Path example = Path.of(System.getProperty("examples.directory", "../examples")).resolve("results-demo")
                    .toAbsolutePath().normalize();
            try {
                copy(example, content);
                Settings settings = Settings.forProject(work).withContentDir(content);
                var report = new Engine(settings, ProgressListener.SILENT)
                        .generate(new SiteSettings(output, null, SiteOptions.NONE, false));
                if (!report.generated() || !report.check().diagnostics().isEmpty()) {
                    throw new IllegalStateException("The example has diagnostics: " + report.check().diagnostics());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ConfigurationException e) {
                throw new IllegalStateException(e);
            }
            site = output;
        }
        return site;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
