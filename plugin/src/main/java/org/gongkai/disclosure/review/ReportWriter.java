package org.gongkai.disclosure.review;

import java.io.IOException;
import java.util.Map;

import org.gongkai.disclosure.write.SiteOutput;

/**
 * Writes the review report: its pages in both languages ({@code index.html}, {@code zh/…}, {@code en/…}, the
 * stylesheets) and its tables ({@code findings.csv}, {@code projects.csv}).
 */
public final class ReportWriter {

    /** A file only a review has: a folder holding it is a review, which a site must never replace. */
    public static final String REVIEW_ONLY = ReportTables.FINDINGS;

    private final String contentFolder;

    /** @param contentFolder the content folder as messages name it, for the report's first page */
    public ReportWriter(String contentFolder) {
        this.contentFolder = contentFolder;
    }

    public void write(ReviewReport report, SiteOutput out) throws IOException {
        Map<String, Long> sizes = new ReportTables().write(report, out);
        new ReportPages(contentFolder).write(report, sizes, out);
    }
}
