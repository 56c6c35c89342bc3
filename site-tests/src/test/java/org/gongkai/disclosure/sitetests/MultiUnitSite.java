package org.gongkai.disclosure.sitetests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * declaration does not have (the site's index, paged indexes with a filter box, links to other years). It is made as
 * the preview makes it, with the footer's facts set in {@code site.yaml} and last year's declarations marked draft,
 * so that the footer and the draft band are checked in the real tools too.
 */
final class MultiUnitSite {

    private static Path site;

    /** Every fact of the footer (国办发〔2017〕47号), as a site would set them. */
    private static final String FOOTER = """
            organizer: {zh: 上海市财政局（示例）, en: Shanghai Municipal Finance Bureau (example)}
            address: {zh: 示例路1号, en: 1 Example Road}
            phone: 021-00000000
            id-code: "3100000000"
            icp: 沪ICP备00000000号
            public-security: 沪公网安备31000000000000号
            party-government-mark: https://bszs.conac.cn/
            error-report: https://zfwzzc.www.gov.cn/
            original-filing: https://example.gov.cn/jxmb.pdf
            """;

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
                    Files.writeString(content.resolve("site.yaml"), FOOTER, StandardOpenOption.APPEND);
                    try (Stream<Path> folders = Files.list(content)) {
                        for (Path folder : folders.filter(f -> f.getFileName().toString().endsWith("-2023")).toList()) {
                            Files.writeString(folder.resolve("declaration.yaml"), "draft: true\n", StandardOpenOption.APPEND);
                        }
                    }
                }
                Settings settings = Settings.forProject(work).withContentDir(content);
                var report = new Engine(settings, ProgressListener.SILENT)
                        .generate(new SiteSettings(output, null, SiteOptions.NONE, true));
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

    /** One page of each kind the multi-unit site adds, in both languages. */
    static List<String> pageTypes() {
        Path dir = directory();
        String paged = firstMatching(dir, "zh", "index-2.html");
        String withYears = firstWithOtherYears(dir);
        return List.of("index.html", "zh/index.html", "en/index.html",
                paged, paged.replaceFirst("^zh/", "en/"),
                withYears, withYears.replaceFirst("^zh/", "en/"));
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
