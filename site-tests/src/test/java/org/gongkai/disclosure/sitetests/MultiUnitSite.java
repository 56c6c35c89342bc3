package org.gongkai.disclosure.sitetests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
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
 * A site of several units and years, made with the benchmark's content generator: the page types a single
 * declaration does not have (the site's index, paged indexes with a filter box, links to other years).
 */
final class MultiUnitSite {

    private static Path site;

    private MultiUnitSite() {
    }

    static synchronized Path directory() {
        if (site == null) {
            Path work = GeneratedSite.workDirectory("multi-unit");
            Path content = work.resolve("content");
            Path output = work.resolve("site");
            try {
                if (!Files.exists(content)) {
                    // The generator is a single-file program in bench/, in the default package.
                    Class.forName("GenerateContent").getMethod("main", String[].class).invoke(null,
                            (Object) new String[] {"--projects", "400", "--seed", "7", "--out", content.toString()});
                }
                Settings settings = Settings.forProject(work).withContentDir(content);
                var report = new Engine(settings, ProgressListener.SILENT)
                        .generate(new SiteSettings(output, null, SiteOptions.NONE));
                if (!report.generated()) {
                    throw new IllegalStateException("The generated content has errors: " + report.check().diagnostics());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException
                    | InvocationTargetException | ConfigurationException e) {
                throw new IllegalStateException(e);
            }
            site = output;
        }
        return site;
    }

    /** The generated content the site was made from. */
    static Path content() {
        directory();
        return GeneratedSite.workDirectory("multi-unit").resolve("content");
    }

    /**
     * One page of each kind the multi-unit site adds, in both languages: the site index, a paged declaration index,
     * a project page linking other years; then a project page compared with last year, the index of a unit compared
     * with last year, and a page of the indicators of all projects.
     */
    static List<String> pageTypes() {
        Path dir = directory();
        String paged = firstMatching(dir, "zh", "index-2.html");
        String withYears = firstWithOtherYears(dir);
        String changed = firstHolding(dir, "/projects/", "class=\"changes\"");
        String compared = firstHolding(dir, "/index.html", "class=\"compare-totals\"");
        String indicators = compared.replace("/index.html", "/indicators.html");
        return List.of("index.html", "zh/index.html", "en/index.html",
                paged, paged.replaceFirst("^zh/", "en/"),
                withYears, withYears.replaceFirst("^zh/", "en/"),
                changed, changed.replaceFirst("^zh/", "en/"),
                compared, compared.replaceFirst("^zh/", "en/"),
                indicators, indicators.replaceFirst("^zh/", "en/"));
    }

    /** The first Chinese page (in path order) whose path contains {@code part} and whose HTML holds {@code text}. */
    static String firstHolding(Path dir, String part, String text) {
        try (Stream<Path> files = Files.walk(dir.resolve("zh"))) {
            return files.filter(f -> f.toString().contains(part)).sorted()
                    .filter(f -> {
                        try {
                            return Files.readString(f).contains(text);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).findFirst()
                    .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .orElseThrow(() -> new IllegalStateException("No page holds " + text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstMatching(Path dir, String language, String name) {
        try (Stream<Path> files = Files.walk(dir.resolve(language))) {
            return files.filter(f -> f.getFileName().toString().equals(name)).sorted().findFirst()
                    .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .orElseThrow(() -> new IllegalStateException("No " + name + " in the multi-unit site"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstWithOtherYears(Path dir) {
        try (Stream<Path> files = Files.walk(dir.resolve("zh"))) {
            return files.filter(f -> f.toString().contains("/projects/")).sorted()
                    .filter(f -> {
                        try {
                            return Files.readString(f).contains("class=\"other-years\"");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).findFirst()
                    .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .orElseThrow(() -> new IllegalStateException("No project page links other years"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
