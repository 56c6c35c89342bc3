package org.gongkai.disclosure.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.gongkai.disclosure.diag.ProgressListener;
import org.gongkai.disclosure.engine.ConfigurationException;
import org.gongkai.disclosure.engine.Engine;
import org.gongkai.disclosure.engine.GenerateReport;
import org.gongkai.disclosure.engine.SiteSettings;
import org.gongkai.disclosure.model.SiteOptions;

/** Generates a site from a {@link ContentFixture} and reads it back: pages parsed with jsoup, files as bytes. */
public final class SiteFixture {

    private final ContentFixture content;
    private Path output;
    private SiteOptions options = SiteOptions.NONE;
    private Path themeDir;
    private boolean drafts;

    public SiteFixture(ContentFixture content) {
        this.content = content;
        this.output = content.projectDir().resolve("target/disclosure");
    }

    public SiteFixture options(SiteOptions options) {
        this.options = options;
        return this;
    }

    /** Writes the site into {@code dir} instead of the project's target/disclosure. */
    public SiteFixture output(Path dir) {
        this.output = dir;
        return this;
    }

    /** Generates as the preview does: drafts published too, each page of theirs with the draft band. */
    public SiteFixture preview() {
        this.drafts = true;
        return this;
    }

    public SiteFixture theme(Path dir) {
        this.themeDir = dir;
        return this;
    }

    public ContentFixture content() {
        return content;
    }

    public Path output() {
        return output;
    }

    public GenerateReport generate() {
        return generate(true);
    }

    /** Generates the whole site, reusing nothing from the published build. */
    public GenerateReport generateFull() {
        return generate(false);
    }

    private GenerateReport generate(boolean incremental) {
        try {
            return generateOrThrow(incremental);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Generates incrementally, passing a configuration that cannot work on to the test. */
    public GenerateReport generateOrThrow() throws IOException, ConfigurationException {
        return generateOrThrow(true);
    }

    private GenerateReport generateOrThrow(boolean incremental) throws IOException, ConfigurationException {
        return new Engine(content.settings(), ProgressListener.SILENT)
                .generate(new SiteSettings(output, themeDir, options, drafts), incremental);
    }

    /** Generates and fails the test if the content has errors. */
    public SiteFixture generated() {
        GenerateReport report = generate();
        if (!report.generated()) {
            throw new AssertionError("Content has errors: " + content.check());
        }
        return this;
    }

    public Document page(String path) {
        try {
            Path file = output.resolve(path);
            return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text(String path) {
        try {
            return Files.readString(output.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of the site, by path relative to its root, with its bytes. */
    public Map<String, byte[]> tree() {
        return tree(output);
    }

    public static Map<String, byte[]> tree(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public List<String> htmlPages() {
        return tree().keySet().stream().filter(p -> p.endsWith(".html")).toList();
    }
}
