package org.gongkai.disclosure.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gongkai.disclosure.model.ProjectSummary;
import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.write.SiteOutput;

/**
 * What a search result shows of a project, in files of {@value SearchFiles#DOCS_PER_FILE} projects per declaration
 * ({@code search/docs/<folder>/<k>.js}): its id, its name in both languages and its annual funds, with the unit and
 * year of the declaration. A result page loads only the files of the results it shows. Made from the projects'
 * summaries, so a declaration taken unchanged from the published site keeps its files.
 */
public final class ProjectDescriptions {

    private ProjectDescriptions() {
    }

    /** Writes a declaration's files; {@code folder} is null for a single declaration. */
    public static void write(SiteOutput out, String folder, Text unit, int year, List<ProjectSummary> projects)
            throws IOException {
        int files = SearchFiles.docsFiles(projects.size());
        for (int k = 0; k < files; k++) {
            String name = SearchFiles.docsName(folder, k);
            StringBuilder js = new StringBuilder(4096).append("GongkaiSearch.put(");
            Json.string(js, name).append(",{\"unit\":[");
            Json.string(js, unit.zh()).append(',');
            optional(js, unit.en()).append("],\"year\":").append(year).append(",\"path\":");
            Json.string(js, folder == null ? "" : folder + "/").append(",\"docs\":[");
            int end = Math.min(projects.size(), (k + 1) * SearchFiles.DOCS_PER_FILE);
            for (int i = k * SearchFiles.DOCS_PER_FILE; i < end; i++) {
                ProjectSummary p = projects.get(i);
                js.append(i % SearchFiles.DOCS_PER_FILE == 0 ? "[" : ",[");
                Json.string(js, p.id()).append(',');
                Json.string(js, p.name().zh()).append(',');
                optional(js, p.name().en()).append(',');
                Json.string(js, p.annualTotal().toPlainString()).append(']');
            }
            js.append("]});\n");
            out.write(SearchFiles.script(name), js.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static StringBuilder optional(StringBuilder js, String text) {
        return text == null ? js.append("null") : Json.string(js, text);
    }
}
