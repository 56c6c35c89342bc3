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

/**
 * The finance bureau's review reports that {@code disclosure:review} writes: of the bundled Songjiang content (one
 * declaration, its findings on its first page) and of the multi-unit content (a table of units, a page per
 * declaration, pages of a hundred projects).
 */
final class ReviewReports {

    private static Path songjiang;
    private static Path multiUnit;

    private ReviewReports() {
    }

    static synchronized Path songjiang() {
        if (songjiang == null) {
            Path content = Path.of(System.getProperty("content.directory", "../site-content/src/disclosure"))
                    .toAbsolutePath().normalize();
            songjiang = review(content.getParent().getParent(), content, GeneratedSite.workDirectory("review-songjiang"));
        }
        return songjiang;
    }

    static synchronized Path multiUnit() {
        if (multiUnit == null) {
            MultiUnitSite.directory(); // generates the content, if it is not there yet
            Path work = GeneratedSite.workDirectory("multi-unit");
            multiUnit = review(work, work.resolve("content"), GeneratedSite.workDirectory("review-multi-unit"));
        }
        return multiUnit;
    }

    private static Path review(Path project, Path content, Path work) {
        Path output = work.resolve("report");
        try {
            var outcome = new Engine(Settings.forProject(project).withContentDir(content), ProgressListener.SILENT)
                    .review(output);
            if (!outcome.written() || !outcome.check().passed()) {
                throw new IllegalStateException("The review was not written: " + outcome.check().diagnostics());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return output;
    }

    private static Path summarySite;

    /**
     * The multi-unit site published with {@code review-summary: true} in its {@code site.yaml}: each declaration's
     * index shows the summary of its review. Made from a copy of the multi-unit content.
     */
    static synchronized Path siteWithSummaries() {
        if (summarySite == null) {
            MultiUnitSite.directory();
            Path source = GeneratedSite.workDirectory("multi-unit").resolve("content");
            Path work = GeneratedSite.workDirectory("review-summary-site");
            Path content = work.resolve("content");
            Path output = work.resolve("site");
            try {
                if (!Files.exists(content)) {
                    try (Stream<Path> files = Files.walk(source)) {
                        for (Path file : files.toList()) {
                            Path target = content.resolve(source.relativize(file).toString());
                            if (Files.isDirectory(file)) {
                                Files.createDirectories(target);
                            } else {
                                Files.copy(file, target);
                            }
                        }
                    }
                    Files.writeString(content.resolve("site.yaml"), "review-summary: true\n",
                            java.nio.file.StandardOpenOption.APPEND);
                }
                var report = new Engine(Settings.forProject(work).withContentDir(content), ProgressListener.SILENT)
                        .generate(new org.gongkai.disclosure.engine.SiteSettings(output, null,
                                org.gongkai.disclosure.model.SiteOptions.NONE));
                if (!report.generated()) {
                    throw new IllegalStateException("The site was not generated: " + report.check().diagnostics());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ConfigurationException e) {
                throw new IllegalStateException(e);
            }
            summarySite = output;
        }
        return summarySite;
    }

    /** Every page of a report, relative to its root, in a stable order. */
    static List<String> pages(Path report) {
        try (Stream<Path> files = Files.walk(report)) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> report.relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page of each kind of the multi-unit report in both languages: the units, a declaration, its second page. */
    static List<String> multiUnitPageTypes() {
        String second = pages(multiUnit()).stream().filter(p -> p.startsWith("zh/") && p.endsWith("/page-2.html"))
                .findFirst().orElseThrow(() -> new IllegalStateException("No declaration of the multi-unit report has "
                        + "a second page"));
        String declaration = second.replace("page-2.html", "index.html");
        return List.of("zh/index.html", "en/index.html", declaration, declaration.replaceFirst("^zh/", "en/"), second,
                second.replaceFirst("^zh/", "en/"));
    }
}
