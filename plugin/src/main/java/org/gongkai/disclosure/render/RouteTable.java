package org.gongkai.disclosure.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.ProjectSummary;
import org.gongkai.disclosure.search.SearchFiles;

/**
 * Every file of the site, by kind, made from the declarations' summaries: the one list that rendering, the sitemap,
 * the counts in the log, the record of the published build and the deletion of what is gone all derive from. Paths
 * are relative to the site's root; {@link SitePaths} says how each is formed.
 */
public final class RouteTable {

    /** What a file of the site is. */
    public enum Kind {
        /** The page at the root that leads to each language. */
        LANDING,
        /** The page a web server shows for a missing address. */
        NOT_FOUND,
        /** The index of a site of several declarations, per language. */
        SITE_INDEX,
        /** A page of one year's declarations, when the site index cannot list them all. */
        YEAR_INDEX,
        /** A page of a declaration's index. */
        DECLARATION_INDEX,
        /** A project's page. */
        PROJECT,
        /** A declaration's download. */
        DOWNLOAD,
        /** The sitemap, or one of its parts and their index. */
        SITEMAP,
        /** A stylesheet, script or image of the theme. */
        ASSET,
        /** A page of the indicators of all of a declaration's projects. */
        INDICATORS,
        /** A file of the search index: its manifest and shards, or a declaration's descriptions of its projects. */
        SEARCH;

        /** True for the pages a sitemap lists: every page in a language. */
        public boolean isIndexed() {
            return this == SITE_INDEX || this == YEAR_INDEX || this == DECLARATION_INDEX || this == PROJECT
                    || this == INDICATORS;
        }

        /** True for the index pages counted in the log. */
        public boolean isIndex() {
            return this == SITE_INDEX || this == YEAR_INDEX || this == DECLARATION_INDEX;
        }
    }

    /**
     * One file of the site.
     *
     * @param language the page's language; null for files outside the languages (landing, 404, downloads…)
     * @param folder the declaration's folder in a site of several; null for the site's own files and a single one
     * @param page the page's number in a paged index (from 1); 0 otherwise
     * @param year the fiscal year of a year index page; 0 otherwise
     * @param id the project's id of a project page; the file name of a download or asset; null otherwise
     */
    public record Route(Kind kind, String path, Language language, String folder, int page, int year, String id) {
    }

    private final List<Route> routes;

    private RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /**
     * The whole site.
     *
     * @param multi true for a site of several declarations (with a site index)
     * @param assets the theme's asset file names
     */
    public static RouteTable of(List<Language> languages, boolean multi, List<DeclarationEntry> entries,
            Collection<String> assets) {
        return of(languages, multi, entries, assets, List.of());
    }

    /**
     * The whole site.
     *
     * @param multi true for a site of several declarations (with a site index)
     * @param assets the theme's asset file names
     * @param search the site-wide files of the search index (its manifest, shards and their terms' files)
     */
    public static RouteTable of(List<Language> languages, boolean multi, List<DeclarationEntry> entries,
            Collection<String> assets, List<String> search) {
        return of(languages, multi, entries, assets, search, entry -> null);
    }

    /**
     * As {@link #of(List, boolean, List, Collection, List)}, with the routes of some declarations already made:
     * {@code made} gives them for an entry ({@link #declaration} of its summaries and downloads), or null.
     */
    public static RouteTable of(List<Language> languages, boolean multi, List<DeclarationEntry> entries,
            Collection<String> assets, List<String> search, Function<DeclarationEntry, List<Route>> made) {
        List<Route> routes = new ArrayList<>();
        routes.add(new Route(Kind.LANDING, SitePaths.LANDING, null, null, 0, 0, null));
        routes.add(new Route(Kind.NOT_FOUND, SitePaths.NOT_FOUND, null, null, 0, 0, null));
        if (multi) {
            for (Language language : languages) {
                routes.add(new Route(Kind.SITE_INDEX, SitePaths.siteIndex(language), language, null, 1, 0, null));
                if (!SiteIndexPage.inline(entries.size())) {
                    for (Map.Entry<Integer, Integer> year : SiteIndexPage.declarationsByYear(entries).entrySet()) {
                        for (int page = 1; page <= SiteIndexPage.yearPages(year.getValue()); page++) {
                            routes.add(new Route(Kind.YEAR_INDEX, SitePaths.yearIndex(language, year.getKey(), page),
                                    language, null, page, year.getKey(), null));
                        }
                    }
                }
            }
        }
        for (DeclarationEntry entry : entries) {
            List<Route> known = made.apply(entry);
            routes.addAll(known != null ? known : declaration(languages, entry.folder(), entry.projects(),
                    entry.downloads()));
        }
        long indexed = routes.stream().filter(r -> r.kind().isIndexed()).count();
        for (String sitemap : Sitemap.files(indexed, languages.size())) {
            routes.add(new Route(Kind.SITEMAP, sitemap, null, null, 0, 0, sitemap));
        }
        for (String asset : assets) {
            routes.add(new Route(Kind.ASSET, SitePaths.ASSETS + asset, null, null, 0, 0, asset));
        }
        for (String file : search) {
            routes.add(new Route(Kind.SEARCH, file, null, null, 0, 0, null));
        }
        return new RouteTable(routes);
    }

    /** Every file of one declaration: its index pages and project pages in each language, then its downloads. */
    public static List<Route> declaration(List<Language> languages, String folder, List<ProjectSummary> projects,
            List<String> downloads) {
        SitePaths paths = new SitePaths(languages, folder);
        List<Route> routes = new ArrayList<>(projects.size() * languages.size() + 8);
        int pages = IndexPage.pages(projects.size());
        // A unit that files only the department's form has no projects, and so no page of their indicators.
        int indicatorPages = projects.isEmpty() ? 0
                : AllIndicatorsPage.pages(projects.stream().mapToLong(ProjectSummary::indicators).sum());
        for (Language language : languages) {
            for (int page = 1; page <= pages; page++) {
                routes.add(new Route(Kind.DECLARATION_INDEX, paths.index(language, page), language, folder, page, 0, null));
            }
            for (ProjectSummary project : projects) {
                routes.add(new Route(Kind.PROJECT, paths.project(language, project.id()), language, folder, 0, 0,
                        project.id()));
            }
            for (int page = 1; page <= indicatorPages; page++) {
                routes.add(new Route(Kind.INDICATORS, paths.indicators(language, page), language, folder, page, 0, null));
            }
        }
        for (String download : downloads) {
            routes.add(new Route(Kind.DOWNLOAD, paths.dataDir() + download, null, folder, 0, 0, download));
        }
        for (int k = 0; k < SearchFiles.docsFiles(projects.size()); k++) {
            routes.add(new Route(Kind.SEARCH, SearchFiles.script(SearchFiles.docsName(folder, k)), null, folder, 0, 0,
                    null));
        }
        return routes;
    }

    /** The first file of a declaration: its first index page in the first language. */
    public static String firstPage(List<Language> languages, String folder) {
        return new SitePaths(languages, folder).index(languages.get(0), 1);
    }

    public List<Route> routes() {
        return routes;
    }

    /** The routes of one kind, in the table's order. */
    public List<Route> of(Kind kind) {
        return routes.stream().filter(r -> r.kind() == kind).toList();
    }

    /** How many files of the kinds {@code kinds} selects. */
    public int count(java.util.function.Predicate<Kind> kinds) {
        return (int) routes.stream().filter(r -> kinds.test(r.kind())).count();
    }

    /** Every path, in the table's order. */
    public List<String> paths() {
        return routes.stream().map(Route::path).toList();
    }
}
