package org.gongkai.disclosure.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.data.ChangesCsv;
import org.gongkai.disclosure.data.OpenData;

/**
 * The download links of the pages. An index links the declaration's files with their sizes; a project page links
 * its rows in the CSV tables, with RFC 7111 fragments ({@code indicators.csv#row=9-19}; the header is row 1), and the
 * declaration's JSON, which holds it.
 */
final class Downloads {

    private Downloads() {
    }

    /** The links of a declaration's index page. */
    static List<Views.Download> forIndex(Map<String, Long> sizes, PageContext c) {
        String data = SitePaths.rootFrom(c.paths.index(c.language)) + c.paths.dataDir();
        List<Views.Download> links = new ArrayList<>();
        links.add(link(data, OpenData.PROJECTS_CSV, c.labels.get("downloads.projects"), "CSV", sizes));
        links.add(link(data, OpenData.INDICATORS_CSV, c.labels.get("downloads.indicators"), "CSV", sizes));
        links.add(link(data, ChangesCsv.FILE, c.labels.get("downloads.changes"), "CSV", sizes));
        links.add(link(data, OpenData.JSON, c.labels.get("downloads.json"), "JSON", sizes));
        links.add(link(data, OpenData.PACKAGE, c.labels.get("downloads.package"), "JSON", sizes));
        return links;
    }

    /** The links of a project page: its rows in the tables, and the declaration's JSON that holds it. */
    static List<Views.Download> forProject(String id, ProjectLinks links, PageContext c) {
        String data = SitePaths.rootFrom(c.paths.project(c.language, id)) + c.paths.dataDir();
        List<Views.Download> downloads = new ArrayList<>();
        downloads.add(new Views.Download(data + OpenData.PROJECTS_CSV + "#row=" + links.projectRow(),
                c.labels.format("downloads.projectRow", links.projectRow()), "CSV", null));
        int first = links.firstIndicatorRow();
        int last = first + links.indicatorCount() - 1;
        if (last >= first) {
            downloads.add(new Views.Download(data + OpenData.INDICATORS_CSV + "#row=" + first + "-" + last,
                    c.labels.format("downloads.indicatorRows", first, last), "CSV", null));
        }
        downloads.add(new Views.Download(data + OpenData.JSON, c.labels.get("downloads.project"), "JSON", null));
        return downloads;
    }

    private static Views.Download link(String data, String name, String label, String format, Map<String, Long> sizes) {
        return new Views.Download(data + name, label + " (" + name + ")", format, size(sizes.getOrDefault(name, 0L)));
    }

    /** A size as people read it: 812 B, 2.1 KB, 1.4 MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
