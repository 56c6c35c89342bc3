package org.gongkai.disclosure.render;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Footer;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.SiteInfo;
import org.gongkai.disclosure.model.SiteOptions;
import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.render.Views.Page;

/**
 * What the pages of one language share: labels, formats, the site's and the declaration's texts, and the chrome
 * of every page (head, language switch, breadcrumbs, footer). Immutable; built once per declaration and language.
 */
final class PageContext {

    /** Where an ICP filing number is looked up (the ministry's register, which the number must link to). */
    static final String ICP_REGISTER = "https://beian.miit.gov.cn/";
    /** Where a public-security filing number is looked up. */
    static final String PUBLIC_SECURITY_REGISTER = "https://beian.mps.gov.cn/";

    final SiteInfo site;
    final Declaration declaration;
    final Glossary glossary;
    final Language language;
    final Labels labels;
    final Formats formats;
    final SitePaths paths;
    private final MarkdownRenderer markdown;
    private final SiteOptions options;
    /** The label of the band shown on the pages of a draft in the preview, or null. */
    private final String draftKey;

    /**
     * @param site the site of several declarations, or null
     * @param declaration the declaration the pages belong to, or null for the site's own pages
     */
    PageContext(SiteInfo site, Declaration declaration, Glossary glossary, Language language, SitePaths paths,
            MarkdownRenderer markdown, SiteOptions options) {
        this(site, declaration, glossary, language, paths, markdown, options, null);
    }

    private PageContext(SiteInfo site, Declaration declaration, Glossary glossary, Language language, SitePaths paths,
            MarkdownRenderer markdown, SiteOptions options, String draftKey) {
        this.draftKey = draftKey;
        this.site = site;
        this.declaration = declaration;
        this.glossary = glossary;
        this.language = language;
        this.labels = Labels.of(language);
        this.formats = new Formats(language, glossary);
        this.paths = paths;
        this.markdown = markdown;
        this.options = options;
    }

    PageContext in(Language other) {
        return new PageContext(site, declaration, glossary, other, paths, markdown, options, draftKey);
    }

    /** These pages as the preview shows a draft: with a band saying that they are not published. */
    PageContext asDraft(boolean wholeDeclaration) {
        return new PageContext(site, declaration, glossary, language, paths, markdown, options,
                wholeDeclaration ? "draft.declaration" : "draft.project");
    }

    Views.Txt txt(Text text) {
        if (text == null) {
            return null;
        }
        boolean fallback = text.isFallback(language);
        return new Views.Txt(text.in(language), fallback ? Language.ZH.htmlLang() : null, fallback);
    }

    Views.Html html(Text text) {
        if (text == null) {
            return null;
        }
        boolean fallback = text.isFallback(language);
        Language written = fallback ? Language.ZH : language;
        return new Views.Html(markdown.toHtml(text.in(language), written),
                fallback ? Language.ZH.htmlLang() : null, fallback);
    }

    /** The unit (or the site) whose pages these are, for the header and titles. */
    Text owner() {
        return declaration != null ? declaration.unit() : site.title();
    }

    String year() {
        return declaration == null ? null : labels.format("declaration.year", declaration.fiscalYear());
    }

    /** The {@code <title>}: what the page is, then the unit and year it belongs to. */
    String title(String what) {
        if (declaration == null) {
            return what.equals(site.title().in(language)) ? what : what + " | " + site.title().in(language);
        }
        return what + " | " + declaration.unit().in(language) + " " + labels.format("siteSuffix", declaration.fiscalYear());
    }

    /** The chrome of a page at {@code path} (the same path in every language after the language folder). */
    Page page(String path, String heading, List<Views.Crumb> crumbs) {
        String root = SitePaths.rootFrom(path);
        List<Views.Alternate> alternates = new ArrayList<>();
        Views.Link languageSwitch = null;
        String switchLang = null;
        for (Language other : paths.languages()) {
            String href = root + SitePaths.sameIn(path, other);
            alternates.add(new Views.Alternate(other.htmlLang(), href));
            if (other != language && languageSwitch == null) {
                languageSwitch = new Views.Link(href, Labels.of(other).get("lang.name"));
                switchLang = other.htmlLang();
            }
        }
        alternates.add(new Views.Alternate("x-default", root + SitePaths.LANDING));
        return new Page(language.htmlLang(), labels.forTemplates(), root, null, title(heading), meta(heading),
                alternates, languageSwitch, switchLang, switchLang, crumbs == null ? null : new Views.Breadcrumbs(crumbs),
                txt(owner()), year(), footer(), footerFacts(),
                draftKey == null ? null : labels.get(draftKey), example(), SearchBox.of(root, language));
    }

    /** The chrome of a page that stands outside the languages (the landing and 404 pages). */
    Page rootPage(String heading, List<Views.Alternate> alternates, String base) {
        return new Page(language.htmlLang(), labels.forTemplates(), "", base, title(heading), meta(heading), alternates,
                null, null, null, null, txt(owner()), year(), footer(), footerFacts(), null, example(), null);
    }

    /** The band of a site of invented figures, or null. */
    private String example() {
        return options.example() ? labels.get("example.band") : null;
    }

    /** The website's facts that are set, in the order the guidance lists them. */
    private Views.Items<Views.FooterFact> footerFacts() {
        Footer f = options.footer();
        List<Views.FooterFact> facts = new ArrayList<>();
        if (f.organizer() != null) {
            facts.add(new Views.FooterFact(labels.get("footer.organizer"), txt(f.organizer()), null));
        }
        if (f.address() != null) {
            facts.add(new Views.FooterFact(labels.get("footer.address"), txt(f.address()), null));
        }
        if (f.phone() != null) {
            facts.add(new Views.FooterFact(labels.get("footer.phone"), plain(f.phone()), null));
        }
        if (options.siteIdCode() != null) {
            facts.add(new Views.FooterFact(labels.get("footer.siteIdCode"), plain(options.siteIdCode()), null));
        }
        if (f.icp() != null) {
            facts.add(new Views.FooterFact(labels.get("footer.icp"), plain(f.icp()), ICP_REGISTER));
        }
        if (f.publicSecurity() != null) {
            facts.add(new Views.FooterFact(labels.get("footer.publicSecurity"), plain(f.publicSecurity()),
                    PUBLIC_SECURITY_REGISTER));
        }
        if (options.publishDate() != null) {
            // The date published or updated, which a printed page keeps with its source.
            facts.add(new Views.FooterFact(labels.get("footer.published"), plain(formats.date(options.publishDate())), null));
        }
        link(facts, "footer.partyGovernmentMark", f.partyGovernmentMark());
        link(facts, "footer.errorReport", f.errorReport());
        link(facts, "footer.originalFiling", f.originalFiling());
        return Views.Items.of(facts);
    }

    private void link(List<Views.FooterFact> facts, String label, java.net.URI href) {
        if (href != null) {
            facts.add(new Views.FooterFact(null, plain(labels.get(label)), href.toString()));
        }
    }

    /** A value that reads the same in every language (a number, an address on the web). */
    private static Views.Txt plain(String text) {
        return new Views.Txt(text, null, false);
    }

    private String footer() {
        if (declaration == null) {
            Text publisher = site.publisher();
            return publisher == null ? labels.get("footer.sourceSite")
                    : labels.format("footer.publisher", publisher.in(language));
        }
        return labels.format("footer.source", declaration.unit().in(language), declaration.fiscalYear());
    }

    private List<Views.Meta> meta(String articleTitle) {
        List<Views.Meta> meta = new ArrayList<>();
        String owner = owner().in(language);
        String siteName = options.siteName() != null ? options.siteName()
                : declaration != null && site == null ? owner + " " + labels.format("siteSuffix", declaration.fiscalYear())
                : site.title().in(language);
        meta.add(new Views.Meta("SiteName", siteName));
        if (options.domain() != null) {
            meta.add(new Views.Meta("SiteDomain", options.domain()));
        }
        if (options.siteIdCode() != null) {
            meta.add(new Views.Meta("SiteIDCode", options.siteIdCode()));
        }
        meta.add(new Views.Meta("ColumnName", labels.get("column")));
        meta.add(new Views.Meta("ArticleTitle", articleTitle));
        if (options.publishDate() != null) {
            meta.add(new Views.Meta("PubDate", options.publishDate() + " 00:00"));
        }
        meta.add(new Views.Meta("ContentSource", declaration != null ? owner
                : site.publisher() != null ? site.publisher().in(language) : owner));
        return meta;
    }
}
