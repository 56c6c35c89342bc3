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

    /**
     * Writes the pages {@code from} to {@code to} as a urlset. A large site's sitemaps hold hundreds of thousands of
     * addresses, so each is put together from bytes made once: the site's address, the languages' codes and links,
     * and the page's path after its language folder.
     */
    private static void urlset(OutputStream file, List<String> pages, int from, int to, List<Language> languages,
            String base) throws IOException {
        byte[] prefix = utf8(escape(base));
        byte[][] codes = new byte[languages.size()][];
        byte[][] alternates = new byte[languages.size()][];
        for (int l = 0; l < languages.size(); l++) {
            codes[l] = utf8(languages.get(l).code());
            alternates[l] = utf8("    <xhtml:link rel=\"alternate\" hreflang=\"" + languages.get(l).htmlLang()
                    + "\" href=\"");
        }
        Bytes xml = new Bytes(file);
        xml.put(URLSET);
        for (int i = from; i < to; i++) {
            String page = pages.get(i);
            int slash = page.indexOf('/');
            // As SitePaths.sameIn: a page in a language's folder has a twin in each; one at the root is the same.
            byte[] rest = utf8(escape(slash < 0 ? page : page.substring(slash)));
            for (int l = 0; l < languages.size(); l++) {
                xml.put(URL_OPEN).put(prefix);
                if (slash >= 0) {
                    xml.put(codes[l]);
                }
                xml.put(rest).put(LOC_CLOSE);
                for (int o = 0; o < languages.size(); o++) {
                    xml.put(alternates[o]).put(prefix);
                    if (slash >= 0) {
                        xml.put(codes[o]);
                    }
                    xml.put(rest).put(LINK_CLOSE);
                }
                xml.put(URL_CLOSE);
            }
        }
        xml.put(URLSET_CLOSE).flush();
    }

    private static final byte[] URLSET = utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"
            + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    private static final byte[] URL_OPEN = utf8("  <url>\n    <loc>");
    private static final byte[] LOC_CLOSE = utf8("</loc>\n");
    private static final byte[] LINK_CLOSE = utf8("\"/>\n");
    private static final byte[] URL_CLOSE = utf8("  </url>\n");
    private static final byte[] URLSET_CLOSE = utf8("</urlset>\n");

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes gathered into a buffer and passed on a buffer at a time. */
    private static final class Bytes {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int length;

        Bytes(OutputStream out) {
            this.out = out;
        }

        Bytes put(byte[] bytes) throws IOException {
            if (length + bytes.length > buffer.length) {
                flush();
                if (bytes.length > buffer.length) {
                    out.write(bytes);
                    return this;
                }
            }
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
            return this;
        }

        void flush() throws IOException {
            out.write(buffer, 0, length);
            length = 0;
        }
    }

    private static String escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
            }
        }
        return text; // a page's path, as nearly all are: nothing to escape
    }
}
