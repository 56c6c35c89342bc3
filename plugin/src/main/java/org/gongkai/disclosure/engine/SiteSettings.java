package org.gongkai.disclosure.engine;

import java.nio.file.Path;
import java.util.Objects;

import org.gongkai.disclosure.model.SiteOptions;

/**
 * Where and how the site is written.
 *
 * @param outputDir the folder the site is written to; replaced as a whole on every run
 * @param themeDir the user's theme folder ({@code templates/}, {@code assets/}), or null
 */
public record SiteSettings(Path outputDir, Path themeDir, SiteOptions options) {

    public SiteSettings {
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(options, "options");
    }
}
