package org.gongkai.disclosure.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.SiteInfo;
import org.gongkai.disclosure.model.SiteOptions;
import org.gongkai.disclosure.write.SiteOutput;

/**
 * Renders the site: the pages of each declaration (through {@link DeclarationPages}), then the site's own files of
 * the {@link RouteTable}: the index of a site of several declarations and its year pages, the landing page, the 404
 * page, the sitemap and the assets. Pages are built from {@link Views} records and the theme's templates. Immutable
 * and thread-safe.
 */
public final class SiteRenderer {

    private final Theme theme;
    private final MarkdownRenderer markdown;
    private final SiteOptions options;

    public SiteRenderer(Theme theme, MarkdownRenderer markdown, SiteOptions options) {
        this.theme = theme;
        this.markdown = markdown;
        this.options = options;
    }

    /**
     * The page set of one declaration; {@code site} and {@code folder} are null for a single declaration. Every page
     * of a {@code draft} (which only the preview publishes) carries the draft band.
     */
    public DeclarationPages declaration(SiteInfo site, Declaration declaration, Glossary glossary, List<Language> languages,
            String folder, boolean draft) {
        return new DeclarationPages(this, markdown, options, site, declaration, glossary, languages, folder, draft);
    }

    /**
     * Writes the site's own files once every declaration is written: every route of {@code routes} that does not
     * belong to a declaration.
     *
     * @param site the site of several declarations, or null for a single declaration
     */
    public void site(SiteInfo site, List<DeclarationEntry> entries, RouteTable routes, List<Language> languages,
            Glossary glossary, SiteOutput out) throws IOException {
        Declaration single = site == null && !entries.isEmpty() ? entries.get(0).declaration() : null;
        PageContext root = new PageContext(site, single, glossary, languages.get(0),
                new SitePaths(languages, null), markdown, options);
        Map<Integer, List<DeclarationEntry>> years = SiteIndexPage.byYear(entries);
        Sitemap sitemap = new Sitemap(routes, languages, options.base() == null ? "" : options.base());
        Map<String, byte[]> assets = theme.assets();
        for (RouteTable.Route route : routes.routes()) {
            switch (route.kind()) {
                case LANDING -> write(out, route.path(), "landing", landing(root, entries, languages));
                case NOT_FOUND -> write(out, route.path(), "notfound", notFound(root, languages));
                case SITE_INDEX -> write(out, route.path(), "siteindex",
                        new SiteIndexPage(root.in(route.language()), entries).index());
                case YEAR_INDEX -> write(out, route.path(), "siteindex", new SiteIndexPage(root.in(route.language()),
                        entries).year(route.year(), years.get(route.year()), route.page()));
                case SITEMAP -> sitemap.write(out, route.path());
                case ASSET -> out.write(route.path(), assets.get(route.id()));
                case DECLARATION_INDEX, PROJECT, DOWNLOAD, INDICATORS, SEARCH -> {
                    // Written by the declaration's own build, or by the search index.
                }
            }
        }
    }

    void write(SiteOutput out, String path, String template, Object view) throws IOException {
        PageBuffer html = PageBuffer.open();
        try {
            theme.template(template).execute(html, view);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        html.writeTo(out, path);
    }

    private static Views.LandingView landing(PageContext root, List<DeclarationEntry> entries, List<Language> languages) {
        List<Views.LandingLanguage> cards = new ArrayList<>();
        for (Language language : languages) {
            PageContext in = root.in(language);
            String href = SitePaths.siteIndex(language);
            if (root.declaration != null) {
                DeclarationEntry entry = entries.get(0);
                // A unit that files only the department-wide form has no projects: its budget stands for them.
                BigDecimal total = entry.projects().isEmpty() && entry.department() != null
                        ? entry.department().budget() : entry.annualTotal();
                cards.add(new Views.LandingLanguage(language.htmlLang(), href, in.txt(root.declaration.title()),
                        in.txt(root.declaration.unit()), in.year(), total == null ? null : in.formats.money(total),
                        in.labels.format("landing.continue", in.labels.get("lang.name"))));
            } else {
                int projects = entries.stream().mapToInt(e -> e.projects().size()).sum();
                cards.add(new Views.LandingLanguage(language.htmlLang(), href, in.txt(root.site.title()),
                        in.txt(root.site.publisher()), in.labels.format("site.years", years(entries)),
                        in.labels.format("site.counts", entries.size(), projects),
                        in.labels.format("landing.continue", in.labels.get("lang.name"))));
            }
        }
        List<Views.Alternate> alternates = new ArrayList<>();
        for (Language language : languages) {
            alternates.add(new Views.Alternate(language.htmlLang(), SitePaths.siteIndex(language)));
        }
        alternates.add(new Views.Alternate("x-default", SitePaths.LANDING));
        String heading = root.declaration != null ? root.declaration.title().in(root.language)
                : root.site.title().in(root.language);
        return new Views.LandingView(root.rootPage(heading, alternates, null), cards);
    }

    private static String years(List<DeclarationEntry> entries) {
        int first = entries.stream().mapToInt(e -> e.declaration().fiscalYear()).min().orElse(0);
        int last = entries.stream().mapToInt(e -> e.declaration().fiscalYear()).max().orElse(0);
        return first == last ? String.valueOf(first) : first + "–" + last;
    }

    private Views.NotFoundView notFound(PageContext root, List<Language> languages) {
        List<Views.NotFoundLanguage> cards = new ArrayList<>();
        for (Language language : languages) {
            Labels l = Labels.of(language);
            // A plain form to the index, whose search box shows the results of ?q= when the page opens.
            cards.add(new Views.NotFoundLanguage(language.htmlLang(), l.get("notFound.title"), l.get("notFound.text"),
                    new Views.Link(SitePaths.siteIndex(language), l.get("notFound.home")),
                    new Views.NotFoundSearch("search-" + language.code(), l.get("notFound.search"),
                            l.get("search.placeholder"), l.get("search.button"))));
        }
        // Served for any missing address, at any depth: links are relative to the site root, made absolute by
        // <base> when the site's address is known.
        return new Views.NotFoundView(root.rootPage(root.labels.get("notFound.title"), List.of(), options.base()), cards);
    }
}
