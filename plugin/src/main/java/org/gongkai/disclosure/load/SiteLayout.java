package org.gongkai.disclosure.load;

import java.util.List;

import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.SiteInfo;
import org.gongkai.disclosure.model.SiteOptions;
import org.gongkai.disclosure.model.SourcePosition;

/**
 * What a content folder holds: one declaration ({@code declaration.yaml} and {@code projects/}), or several, each in
 * a sub-folder, with the site's own facts in {@code site.yaml}.
 *
 * @param site the site's facts when it publishes several declarations; null for a single declaration
 * @param options the publishing settings of {@code site.yaml} (address, 网站标识码, footer…), which the plugin's
 *     parameters override
 */
public record SiteLayout(SiteInfo site, List<DeclarationSource> declarations, SiteOptions options,
        SourcePosition siteUrlAt) {

    public SiteLayout {
        declarations = List.copyOf(declarations);
        options = options == null ? SiteOptions.NONE : options;
    }

    public SiteLayout(SiteInfo site, List<DeclarationSource> declarations, SiteOptions options) {
        this(site, declarations, options, null);
    }

    public SiteLayout(SiteInfo site, List<DeclarationSource> declarations) {
        this(site, declarations, SiteOptions.NONE);
    }

    public boolean isMulti() {
        return site != null;
    }

    /** The site's languages: the site's own, or the single declaration's. */
    public List<Language> languages() {
        if (site != null) {
            return site.languages();
        }
        return declarations.isEmpty() || declarations.get(0).declaration() == null
                ? List.of(Language.ZH, Language.EN) : declarations.get(0).declaration().languages();
    }

    public int projectFiles() {
        return declarations.stream().mapToInt(d -> d.projectFiles().size()).sum();
    }
}
