package org.gongkai.disclosure.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.gongkai.disclosure.write.SiteWriter;

/**
 * Where the site may be written. The output folder and the work folder beside it must be folders of their own: not a
 * symbolic link, not holding the project, the content or the theme, and not inside the content or the theme (where a
 * published site would be read back as content or republished as assets), not inside another folder Gongkai wrote (a
 * published site or a review, whose copy would then carry it), and not reached through a symbolic link that leads out
 * of the project. Compared as real paths, so that no symbolic link can put the site where it must not be.
 */
final class OutputPlacement {

    private OutputPlacement() {
    }

    /** Why the output may not be used: the message key and the paths it names. */
    record Refusal(String key, Path output, Path other) {
    }

    /** Null when the output may be used. */
    static Refusal check(Settings settings, SiteSettings site) {
        if (Files.isSymbolicLink(site.outputDir())) {
            return new Refusal("site.outputIsLink", site.outputDir(), null);
        }
        Path output = real(site.outputDir());
        Path content = real(settings.contentDir());
        Path project = real(settings.projectDir());
        Path given = site.outputDir().toAbsolutePath().normalize();
        if (given.startsWith(settings.projectDir().toAbsolutePath().normalize()) && !output.startsWith(project)) {
            return new Refusal("site.outputThroughLink", site.outputDir(), output);
        }
        for (Path folder = output.getParent(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve(SiteWriter.MARKER), LinkOption.NOFOLLOW_LINKS)) {
                return new Refusal("site.outputInsideSite", site.outputDir(), folder);
            }
        }
        if (output.getParent() == null || content.startsWith(output) || output.startsWith(content)
                || project.startsWith(output)) {
            return new Refusal("site.outputOverlaps", site.outputDir(), settings.contentDir());
        }
        if (site.themeDir() != null) {
            Path theme = real(site.themeDir());
            if (theme.startsWith(output) || output.startsWith(theme)) {
                return new Refusal("site.outputOverlaps", site.outputDir(), site.themeDir());
            }
        }
        return null;
    }

    /** The path with every symbolic link in its existing part resolved; the part that does not exist yet as is. */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
