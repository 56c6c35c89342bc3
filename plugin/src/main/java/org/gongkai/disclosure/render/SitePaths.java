package org.gongkai.disclosure.render;

import java.util.List;

import org.gongkai.disclosure.model.Language;

/**
 * Where each page lives, relative to the site's root. Every internal link is relative, so the site works
 * under any sub-path of a web server and opened from disk.
 */
final class SitePaths {

    static final String LANDING = "index.html";
    static final String NOT_FOUND = "404.html";
    static final String SITEMAP = "sitemap.xml";
    static final String ASSETS = "assets/";

    private final List<Language> languages;

    SitePaths(List<Language> languages) {
        this.languages = List.copyOf(languages);
    }

    List<Language> languages() {
        return languages;
    }

    String index(Language language) {
        return language.code() + "/index.html";
    }

    String project(Language language, String id) {
        return language.code() + "/projects/" + id + ".html";
    }

    /** The same page in another language: the path with its language folder swapped. */
    String sameIn(String path, Language other) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : other.code() + path.substring(slash);
    }

    /** The way back to the site's root from a page: {@code ../} per folder level. */
    static String rootFrom(String path) {
        long depth = path.chars().filter(c -> c == '/').count();
        return "../".repeat((int) depth);
    }

    /** A link from one page to another, both given from the root. */
    static String link(String from, String to) {
        return rootFrom(from) + to;
    }
}
