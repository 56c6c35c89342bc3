package org.gongkai.disclosure.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.disclosure.check.TranslationPolicy;
import org.gongkai.disclosure.diag.DiagnosticFormatter;
import org.gongkai.disclosure.diag.MessageCatalog;
import org.gongkai.disclosure.diag.ProgressListener;
import org.gongkai.disclosure.engine.CheckReport;
import org.gongkai.disclosure.engine.Engine;
import org.gongkai.disclosure.engine.Settings;
import org.gongkai.disclosure.model.Language;

/**
 * A content folder in a temporary project, made from the small valid fixture and then edited by a test.
 * Runs the real engine and returns diagnostics formatted exactly as users see them.
 */
public final class ContentFixture {

    public static final String PROJECT = "projects/01-sample.yaml";
    public static final String DECLARATION = "declaration.yaml";
    public static final String DEPARTMENT = "department.yaml";

    private final Path projectDir;
    private final Path contentDir;
    private TranslationPolicy translations = TranslationPolicy.ERROR;

    private ContentFixture(Path projectDir) {
        this.projectDir = projectDir;
        this.contentDir = projectDir.resolve("src/disclosure");
    }

    /** A valid declaration with one project (see {@code fixtures/minimal}). */
    public static ContentFixture minimal(Path projectDir) {
        ContentFixture fixture = new ContentFixture(projectDir);
        fixture.write(DECLARATION, resource("fixtures/minimal/declaration.yaml"));
        fixture.write(PROJECT, resource("fixtures/minimal/projects/01-sample.yaml"));
        return fixture;
    }

    /**
     * A valid declaration of a unit that files only the department-wide form (部门整体支出绩效目标申报表), with every
     * part of it (see {@code fixtures/department}); no projects.
     */
    public static ContentFixture department(Path projectDir) {
        ContentFixture fixture = new ContentFixture(projectDir);
        fixture.write(DECLARATION, resource("fixtures/department/declaration.yaml"));
        fixture.write(DEPARTMENT, resource("fixtures/department/department.yaml"));
        return fixture;
    }

    /**
     * A site of three declarations of five sample projects each: a petitions office in 2023 and 2024 (the same
     * projects, p1 to p5, in both years) and an education bureau in 2024.
     */
    public static ContentFixture twoUnitsTwoYears(Path projectDir) {
        ContentFixture content = empty(projectDir);
        content.write("site.yaml", "title: {zh: 示例区预算绩效目标, en: Example district}\n");
        String sample = resource("fixtures/minimal/projects/01-sample.yaml");
        for (String[] declaration : new String[][] {{"xfb-2023", "2023"}, {"xfb-2024", "2024"}, {"jyj-2024", "2024"}}) {
            String unit = declaration[0].startsWith("xfb") ? "{zh: 信访办公室, en: Petitions Office}"
                    : "{zh: 教育局, en: Education Bureau}";
            for (int i = 1; i <= 5; i++) {
                content.write(declaration[0] + "/projects/0" + i + ".yaml", sample.replace("2024-", declaration[1] + "-")
                        .replace("id: sample", "id: p" + i)
                        .replace("{zh: 样例项目, en: Sample project}", "{zh: 样例项目" + i + ", en: Sample project " + i + "}"));
            }
            content.write(declaration[0] + "/declaration.yaml", "fiscal-year: " + declaration[1] + "\nunit: " + unit
                    + "\ntitle: {zh: 申报表, en: Declaration}\n");
        }
        return content;
    }

    /** An empty content folder, for tests that write every file themselves. */
    public static ContentFixture empty(Path projectDir) {
        return new ContentFixture(projectDir);
    }

    /** A copy of the bundled Songjiang 2024 content of the repository. */
    public static ContentFixture seed(Path projectDir) {
        return copyOf(seedContentDir(), projectDir);
    }

    /** A copy of a content folder, such as a transcribed filing among the test resources. */
    public static ContentFixture copyOf(Path source, Path projectDir) {
        ContentFixture fixture = new ContentFixture(projectDir);
        try {
            try (var files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(file)) {
                        Path target = fixture.contentDir.resolve(source.relativize(file).toString());
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixture;
    }

    /** The repository's bundled content, found from the plugin module's folder. */
    public static Path seedContentDir() {
        Path dir = Path.of("").toAbsolutePath().getParent().resolve("site-content/src/disclosure");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Bundled content not found at " + dir);
        }
        return dir;
    }

    /** The JSON Schemas as the plugin's jar carries them: its resources, copied from {@code docs/schema}. */
    public static Path schemaDir() {
        try {
            return Path.of(ContentFixture.class.getResource("/org/gongkai/disclosure/schema/project.schema.json").toURI())
                    .getParent();
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("The JSON Schemas are not among the plugin's resources", e);
        }
    }

    public Path contentDir() {
        return contentDir;
    }

    public Path projectDir() {
        return projectDir;
    }

    public Path file(String relative) {
        return contentDir.resolve(relative);
    }

    public String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ContentFixture write(String relative, String text) {
        return writeBytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public ContentFixture writeBytes(String relative, byte[] bytes) {
        try {
            Path file = file(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces text that must occur exactly once in the file, so that a test cannot edit the wrong line. */
    public ContentFixture replace(String relative, String from, String to) {
        String text = read(relative);
        int first = text.indexOf(from);
        if (first < 0 || text.indexOf(from, first + 1) >= 0) {
            throw new IllegalArgumentException("Expected exactly one \"" + from + "\" in " + relative);
        }
        return write(relative, text.replace(from, to));
    }

    public ContentFixture translations(TranslationPolicy policy) {
        this.translations = policy;
        return this;
    }

    public Settings settings() {
        return Settings.forProject(projectDir).withContentDir(contentDir).withTranslations(translations);
    }

    public CheckReport report() {
        try {
            return new Engine(settings(), ProgressListener.SILENT).check();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content read whole, as the model. */
    public org.gongkai.disclosure.load.LoadedContent load() {
        try {
            return new Engine(settings(), ProgressListener.SILENT).load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every diagnostic, as {@code path:line:col: severity: message [rule]} in English. */
    public List<String> check() {
        return formatted(Language.EN);
    }

    public List<String> formatted(Language language) {
        DiagnosticFormatter formatter = new DiagnosticFormatter(MessageCatalog.of(language));
        return report().diagnostics().stream().map(formatter::format).toList();
    }

    public static String resource(String path) {
        try (InputStream in = ContentFixture.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
