package org.gongkai.disclosure.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.MustacheVisitor;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.SourcePosition;

/**
 * The templates and assets of the site: the built-in ones, each replaceable by a file of the same name in the user's
 * theme folder ({@code templates/*.mustache}, {@code assets/*}). Everything is read and compiled once, when the theme
 * is loaded, so that a broken template or an asset that cannot be published is reported with its file and line
 * before anything is rendered. Immutable; templates are safe to execute from several threads.
 */
public final class Theme {

    private static final String BUILT_IN = "/org/gongkai/disclosure/";
    /** The built-in templates, every one of which a page may use; a resource folder in a jar cannot be listed. */
    static final List<String> TEMPLATES = List.of("layout", "html", "txt", "pager", "indicators", "figures", "index",
            "siteindex", "project", "landing", "notfound", "search", "changes", "compare", "all-indicators");
    /** The built-in assets. */
    private static final List<String> BUILT_IN_ASSETS = List.of("site.css", "site.js", "favicon.svg", "search.js",
            "indicators.js");
    /** What a template may name as a partial, and an asset's path: plain names, no way up or out. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");
    private static final Pattern LOCATION = Pattern.compile("\\s*(?:in \\S+:\\d+\\s*)?@\\[([^:\\]]+):(\\d+)]\\s*$");

    private final Map<String, Mustache> templates;
    private final Map<String, byte[]> assets;

    private Theme(Map<String, Mustache> templates, Map<String, byte[]> assets) {
        this.templates = templates;
        this.assets = assets;
    }

    /**
     * Reads and compiles the theme, reporting each problem of the user's folder as an error at its file (and line).
     *
     * @param themeDir the user's theme folder, or null for the built-in theme only
     * @param display how a path is named in messages (relative to the project)
     */
    public static Theme load(Path themeDir, Function<Path, String> display, DiagnosticSink sink) {
        Path dir = themeDir == null ? null : themeDir.toAbsolutePath().normalize();
        Path real = dir == null ? null : realPath(dir);
        Resolver resolver = new Resolver(dir, real, display, sink);
        DefaultMustacheFactory factory = new DefaultMustacheFactory(resolver) {
            @Override
            public MustacheVisitor createMustacheVisitor() {
                return ViewCodes.visitor(this);
            }

            @Override
            public void encode(String value, Writer writer) {
                if (writer instanceof PageBuffer page) {
                    page.writeHtml(value); // the same escapes, without copying each value first
                } else {
                    super.encode(value, writer);
                }
            }
        };
        factory.setObjectHandler(new ViewObjectHandler());
        Map<String, Mustache> compiled = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(TEMPLATES);
        names.addAll(resolver.ownTemplates());
        for (String name : names) {
            if (compiled.containsKey(name)) {
                continue;
            }
            try {
                compiled.put(name, factory.compile(name + ".mustache"));
            } catch (MustacheNotFoundException e) {
                // The resolver has said why (a name that climbs out of the folder, a link out of it).
                resolver.reportMissing(name, e);
            } catch (MustacheException e) {
                resolver.report(e);
            }
        }
        Map<String, byte[]> assets = new LinkedHashMap<>();
        for (String name : BUILT_IN_ASSETS) {
            assets.put(name, builtIn("assets/" + name));
        }
        if (dir != null) {
            assets.putAll(ownAssets(dir.resolve("assets"), real, display, sink));
        }
        return new Theme(Collections.unmodifiableMap(compiled), Collections.unmodifiableMap(assets));
    }

    /** The compiled template {@code name} (without {@code .mustache}). */
    public Mustache template(String name) {
        Mustache template = templates.get(name);
        if (template == null) {
            throw new IllegalStateException("No template " + name + " (the theme had errors)");
        }
        return template;
    }

    /** The site's assets, by file name: built-in first, then the user's, which replace and add. */
    public Map<String, byte[]> assets() {
        return assets;
    }

    /** The user's assets, each a regular file inside the theme folder (following no link out of it). */
    private static Map<String, byte[]> ownAssets(Path dir, Path realTheme, Function<Path, String> display,
            DiagnosticSink sink) {
        Map<String, byte[]> assets = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return assets;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> !p.equals(dir)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            String name = dir.relativize(file).toString().replace('\\', '/');
            if (hidden(name) || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                continue; // editors' and version control's files, and folders (their files are listed)
            }
            SourcePosition at = SourcePosition.startOf(display.apply(file));
            if (!SAFE_NAME.matcher(name).matches()) {
                sink.error("theme", at, "theme.assetName", name);
            } else if (!inside(file, realTheme)) {
                sink.error("theme", at, "theme.linkOut", name);
            } else if (!Files.isRegularFile(file)) {
                sink.error("theme", at, "theme.notAFile", name);
            } else {
                try {
                    assets.put(name, Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return assets;
    }

    private static boolean hidden(String relative) {
        return relative.startsWith(".") || relative.contains("/.");
    }

    /** True when the file, with every link followed, is inside the folder whose real path is {@code realRoot}. */
    private static boolean inside(Path file, Path realRoot) {
        try {
            return file.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false; // a dangling link
        }
    }

    private static Path realPath(Path dir) {
        try {
            return Files.exists(dir) ? dir.toRealPath() : dir;
        } catch (IOException e) {
            return dir;
        }
    }

    private static byte[] builtIn(String path) {
        try (InputStream in = Theme.class.getResourceAsStream(BUILT_IN + path)) {
            if (in == null) {
                throw new IllegalStateException("Missing built-in " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a template from the user's folder if it has one of that name, else from the plugin; notes problems. */
    private static final class Resolver implements MustacheResolver {
        private final Path templatesDir;
        private final Path realTheme;
        private final Function<Path, String> display;
        private final DiagnosticSink sink;
        /** Names already reported, so that a partial used by several templates is reported once. */
        private final java.util.Set<String> reported = new java.util.HashSet<>();

        Resolver(Path themeDir, Path realTheme, Function<Path, String> display, DiagnosticSink sink) {
            this.templatesDir = themeDir == null ? null : themeDir.resolve("templates");
            this.realTheme = realTheme;
            this.display = display;
            this.sink = sink;
        }

        /** The names of the theme's own templates (new partials among them), to compile them all. */
        List<String> ownTemplates() {
            if (templatesDir == null || !Files.isDirectory(templatesDir)) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(templatesDir)) {
                return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".mustache") && !hidden(n))
                        .map(n -> n.substring(0, n.length() - ".mustache".length())).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Reader getReader(String resource) {
            String file = resource.startsWith("/") ? resource.substring(1) : resource;
            String name = file.endsWith(".mustache") ? file.substring(0, file.length() - ".mustache".length()) : file;
            if (!SAFE_NAME.matcher(name).matches() || name.contains("..")) {
                report(SourcePosition.startOf(templatesDir == null ? file : display.apply(templatesDir)),
                        "theme.templateName", name);
                return new StringReader(""); // reported; an empty partial keeps the compilation going
            }
            if (templatesDir != null) {
                Path own = templatesDir.resolve(name + ".mustache");
                if (Files.exists(own, LinkOption.NOFOLLOW_LINKS)) {
                    if (!inside(own, realTheme) || !Files.isRegularFile(own)) {
                        report(SourcePosition.startOf(display.apply(own)), "theme.linkOut", "templates/" + name + ".mustache");
                        return new StringReader("");
                    }
                    try {
                        return Files.newBufferedReader(own, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            InputStream in = Theme.class.getResourceAsStream(BUILT_IN + "templates/" + name + ".mustache");
            return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        private void report(SourcePosition at, String key, String name) {
            if (reported.add(key + name)) {
                sink.error("theme", at, key, name);
            }
        }

        /** A template that names a partial no folder has. */
        void reportMissing(String template, MustacheNotFoundException e) {
            SourcePosition at = templatesDir == null ? SourcePosition.startOf(template)
                    : SourcePosition.startOf(display.apply(templatesDir.resolve(template + ".mustache")));
            if (reported.add("missing" + e.getMessage())) {
                sink.error("theme", at, "theme.templateMissing", template, e.getMessage().replace("Template ", "")
                        .replace(" not found", ""));
            }
        }

        /** A template that does not compile, at its file and line. */
        void report(MustacheException e) {
            String message = String.valueOf(e.getMessage());
            Matcher location = LOCATION.matcher(message);
            SourcePosition at;
            String problem = message;
            if (location.find()) {
                problem = message.substring(0, location.start()).strip();
                String file = location.group(1);
                Path own = templatesDir == null ? null : templatesDir.resolve(file);
                String shown = own != null && Files.exists(own) ? display.apply(own) : "templates/" + file;
                at = new SourcePosition(shown, Integer.parseInt(location.group(2)), 1);
            } else {
                at = SourcePosition.startOf(templatesDir == null ? "templates" : display.apply(templatesDir));
            }
            if (reported.add(at + problem)) {
                sink.error("theme", at, "theme.template", problem);
            }
        }
    }
}
