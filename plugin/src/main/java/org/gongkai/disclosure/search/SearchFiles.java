package org.gongkai.disclosure.search;

/**
 * Where the index's files live in the site: everything under {@code search/}, each a script named by what the
 * search script asks for ({@code manifest}, {@code t/7}, {@code docs/songjiang-xfb-2024/0}) plus {@code .js}.
 */
public final class SearchFiles {

    public static final String DIR = "search/";
    public static final String MANIFEST = "manifest";
    /** Projects a file of {@code docs/} describes: what a result needs to be shown. */
    public static final int DOCS_PER_FILE = 32;

    private SearchFiles() {
    }

    /** The site path of the file the script knows as {@code name}. */
    public static String script(String name) {
        return DIR + name + ".js";
    }

    static String shardName(int shard) {
        return "t/" + shard;
    }

    static String positionsName(String termFile, int part) {
        return "p/" + termFile.substring(2) + "-" + part;
    }

    /** The name of a declaration's {@code k}-th file of project descriptions; {@code folder} null for a single one. */
    public static String docsName(String folder, int k) {
        return "docs/" + (folder == null ? "" : folder + "/") + k;
    }

    /** How many files of project descriptions a declaration of {@code projects} projects has. */
    public static int docsFiles(int projects) {
        return (projects + DOCS_PER_FILE - 1) / DOCS_PER_FILE;
    }
}
