package org.gongkai.disclosure.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.write.SiteOutput;

/**
 * The sitemap, each page of the route table with its other-language versions. Addresses are absolute when the site's
 * address is configured; otherwise relative to the sitemap, at the site's root. Past {@value #LIMIT} addresses (the
 * protocol's limit) the pages go into {@code sitemap-1.xml}, {@code sitemap-2.xml}… and {@code sitemap.xml} indexes
 * them.
 */
final class Sitemap {

    static final int LIMIT = 50_000;

    /** The sitemap's files for {@code addresses} pages in {@code languages} languages, the index last. */
    static List<String> files(long addresses, int languages) {
        if (addresses <= LIMIT) {
            return List.of(SitePaths.SITEMAP);
        }
        long pages = addresses / languages;
        int perFile = LIMIT / languages;
        List<String> files = new ArrayList<>();
        for (long from = 0, n = 1; from < pages; from += perFile, n++) {
            files.add("sitemap-" + n + ".xml");
        }
        files.add(SitePaths.SITEMAP);
        return files;
    }

    private final List<String> pages;
    private final List<String> files;
    private final List<Language> languages;
    private final String base;

    /** The sitemap of the pages of {@code routes}; {@code base} is the site's address, or empty. */
    Sitemap(RouteTable routes, List<Language> languages, String base) {
        Language first = languages.get(0);
        this.pages = routes.routes().stream()
                .filter(r -> r.kind().isIndexed() && r.language() == first).map(RouteTable.Route::path).toList();
        this.files = routes.of(RouteTable.Kind.SITEMAP).stream().map(RouteTable.Route::path).toList();
        this.languages = languages;
        this.base = base;
    }

    /** Writes one of the sitemap's files: the only one, a part, or the index of the parts. */
    void write(SiteOutput out, String file) throws IOException {
        if (files.size() == 1) {
            try (OutputStream stream = out.open(file)) {
                urlset(stream, pages, 0, pages.size(), languages, base);
            }
            return;
        }
        int part = files.indexOf(file);
        if (part < files.size() - 1) {
            int perFile = LIMIT / languages.size();
            int from = part * perFile;
            try (OutputStream stream = out.open(file)) {
                urlset(stream, pages, from, Math.min(pages.size(), from + perFile), languages, base);
            }
            return;
        }
        StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String each : files.subList(0, files.size() - 1)) {
            index.append("  <sitemap><loc>").append(escape(base + each)).append("</loc></sitemap>\n");
        }
        out.write(file, index.append("</sitemapindex>\n").toString().getBytes(StandardCharsets.UTF_8));
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
