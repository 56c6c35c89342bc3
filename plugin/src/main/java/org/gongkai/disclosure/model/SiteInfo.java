package org.gongkai.disclosure.model;

import java.util.List;

/**
 * A site that publishes several declarations (several units, several years), from {@code site.yaml}.
 *
 * @param title the site's title
 * @param publisher the publishing body, or null
 * @param languages the site's languages; the first is the default
 */
public record SiteInfo(Text title, Text publisher, List<Language> languages) {

    public SiteInfo {
        languages = List.copyOf(languages);
    }
}
