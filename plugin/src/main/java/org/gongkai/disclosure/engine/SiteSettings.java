package org.gongkai.disclosure.engine;

import java.nio.file.Path;
import java.util.Objects;

import org.gongkai.disclosure.model.SiteOptions;

/**
 * Where and how the site is written.
 *
 * @param outputDir the folder the site is written to; replaced as a whole on every run
 * @param themeDir the user's theme folder ({@code templates/}, {@code assets/}), or null
 * @param options the plugin's publishing settings; each one that is null is taken from {@code site.yaml}
 * @param drafts true for the preview: projects and declarations marked {@code draft: true} are published too, each
 *     page of theirs with a visible band; false leaves them out
 */
public record SiteSettings(Path outputDir, Path themeDir, SiteOptions options, boolean drafts) {

    public SiteSettings {
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(options, "options");
    }

    /** The published site's settings: drafts left out. */
    public SiteSettings(Path outputDir, Path themeDir, SiteOptions options) {
        this(outputDir, themeDir, options, false);
    }

    /** These settings with the plugin's options over those of {@code site.yaml}. */
    SiteSettings over(SiteOptions fromSiteFile) {
        return new SiteSettings(outputDir, themeDir, options.over(fromSiteFile), drafts);
    }
}
