package org.gongkai.disclosure.review;

/** Relative links between the report's pages, so that the report opens from disk or from any folder. */
final class ReportPaths {

    private ReportPaths() {
    }

    /** The way from a page at {@code path} to the report's root: {@code ../} per folder. */
    static String rootFrom(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** A link from the page at {@code from} to the page at {@code to}, both relative to the report's root. */
    static String link(String from, String to) {
        int slash = from.lastIndexOf('/');
        String folder = slash < 0 ? "" : from.substring(0, slash + 1);
        return to.startsWith(folder) ? to.substring(folder.length()) : rootFrom(from) + to;
    }
}
