package org.gongkai.disclosure.sitetests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

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
                GeneratedSite.copyTree(example, content);
                var report = GeneratedSite.generate(work, content, output, false, "The example");
                if (!report.check().diagnostics().isEmpty()) {
                    throw new IllegalStateException("The example has diagnostics: " + report.check().diagnostics());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            site = output;
        }
        return site;
    }
}
