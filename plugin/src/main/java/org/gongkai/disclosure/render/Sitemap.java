package org.gongkai.disclosure.render;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Project;

/**
 * The sitemap, with each page's other-language versions. Addresses are absolute when the site's address is
 * configured; otherwise they are relative to the sitemap, which is at the site's root.
 */
final class Sitemap {

    private Sitemap() {
    }

    static String xml(SitePaths paths, List<Project> projects, SiteOptions options) {
        String base = options.base() == null ? "" : options.base();
        List<List<String>> pages = new ArrayList<>();
        pages.add(paths.languages().stream().map(paths::index).toList());
        for (Project project : projects) {
            pages.add(paths.languages().stream().map(l -> paths.project(l, project.id())).toList());
        }
        StringBuilder xml = new StringBuilder(256 + pages.size() * 400);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (List<String> versions : pages) {
            for (String page : versions) {
                xml.append("  <url>\n    <loc>").append(escape(base + page)).append("</loc>\n");
                for (int i = 0; i < versions.size(); i++) {
                    Language language = paths.languages().get(i);
                    xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(language.htmlLang())
                            .append("\" href=\"").append(escape(base + versions.get(i))).append("\"/>\n");
                }
                xml.append("  </url>\n");
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
