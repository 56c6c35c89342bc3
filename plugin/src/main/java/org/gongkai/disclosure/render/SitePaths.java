package org.gongkai.disclosure.render;

import java.util.List;

import org.gongkai.disclosure.model.Language;

/**
 * Where each page lives, relative to the site's root. A single declaration keeps its pages at
 * {@code zh/index.html} and {@code zh/projects/<id>.html}; in a site of several, each declaration has a folder,
 * {@code zh/<folder>/…}, and {@code zh/index.html} is the site's index. Every internal link is relative, so the site
 * works under any sub-path of a web server and opened from disk.
 */
public final class SitePaths {

    static final String LANDING = "index.html";
    static final String NOT_FOUND = "404.html";
    static final String SITEMAP = "sitemap.xml";
    static final String ASSETS = "assets/";
    static final String DATA = "data/";

    private final List<Language> languages;
    private final String folder;
    /** The declaration's folder in each language, by the language's ordinal: made once, as every link starts with it. */
    private final String[] bases;

    /** @param folder the declaration's folder in a site of several, or null */
    public SitePaths(List<Language> languages, String folder) {
        this.languages = List.copyOf(languages);
        this.folder = folder;
        Language[] all = Language.values();
        this.bases = new String[all.length];
        for (Language language : all) {
            bases[language.ordinal()] = language.code() + "/" + (folder == null ? "" : folder + "/");
        }
    }

    List<Language> languages() {
        return languages;
    }

    /** The declaration's folder in a site of several; null for a single declaration. */
    String folder() {
        return folder;
    }

    private String base(Language language) {
        return bases[language.ordinal()];
    }

    /** The site's index in a language: the declaration's own for a single declaration. */
    static String siteIndex(Language language) {
        return language.code() + "/index.html";
    }

    /** Page {@code page} (from 1) of the site index's list of {@code year}'s declarations. */
    static String yearIndex(Language language, int year, int page) {
        return language.code() + "/" + yearIndexFile(year, page);
    }

    /** The file name of a year's page, in the language's folder. */
    static String yearIndexFile(int year, int page) {
        return "year-" + year + (page <= 1 ? "" : "-" + page) + ".html";
    }

    /** Page {@code page} (from 1) of the declaration's index. */
    String index(Language language, int page) {
        return base(language) + indexFile(page);
    }

    /** The file name of page {@code page} (from 1) of an index, in the index's folder. */
    static String indexFile(int page) {
        return page <= 1 ? "index.html" : "index-" + page + ".html";
    }

    /** The same paths for the declaration in another folder of the site. */
    SitePaths of(String otherFolder) {
        return new SitePaths(languages, otherFolder);
    }

    String index(Language language) {
        return index(language, 1);
    }

    /** Page {@code page} (from 1) of the indicators of all the declaration's projects. */
    String indicators(Language language, int page) {
        return base(language) + (page <= 1 ? "indicators.html" : "indicators-" + page + ".html");
    }

    /** The file name of page {@code page} of the indicators of all projects, in the declaration's folder. */
    static String indicatorsFile(int page) {
        return page <= 1 ? "indicators.html" : "indicators-" + page + ".html";
    }

    String project(Language language, String id) {
        return base(language) + "projects/" + id + ".html";
    }

    /** The declaration's download folder: {@code data/} or {@code data/<folder>/}. */
    public String dataDir() {
        return DATA + (folder == null ? "" : folder + "/");
    }

    /** The same page in another language: the path with its language folder swapped. */
    static String sameIn(String path, Language other) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : other.code() + path.substring(slash);
    }

    /** The way back to the site's root from a page: {@code ../} per folder level. */
    static String rootFrom(String path) {
        long depth = path.chars().filter(c -> c == '/').count();
        return "../".repeat((int) depth);
    }

    /** The shortest relative link from one page to another, both given from the root ({@code ../index.html}). */
    static String link(String from, String to) {
        String[] here = from.split("/");
        String[] there = to.split("/");
        int common = 0;
        while (common < here.length - 1 && common < there.length - 1 && here[common].equals(there[common])) {
            common++;
        }
        StringBuilder link = new StringBuilder("../".repeat(here.length - 1 - common));
        for (int i = common; i < there.length; i++) {
            link.append(there[i]).append(i < there.length - 1 ? "/" : "");
        }
        return link.toString();
    }
}
