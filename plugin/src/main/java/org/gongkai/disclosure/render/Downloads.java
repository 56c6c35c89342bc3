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
        for (String file : sizes.keySet()) {
            String format = file.endsWith(".csv") ? "CSV" : "JSON";
            links.add(link(data, file, c.labels.get(LABELS.get(file)), format, sizes));
        }
        return links;
    }

    /** The label of each download a declaration may have, by file name. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(OpenData.PROJECTS_CSV, "downloads.projects"),
            Map.entry(OpenData.INDICATORS_CSV, "downloads.indicators"),
            Map.entry("sources.csv", "downloads.sources"),
            Map.entry("recipients.csv", "downloads.recipients"),
            Map.entry("recipient-targets.csv", "downloads.recipientTargets"),
            Map.entry("indicator-details.csv", "downloads.indicatorDetails"),
            Map.entry("project-details.csv", "downloads.projectDetails"),
            Map.entry("department.csv", "downloads.department"),
            Map.entry("department-tasks.csv", "downloads.departmentTasks"),
            Map.entry("department-indicators.csv", "downloads.departmentIndicators"),
            Map.entry("results.csv", "downloads.results"),
            Map.entry(ChangesCsv.FILE, "downloads.changes"),
            Map.entry(OpenData.JSON, "downloads.json"),
            Map.entry(OpenData.PACKAGE, "downloads.package"));

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
