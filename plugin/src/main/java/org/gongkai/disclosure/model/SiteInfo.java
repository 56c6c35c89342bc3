package org.gongkai.disclosure.model;

import java.util.List;

/**
 * A site that publishes several declarations (several units, several years), from {@code site.yaml}.
 *
 * @param title the site's title
 * @param publisher the publishing body, or null
 * @param languages the site's languages; the first is the default
 * @param reviewSummary whether each declaration's index shows the summary of the review of its targets
 */
public record SiteInfo(Text title, Text publisher, List<Language> languages, boolean reviewSummary) {

    public SiteInfo {
        languages = List.copyOf(languages);
    }

    /** A site without the review's summary. */
    public SiteInfo(Text title, Text publisher, List<Language> languages) {
        this(title, publisher, languages, false);
    }
}
