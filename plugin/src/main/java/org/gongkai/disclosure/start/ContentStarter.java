package org.gongkai.disclosure.start;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.gongkai.disclosure.model.Placeholders;
import org.gongkai.disclosure.model.Scripts;

/**
 * Starts a new content folder: a declaration, one example project, the site's settings and a glossary, each commented
 * in Chinese and English and passing every check as written; the JSON Schemas for editors beside it; and a POM where
 * the project has none. It writes only files that do not exist, into folders inside the project, and changes nothing
 * when any of them is already there.
 */
public final class ContentStarter {

    /** The example content's files, relative to the content folder. */
    public static final List<String> CONTENT = List.of("declaration.yaml", "projects/01-example.yaml", "site.yaml",
            "glossary.yaml");
    /** The JSON Schemas the plugin carries, written beside the content for editors. */
    public static final List<String> SCHEMAS = List.of("common.schema.json", "declaration.schema.json",
            "project.schema.json", "site.schema.json", "glossary.schema.json", "framework.schema.json");
    public static final String POM = "pom.xml";
    /**
     * The JVM options Maven reads from the project, written with the POM. A site is built in seconds, most of which
     * the JVM's optimising compiler would spend compiling code the build has finished with: with the quick compiler
     * alone a 10,000-project build takes 30 % less CPU (BENCHMARKS.md, which also says when a site is large enough
     * for the optimising compiler to pay).
     */
    public static final String JVM_CONFIG = ".mvn/jvm.config";

    static final int FIRST_YEAR = 1950;
    static final int LAST_YEAR = 2200;
    static final int MAX_NAME_LENGTH = 200;
    private static final String RESOURCES = "/org/gongkai/disclosure/";

    /**
     * What to start.
     *
     * @param projectDir the Maven project's folder (the current folder when there is no POM); every file goes inside it
     * @param unit the budget unit's name as filed, in Chinese
     * @param unitEnglish its English name; may be null when the name has no Chinese in it
     * @param pluginVersion the plugin's version, for the POM
     */
    public record Request(Path projectDir, Path contentDir, Path schemaDir, String unit, String unitEnglish, int year,
            String pluginVersion) {
    }

    /**
     * What was written, relative to the project folder, in the order written; and the POM and the JVM options when
     * they were among it (null otherwise).
     */
    public record Started(List<Path> content, List<Path> schemas, Path pom, Path jvmConfig) {
    }

    private ContentStarter() {
    }

    public static Started start(Request request) throws IOException, StartRefused {
        String unit = name(request.unit(), "disclosure.unit");
        String english = request.unitEnglish() == null || request.unitEnglish().isBlank()
                ? null : name(request.unitEnglish(), "disclosure.unitEnglish");
        if (english == null) {
            if (Scripts.containsChinese(unit)) {
                throw new StartRefused("start.unitEnglish", unit);
            }
            english = unit;
        }
        if (request.year() < FIRST_YEAR || request.year() > LAST_YEAR) {
            throw new StartRefused("start.year", request.year(), FIRST_YEAR, LAST_YEAR);
        }
        Path project = request.projectDir().toAbsolutePath().normalize();
        Path content = inside(project, request.contentDir());
        Path schemas = inside(project, request.schemaDir());
        if (Files.exists(content, LinkOption.NOFOLLOW_LINKS) && !isEmptyFolder(content)) {
            throw new StartRefused("start.contentExists", display(project, content));
        }
        Map<Path, byte[]> files = new LinkedHashMap<>();
        String schemaFromContent = relative(content, schemas);
        List<Object> args = List.of(schemaFromContent, request.year(), yaml(unit), yaml(english));
        for (String file : CONTENT) {
            List<Object> fileArgs = new ArrayList<>(args);
            if (file.contains("/")) {
                fileArgs.set(0, "../" + schemaFromContent);
            }
            files.put(content.resolve(file), fill("start/" + file, fileArgs));
        }
        List<Path> schemaFiles = new ArrayList<>();
        for (String schema : SCHEMAS) {
            files.put(schemas.resolve(schema), resource("schema/" + schema));
            schemaFiles.add(schemas.resolve(schema));
        }
        Path pom = project.resolve(POM);
        boolean writePom = !Files.exists(pom, LinkOption.NOFOLLOW_LINKS);
        if (writePom) {
            files.put(pom, fill("start/" + POM, List.of("disclosure", artifactId(project), request.year(),
                    request.pluginVersion())));
        }
        for (Path file : files.keySet()) {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new StartRefused("start.fileExists", display(project, file));
            }
        }
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            Files.createDirectories(file.getKey().getParent());
            // CREATE_NEW: never over a file (or a link) that appeared meanwhile.
            Files.write(file.getKey(), file.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
        Path jvmConfig = writePom ? jvmConfig(project) : null;
        return new Started(CONTENT.stream().map(f -> project.relativize(content.resolve(f))).toList(),
                schemaFiles.stream().map(project::relativize).toList(), writePom ? project.relativize(pom) : null,
                jvmConfig);
    }

    /**
     * Writes {@link #JVM_CONFIG} for a project that has none; a project's own JVM options are left as they are.
     *
     * @return the file written, relative to the project folder, or null
     */
    public static Path jvmConfig(Path projectDir) throws IOException {
        Path project = projectDir.toAbsolutePath().normalize();
        Path file = project.resolve(JVM_CONFIG);
        Path folder = file.getParent();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                || Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                || !Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && insideAnotherBuild(project)) {
            return null;
        }
        Files.createDirectories(folder);
        Files.write(file, resource("start/jvm.config"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return project.relativize(file);
    }

    /**
     * Writes the POM {@link #start} writes, for a content folder made another way (by {@code disclosure:import}), so
     * that {@code mvn disclosure:check} and {@code mvn package} work next; null when the project has a POM already.
     *
     * @return the POM written, relative to the project folder, or null
     */
    public static Path pom(Path projectDir, int year, String pluginVersion) throws IOException {
        Path project = projectDir.toAbsolutePath().normalize();
        Path pom = project.resolve(POM);
        if (Files.exists(pom, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Files.write(pom, fill("start/" + POM, List.of("disclosure", artifactId(project), year, pluginVersion)),
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return project.relativize(pom);
    }

    /**
     * Whether a folder above the project has a {@code .mvn} folder: Maven takes the nearest one as the root of the build,
     * so a new one here would cut the project off the options of the build it sits in.
     */
    private static boolean insideAnotherBuild(Path project) {
        for (Path above = project.getParent(); above != null; above = above.getParent()) {
            if (Files.isDirectory(above.resolve(".mvn"), LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
        }
        return false;
    }

    /** A name as given: trimmed, not longer than any real one, on one line without control characters. */
    private static String name(String given, String parameter) throws StartRefused {
        String name = given == null ? "" : given.strip();
        if (name.isEmpty()) {
            throw new StartRefused("start.nameEmpty", parameter);
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new StartRefused("start.nameTooLong", parameter, name.length(), MAX_NAME_LENGTH);
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.SURROGATE)) {
            throw new StartRefused("start.nameControl", parameter);
        }
        return name;
    }

    /**
     * The folder, which must lie inside the project as it really is: no symbolic link in the part that exists may lead
     * out of it.
     */
    private static Path inside(Path project, Path dir) throws IOException, StartRefused {
        Path absolute = dir.toAbsolutePath().normalize();
        Path realProject = project.toRealPath();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        Path real = existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
        if (!absolute.startsWith(project) || !real.normalize().startsWith(realProject) || absolute.equals(project)) {
            throw new StartRefused("start.outside", absolute.toString(), project.toString());
        }
        return absolute;
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static String relative(Path from, Path to) {
        return from.relativize(to).toString().replace('\\', '/');
    }

    private static String display(Path project, Path file) {
        return relative(project, file);
    }

    /** A YAML double-quoted scalar: the name exactly as given, whatever it holds. */
    static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The project folder's name as a Maven artifact id, or a plain one when it has none to offer. */
    static String artifactId(Path project) {
        Path name = project.getFileName();
        String id = name == null ? "" : name.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "disclosure-site" : id;
    }

    private static byte[] fill(String template, List<Object> args) {
        String text = new String(resource(template), StandardCharsets.UTF_8);
        return Placeholders.fill(text, args, String::valueOf).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String path) {
        try (InputStream in = ContentStarter.class.getResourceAsStream(RESOURCES + path)) {
            if (in == null) {
                throw new IllegalStateException("The plugin lacks its resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
