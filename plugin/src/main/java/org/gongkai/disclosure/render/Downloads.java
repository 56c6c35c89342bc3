package org.gongkai.disclosure.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.data.OpenData;
import org.gongkai.disclosure.model.Project;

/**
 * The download links of the pages, with the files' sizes. A project page links its own JSON file and its rows in
 * the CSV tables, with RFC 7111 fragments ({@code indicators.csv#row=9-19}; the header is row 1).
 */
final class Downloads {

    private final Map<String, byte[]> files;
    private final Map<String, int[]> projectRows = new HashMap<>();
    private final Map<String, int[]> indicatorRows = new HashMap<>();

    Downloads(Map<String, byte[]> files, List<Project> projects) {
        this.files = files;
        int indicatorRow = 2;
        for (int i = 0; i < projects.size(); i++) {
            Project p = projects.get(i);
            projectRows.put(p.id(), new int[] {i + 2});
            indicatorRows.put(p.id(), new int[] {indicatorRow, indicatorRow + p.indicators().size() - 1});
            indicatorRow += p.indicators().size();
        }
    }

    /** The links of a language's index, relative to it. */
    List<Views.Download> forIndex(Labels labels) {
        String up = "../";
        List<Views.Download> links = new ArrayList<>();
        links.add(link(up, OpenData.PROJECTS_CSV, labels.get("downloads.projects"), "CSV"));
        links.add(link(up, OpenData.INDICATORS_CSV, labels.get("downloads.indicators"), "CSV"));
        links.add(link(up, OpenData.JSON, labels.get("downloads.json"), "JSON"));
        links.add(link(up, OpenData.PACKAGE, labels.get("downloads.package"), "JSON"));
        return links;
    }

    /** The links of a project page, relative to it. */
    List<Views.Download> forProject(Project project, Labels labels) {
        String up = "../../";
        List<Views.Download> links = new ArrayList<>();
        String json = OpenData.projectJson(project.id());
        links.add(new Views.Download(up + json, labels.get("downloads.project"), "JSON", size(files.get(json).length)));
        int row = projectRows.get(project.id())[0];
        links.add(new Views.Download(up + OpenData.DIR + OpenData.PROJECTS_CSV + "#row=" + row,
                labels.format("downloads.projectRow", row), "CSV", size(fileSize(OpenData.PROJECTS_CSV))));
        int[] rows = indicatorRows.get(project.id());
        links.add(new Views.Download(up + OpenData.DIR + OpenData.INDICATORS_CSV + "#row=" + rows[0] + "-" + rows[1],
                labels.format("downloads.indicatorRows", rows[0], rows[1]), "CSV", size(fileSize(OpenData.INDICATORS_CSV))));
        return links;
    }

    private Views.Download link(String up, String name, String label, String format) {
        return new Views.Download(up + OpenData.DIR + name, label + " (" + name + ")", format, size(fileSize(name)));
    }

    private int fileSize(String name) {
        return files.get(OpenData.DIR + name).length;
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
