package org.gongkai.disclosure.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheResolver;

/**
 * The templates and assets of the site: the built-in ones, each replaceable by a file of the same name in
 * the user's theme folder ({@code templates/*.mustache}, {@code assets/*}). Templates are compiled once and
 * are safe to execute from several threads.
 */
public final class Theme {

    private static final String BUILT_IN = "/org/gongkai/disclosure/";
    /** The built-in assets; a resource folder in a jar cannot be listed, so they are named here. */
    private static final List<String> BUILT_IN_ASSETS = List.of("site.css", "site.js", "favicon.svg");

    private final Path themeDir;
    private final DefaultMustacheFactory factory;

    /** @param themeDir the user's theme folder, or null for the built-in theme only */
    public Theme(Path themeDir) {
        this.themeDir = themeDir;
        this.factory = new DefaultMustacheFactory(new OverridingResolver(themeDir));
    }

    /** The compiled template {@code name} (without {@code .mustache}); compiled once, then cached. */
    public Mustache template(String name) {
        return factory.compile(name + ".mustache");
    }

    /** The site's assets, by file name: built-in first, then the user's, which replace and add. */
    public Map<String, byte[]> assets() throws IOException {
        Map<String, byte[]> assets = new LinkedHashMap<>();
        for (String name : BUILT_IN_ASSETS) {
            try (InputStream in = Theme.class.getResourceAsStream(BUILT_IN + "assets/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Missing built-in asset " + name);
                }
                assets.put(name, in.readAllBytes());
            }
        }
        if (themeDir != null && Files.isDirectory(themeDir.resolve("assets"))) {
            Path dir = themeDir.resolve("assets");
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    assets.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
        }
        return assets;
    }

    /** Reads a template from the user's folder if it has one of that name, else from the plugin. */
    private static final class OverridingResolver implements MustacheResolver {
        private final Path themeDir;

        OverridingResolver(Path themeDir) {
            this.themeDir = themeDir;
        }

        @Override
        public Reader getReader(String name) {
            String file = name.startsWith("/") ? name.substring(1) : name;
            try {
                if (themeDir != null) {
                    Path own = themeDir.resolve("templates").resolve(file).normalize();
                    if (own.startsWith(themeDir) && Files.isRegularFile(own)) {
                        return Files.newBufferedReader(own, StandardCharsets.UTF_8);
                    }
                }
                InputStream in = Theme.class.getResourceAsStream(BUILT_IN + "templates/" + file);
                return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
