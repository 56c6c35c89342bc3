package org.gongkai.disclosure.sitetests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.gongkai.disclosure.diag.ProgressListener;
import org.gongkai.disclosure.engine.ConfigurationException;
import org.gongkai.disclosure.engine.Engine;
import org.gongkai.disclosure.engine.GenerateReport;
import org.gongkai.disclosure.engine.Settings;
import org.gongkai.disclosure.engine.SiteSettings;
import org.gongkai.disclosure.load.LoadedContent;
import org.gongkai.disclosure.model.SiteOptions;

/** The Songjiang site that the build generated in {@code site-content/target/disclosure}, and its data. */
final class GeneratedSite {

    private GeneratedSite() {
    }

    static Path directory() {
        Path dir = Path.of(System.getProperty("site.directory", "../site-content/target/disclosure")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("index.html"))) {
            throw new IllegalStateException("No generated site in " + dir + ": run the build from the repository root "
                    + "(mvn verify), which generates it in site-content before these tests");
        }
        return dir;
    }

    /** Every HTML page of the site, as paths relative to its root, in a stable order. */
    static List<String> pages() {
        Path dir = directory();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled content as the plugin reads it: the figures the pages must show. */
    static LoadedContent content() {
        Path contentDir = Path.of(System.getProperty("content.directory", "../site-content/src/disclosure"))
                .toAbsolutePath().normalize();
        Settings settings = Settings.forProject(contentDir.getParent().getParent()).withContentDir(contentDir);
        try {
            return new Engine(settings, ProgressListener.SILENT).load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path workDirectory(String name) {
        Path dir = Path.of(System.getProperty("work.directory", "target/work")).resolve(name).toAbsolutePath();
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies every file under {@code from} to the same place under {@code to}, replacing what is there. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * Generates the site of {@code content} (in the project folder {@code work}) into {@code output}, as the preview
     * does when {@code drafts}; content errors fail the test run, naming what generated it ({@code what}).
     */
    static GenerateReport generate(Path work, Path content, Path output, boolean drafts,
            String what) throws IOException {
        try {
            var report = new Engine(Settings.forProject(work).withContentDir(content), ProgressListener.SILENT)
                    .generate(new SiteSettings(output, null,
                            SiteOptions.NONE, drafts));
            if (!report.generated()) {
                throw new IllegalStateException(what + " has errors: " + report.check().diagnostics());
            }
            return report;
        } catch (ConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
