package org.gongkai.disclosure.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.ProjectSummary;

/**
 * The sitemap, each page with its other-language versions. Addresses are absolute when the site's address is
 * configured; otherwise relative to the sitemap, at the site's root. Past {@value #LIMIT} addresses (the protocol's
 * limit) the pages go into {@code sitemap-1.xml}, {@code sitemap-2.xml}… and {@code sitemap.xml} indexes them.
 */
final class Sitemap {

    static final int LIMIT = 50_000;

    private Sitemap() {
    }

    static void write(SiteOutput out, boolean multi, List<DeclarationEntry> entries, List<Language> languages,
            SiteOptions options) throws IOException {
        String base = options.base() == null ? "" : options.base();
        List<String> pages = pagesInOneLanguage(multi, entries, languages.get(0));
        long addresses = (long) pages.size() * languages.size();
        if (addresses <= LIMIT) {
            try (OutputStream file = out.open(SitePaths.SITEMAP)) {
                urlset(file, pages, 0, pages.size(), languages, base);
            }
            return;
        }
        int perFile = LIMIT / languages.size();
        List<String> files = new ArrayList<>();
        for (int from = 0, n = 1; from < pages.size(); from += perFile, n++) {
            String name = "sitemap-" + n + ".xml";
            files.add(name);
            try (OutputStream file = out.open(name)) {
                urlset(file, pages, from, Math.min(pages.size(), from + perFile), languages, base);
            }
        }
        StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String name : files) {
            index.append("  <sitemap><loc>").append(escape(base + name)).append("</loc></sitemap>\n");
        }
        out.write(SitePaths.SITEMAP, index.append("</sitemapindex>\n").toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Every page's path in the first language; the other languages' are the same with their folder. */
    private static List<String> pagesInOneLanguage(boolean multi, List<DeclarationEntry> entries, Language language) {
        List<String> pages = new ArrayList<>();
        if (multi) {
            pages.add(SitePaths.siteIndex(language));
            if (!SiteIndexPage.inline(entries)) {
                for (Map.Entry<Integer, List<DeclarationEntry>> year : SiteIndexPage.byYear(entries).entrySet()) {
                    for (int page = 1; page <= SiteIndexPage.yearPages(year.getValue().size()); page++) {
                        pages.add(language.code() + "/" + SiteIndexPage.yearPage(year.getKey(), page));
                    }
                }
            }
        }
        for (DeclarationEntry entry : entries) {
            SitePaths paths = new SitePaths(List.of(language), entry.folder());
            for (int page = 1; page <= IndexPage.pages(entry.projects().size()); page++) {
                pages.add(paths.index(language, page));
            }
            for (ProjectSummary project : entry.projects()) {
                pages.add(paths.project(language, project.id()));
            }
        }
        return pages;
    }

    private static void urlset(OutputStream file, List<String> pages, int from, int to, List<Language> languages,
            String base) throws IOException {
        file.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n").getBytes(StandardCharsets.UTF_8));
        StringBuilder xml = new StringBuilder(1024);
        for (int i = from; i < to; i++) {
            String page = pages.get(i);
            for (Language language : languages) {
                xml.setLength(0);
                xml.append("  <url>\n    <loc>").append(escape(base + SitePaths.sameIn(page, language))).append("</loc>\n");
                for (Language other : languages) {
                    xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(other.htmlLang())
                            .append("\" href=\"").append(escape(base + SitePaths.sameIn(page, other))).append("\"/>\n");
                }
                xml.append("  </url>\n");
                file.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        file.write("</urlset>\n".getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
