package org.gongkai.disclosure;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.diag.Severity;
import org.gongkai.disclosure.diag.SourcePosition;
import org.gongkai.disclosure.load.DeclarationSource;
import org.gongkai.disclosure.load.SiteLayout;
import org.gongkai.disclosure.model.ProjectSummary;
import org.gongkai.disclosure.render.DeclarationPages;
import org.gongkai.disclosure.model.Text;

/**
 * What the last published build was made from, kept beside the output folder (never in it): a fingerprint of the
 * inputs that concern every page, and per declaration a fingerprint of its own inputs, its projects' summaries and
 * its warnings. A declaration whose fingerprint is unchanged need not be read again: its published files are taken
 * as they are. Anything unreadable or of another version counts as no cache, and the build is full.
 */
final class BuildCache {

    /** Changes whenever what a build writes could change for the same input. */
    private static final String FORMAT = "gongkai-build-cache/1";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The manifest key of a single declaration, which has no folder. */
    private static final String SINGLE = ".";

    /** A declaration as it was last published. */
    record Published(String fingerprint, List<ProjectSummary> summaries, List<Diagnostic> diagnostics) {
    }

    /**
     * The whole manifest: the fingerprint of what concerns every page, each declaration's record by key, and the
     * site's own files (indexes, landing and 404 pages, sitemaps, assets), so that the published site's file list can
     * be known without walking it.
     */
    record Manifest(String global, Map<String, Published> declarations, List<String> siteFiles) {

        /** The declarations of this build that can be taken as published: same global and own fingerprints. */
        Map<String, Published> reusable(String currentGlobal, Map<String, String> fingerprints) {
            Map<String, Published> reusable = new LinkedHashMap<>();
            if (global.equals(currentGlobal)) {
                declarations.forEach((key, published) -> {
                    if (published.fingerprint().equals(fingerprints.get(key))) {
                        reusable.put(key, published);
                    }
                });
            }
            return reusable;
        }

        /** Every file of the published site, known without walking it. */
        java.util.Set<String> files(List<org.gongkai.disclosure.model.Language> languages) {
            java.util.Set<String> files = new java.util.HashSet<>(siteFiles);
            declarations.forEach((key, published) -> files.addAll(
                    DeclarationPages.outputs(languages, folder(key), published.summaries())));
            return files;
        }
    }

    private final Path file;

    BuildCache(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        this.file = absolute.resolveSibling("." + absolute.getFileName() + ".cache").resolve("manifest.json");
    }

    /** The manifest of the last published build, or null when there is none usable. */
    Manifest load() {
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            JsonNode root = JSON.readTree(file.toFile());
            if (!FORMAT.equals(root.path("format").asText())) {
                return null;
            }
            Map<String, Published> declarations = new LinkedHashMap<>();
            root.path("declarations").fields().forEachRemaining(e -> declarations.put(e.getKey(), published(e.getValue())));
            List<String> siteFiles = new ArrayList<>();
            root.path("siteFiles").forEach(f -> siteFiles.add(f.asText()));
            return new Manifest(root.path("global").asText(), declarations, siteFiles);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged cache only costs a full build
        }
    }

    /** Replaces the manifest, atomically. */
    void save(Manifest manifest) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("global", manifest.global());
        ObjectNode declarations = root.putObject("declarations");
        manifest.declarations().forEach((key, published) -> declarations.set(key, json(published)));
        ArrayNode siteFiles = root.putArray("siteFiles");
        manifest.siteFiles().forEach(siteFiles::add);
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        JSON.writeValue(temporary.toFile(), root);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Forgets the last build: the next one is full. */
    void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    /** A declaration's key in the manifest: its folder, or "." for a single declaration. */
    static String key(DeclarationSource source) {
        return source.folder() == null ? SINGLE : source.folder();
    }

    /** The folder of the declaration with manifest key {@code key}: null for a single declaration. */
    static String folder(String key) {
        return key.equals(SINGLE) ? null : key;
    }

    /**
     * The fingerprint of what every page depends on: the plugin itself, the settings, the theme, and the content
     * folder's own files (site.yaml, glossary.yaml, frameworks).
     */
    static String global(Settings settings, SiteSettings site, SiteLayout layout) throws IOException {
        Fingerprint f = new Fingerprint();
        f.add(FORMAT);
        f.add(String.valueOf(BuildCache.class.getPackage().getImplementationVersion()));
        f.addCode(BuildCache.class);
        f.add(settings.translations().name());
        f.add(layout.languages().toString());
        f.add(String.valueOf(layout.site()));
        f.add(site.options().toString());
        if (site.themeDir() != null) {
            f.addTree(site.themeDir());
        }
        Path content = settings.contentDir().toAbsolutePath().normalize();
        for (String name : List.of("site.yaml", "glossary.yaml")) {
            f.addFile(content.resolve(name));
        }
        f.addTree(content.resolve("frameworks"));
        return f.hex();
    }

    /**
     * Each declaration's fingerprint: its declaration.yaml, its glossary and its project files. A project page links
     * the same project in its unit's other years, so a declaration's fingerprint includes those of the unit's other
     * declarations.
     */
    static Map<String, String> declarations(SiteLayout layout) throws IOException {
        Map<String, String> own = new LinkedHashMap<>();
        Map<String, List<String>> byUnit = new TreeMap<>();
        for (DeclarationSource source : layout.declarations()) {
            Fingerprint f = new Fingerprint();
            f.add(key(source));
            f.addFile(source.dir().resolve("declaration.yaml"));
            f.addFile(source.dir().resolve("glossary.yaml"));
            for (Path project : source.projectFiles()) {
                f.addFile(project);
            }
            own.put(key(source), f.hex());
            if (source.declaration() != null) {
                byUnit.computeIfAbsent(source.declaration().unit().zh(), u -> new ArrayList<>()).add(key(source));
            }
        }
        Map<String, String> combined = new LinkedHashMap<>();
        for (DeclarationSource source : layout.declarations()) {
            Fingerprint f = new Fingerprint();
            f.add(own.get(key(source)));
            if (source.declaration() != null) {
                for (String other : byUnit.get(source.declaration().unit().zh())) {
                    f.add(own.get(other));
                }
            }
            combined.put(key(source), f.hex());
        }
        return combined;
    }

    /** A SHA-256 over names, sizes and times of files (cheap, and a copied-back file still changes its ctime). */
    private static final class Fingerprint {
        private final MessageDigest digest;

        Fingerprint() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void add(String text) {
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }

        void addFile(Path path) throws IOException {
            add(path.getFileName().toString());
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                add("-");
                return;
            }
            Map<String, Object> attributes;
            try {
                attributes = Files.readAttributes(path, "unix:size,lastModifiedTime,ctime,ino", LinkOption.NOFOLLOW_LINKS);
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                attributes = Files.readAttributes(path, "size,lastModifiedTime", LinkOption.NOFOLLOW_LINKS);
            }
            // Numbers, not text: formatting times is most of the cost of fingerprinting 100,000 files.
            number((Long) attributes.get("size"));
            number(((java.nio.file.attribute.FileTime) attributes.get("lastModifiedTime")).to(java.util.concurrent.TimeUnit.NANOSECONDS));
            Object ctime = attributes.get("ctime");
            if (ctime instanceof java.nio.file.attribute.FileTime time) {
                number(time.to(java.util.concurrent.TimeUnit.NANOSECONDS));
            }
            Object inode = attributes.get("ino");
            if (inode instanceof Long value) {
                number(value);
            }
        }

        private void number(long value) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                digest.update((byte) (value >>> shift));
            }
        }

        void addTree(Path dir) throws IOException {
            if (!Files.isDirectory(dir)) {
                add("no " + dir.getFileName());
                return;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                    add(dir.relativize(path).toString());
                    addFile(path);
                }
            }
        }

        /** The plugin's own code: a rebuilt plugin must not reuse pages written by the old one. */
        void addCode(Class<?> type) throws IOException {
            var source = type.getProtectionDomain().getCodeSource();
            if (source == null) {
                add("no code source");
                return;
            }
            try {
                Path location = Path.of(source.getLocation().toURI());
                if (Files.isDirectory(location)) {
                    addTree(location);
                } else {
                    addFile(location);
                }
            } catch (java.net.URISyntaxException e) {
                add(source.getLocation().toString());
            }
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    private static ObjectNode json(Published published) {
        ObjectNode node = JSON.createObjectNode();
        node.put("fingerprint", published.fingerprint());
        ArrayNode summaries = node.putArray("projects");
        for (ProjectSummary s : published.summaries()) {
            ArrayNode row = summaries.addArray();
            row.add(s.id()).add(s.name().zh()).add(s.name().en()).add(s.category().zh()).add(s.category().en())
                    .add(s.fundsTotal().toPlainString()).add(s.annualTotal().toPlainString()).add(s.indicators())
                    .add(s.measurable()).add(s.firstIndicatorRow());
        }
        ArrayNode diagnostics = node.putArray("diagnostics");
        for (Diagnostic d : published.diagnostics()) {
            ObjectNode item = diagnostics.addObject();
            item.put("severity", d.severity().name());
            item.put("rule", d.rule());
            item.put("file", d.at().file());
            item.put("line", d.at().line());
            item.put("column", d.at().column());
            item.set("message", json(d.message()));
        }
        return node;
    }

    private static ObjectNode json(Message message) {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", message.key());
        ArrayNode args = node.putArray("args");
        for (Object arg : message.args()) {
            if (arg instanceof Message nested) {
                args.add(json(nested));
            } else {
                args.add((String) arg);
            }
        }
        return node;
    }

    private static Published published(JsonNode node) {
        List<ProjectSummary> summaries = new ArrayList<>();
        int position = 0;
        for (JsonNode row : node.path("projects")) {
            summaries.add(new ProjectSummary(position++, row.get(0).asText(), text(row.get(1), row.get(2)),
                    text(row.get(3), row.get(4)), new BigDecimal(row.get(5).asText()), new BigDecimal(row.get(6).asText()),
                    row.get(7).asInt(), row.get(8).asInt(), row.get(9).asInt()));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (JsonNode d : node.path("diagnostics")) {
            diagnostics.add(new Diagnostic(Severity.valueOf(d.path("severity").asText()), d.path("rule").asText(),
                    new SourcePosition(d.path("file").asText(), d.path("line").asInt(), d.path("column").asInt()),
                    message(d.path("message"))));
        }
        return new Published(node.path("fingerprint").asText(), summaries, diagnostics);
    }

    private static Text text(JsonNode zh, JsonNode en) {
        return new Text(zh.asText(), en == null || en.isNull() ? null : en.asText(), null);
    }

    private static Message message(JsonNode node) {
        List<Object> args = new ArrayList<>();
        for (JsonNode arg : node.path("args")) {
            args.add(arg.isObject() ? message(arg) : arg.asText());
        }
        return new Message(node.path("key").asText(), args);
    }
}
