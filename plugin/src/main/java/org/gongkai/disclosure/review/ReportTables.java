package org.gongkai.disclosure.review;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.data.CsvWriter;
import org.gongkai.disclosure.diag.MessageCatalog;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.write.SiteOutput;

/**
 * The report's tables for spreadsheets: every finding, and every project with its measurability and its findings by
 * category. UTF-8 with a byte-order mark, RFC 4180, every cell guarded against formulas, as the site's downloads.
 */
final class ReportTables {

    static final String FINDINGS = "findings.csv";
    static final String PROJECTS = "projects.csv";

    private static final List<String> FINDING_COLUMNS = List.of("declaration", "unit", "fiscal_year", "project_id",
            "project_name", "file", "line", "column", "rule", "category", "severity", "indicator", "indicator_en",
            "reason", "reason_en");
    private static final List<String> PROJECT_COLUMNS = List.of("declaration", "unit", "fiscal_year", "project_id",
            "project_name", "file", "indicators", "measurable", "measurable_share", "findings", "concern", "advice",
            "measurability", "copies", "soundness", "coverage");

    private final MessageCatalog zh = MessageCatalog.of(Language.ZH);
    private final MessageCatalog en = MessageCatalog.of(Language.EN);

    /** Writes both tables; returns their sizes in bytes, by file name. */
    Map<String, Long> write(ReviewReport report, SiteOutput out) throws IOException {
        return Map.of(FINDINGS, findings(report, out), PROJECTS, projects(report, out));
    }

    private long findings(ReviewReport report, SiteOutput out) throws IOException {
        try (Counting file = new Counting(out.open(FINDINGS))) {
            file.write(CsvWriter.bom());
            file.write(CsvWriter.header(FINDING_COLUMNS));
            for (ReviewedDeclaration declaration : report.declarations()) {
                for (ReviewedProject project : declaration.projects()) {
                    for (Finding finding : project.findings()) {
                        List<String> cells = new ArrayList<>(FINDING_COLUMNS.size());
                        cells.addAll(projectCells(declaration, project));
                        cells.add(String.valueOf(finding.at().line()));
                        cells.add(String.valueOf(finding.at().column()));
                        cells.add(finding.rule());
                        cells.add(finding.category().name().toLowerCase(java.util.Locale.ROOT));
                        cells.add(finding.severity().code());
                        cells.add(finding.subject() == null ? null : finding.subject().zh());
                        cells.add(finding.subject() == null ? null : english(finding.subject()));
                        cells.add(zh.format(finding.reason()));
                        cells.add(en.format(finding.reason()));
                        file.write(CsvWriter.row(cells));
                    }
                }
            }
            return file.count;
        }
    }

    private long projects(ReviewReport report, SiteOutput out) throws IOException {
        try (Counting file = new Counting(out.open(PROJECTS))) {
            file.write(CsvWriter.bom());
            file.write(CsvWriter.header(PROJECT_COLUMNS));
            for (ReviewedDeclaration declaration : report.declarations()) {
                for (ReviewedProject project : declaration.projects()) {
                    List<Finding> findings = project.findings();
                    List<String> cells = new ArrayList<>(PROJECT_COLUMNS.size());
                    cells.addAll(projectCells(declaration, project));
                    cells.add(String.valueOf(project.indicators()));
                    cells.add(String.valueOf(project.measurable()));
                    cells.add(project.indicators() == 0 ? null
                            : Percent.share(project.measurable(), project.indicators()).toPlainString());
                    cells.add(String.valueOf(findings.size()));
                    for (ReviewSeverity severity : ReviewSeverity.values()) {
                        cells.add(String.valueOf(findings.stream().filter(f -> f.severity() == severity).count()));
                    }
                    for (ReviewCategory category : ReviewCategory.values()) {
                        cells.add(String.valueOf(findings.stream().filter(f -> f.category() == category).count()));
                    }
                    file.write(CsvWriter.row(cells));
                }
            }
            return file.count;
        }
    }

    private static List<String> projectCells(ReviewedDeclaration declaration, ReviewedProject project) {
        return List.of(declaration.folder() == null ? "" : declaration.folder(), declaration.unit(),
                declaration.fiscalYear() == 0 ? "" : String.valueOf(declaration.fiscalYear()),
                project.id() == null ? "" : project.id(), project.name() == null ? "" : project.name().zh(),
                project.file());
    }

    private static String english(Text text) {
        return text.en();
    }

    /** A file that counts what is written to it, for the sizes the report shows beside its links. */
    private static final class Counting extends java.io.FilterOutputStream {
        private long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes) throws IOException {
            out.write(bytes, 0, bytes.length);
            count += bytes.length;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }
    }
}
