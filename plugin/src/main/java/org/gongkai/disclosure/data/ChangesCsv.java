package org.gongkai.disclosure.data;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.compare.IndicatorBrief;
import org.gongkai.disclosure.compare.ProjectBrief;
import org.gongkai.disclosure.compare.ProjectChanges;
import org.gongkai.disclosure.write.SiteOutput;

/**
 * {@code changes.csv}: what changed since the same unit's declaration of the fiscal year before, one row per change.
 * A project that continues has a row for its annual funds (last year's, this year's, the difference and its
 * percentage), one per indicator added or removed and per target changed, or one saying its indicators are those of
 * last year; a new project and a project of last year that is gone have a row each. Without a declaration of last
 * year the file has its header only. Written like the other tables: UTF-8 with a byte-order mark, every cell guarded
 * by {@link CsvWriter}.
 */
public final class ChangesCsv {

    public static final String FILE = "changes.csv";

    /** The kinds of change, as the {@code change} column names them. */
    public enum Kind {
        PROJECT_ADDED, PROJECT_REMOVED, NAME_CHANGED, ANNUAL_FUNDS, INDICATOR_ADDED, INDICATOR_REMOVED, TARGET_CHANGED,
        INDICATORS_UNCHANGED;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One row: the change, its project, and the indicator, targets or amounts it concerns. */
    record Row(Kind kind, ProjectBrief project, IndicatorBrief indicator, String targetBefore, String targetAfter,
            BigDecimal before, BigDecimal after, BigDecimal difference, BigDecimal percent) {
    }

    private final int year;
    private final Integer previousYear;
    private final List<Column<Row>> columns;

    /** @param previousYear the fiscal year compared with, or null when the unit has no declaration of last year */
    public ChangesCsv(int year, Integer previousYear) {
        this.year = year;
        this.previousYear = previousYear;
        this.columns = columns(year, previousYear);
    }

    static List<Column<Row>> columns(int year, Integer previousYear) {
        List<Column<Row>> columns = new ArrayList<>();
        columns.add(Column.typed("fiscal_year", "Fiscal year", "预算年度", "year", "date:fiscal-year", r -> year));
        columns.add(Column.typed("previous_year", "Fiscal year compared with", "比较年度", "year", null,
                r -> previousYear));
        columns.add(Column.string("project_id", "Project id", "项目标识", r -> r.project().id()));
        columns.add(Column.string("name_zh", "Project name", "项目名称", r -> r.project().name().zh()));
        columns.add(Column.string("name_en", "Project name, in English", "项目名称（英文）", r -> r.project().name().en()));
        columns.add(Column.string("change", "What changed: project_added, project_removed, name_changed, annual_funds, "
                + "indicator_added, indicator_removed, target_changed or indicators_unchanged", "变化", r -> r.kind().code()));
        columns.add(Column.string("level1_zh", "Level-1 indicator", "一级指标",
                r -> r.indicator() == null ? null : r.indicator().level1().zh()));
        columns.add(Column.string("level2_zh", "Level-2 indicator", "二级指标",
                r -> r.indicator() == null ? null : r.indicator().level2().zh()));
        columns.add(Column.string("indicator_zh", "Indicator", "三级指标",
                r -> r.indicator() == null ? null : r.indicator().name().zh()));
        columns.add(Column.string("indicator_en", "Indicator, in English", "三级指标（英文）",
                r -> r.indicator() == null ? null : r.indicator().name().en()));
        columns.add(Column.string("target_before", "Target last year, as filed (for name_changed: the project's name last year)", "上年指标值（名称变化时为上年名称）", Row::targetBefore));
        columns.add(Column.string("target_after", "Target this year, as filed (for name_changed: the project's name this year)", "本年指标值（名称变化时为本年名称）", Row::targetAfter));
        columns.add(Column.typed("annual_before", "Annual funds last year (CNY)", "上年年度资金（元）", "number", "value",
                r -> plain(r.before())));
        columns.add(Column.typed("annual_after", "Annual funds this year (CNY)", "本年年度资金（元）", "number", "value",
                r -> plain(r.after())));
        columns.add(Column.typed("annual_difference", "Change in annual funds (CNY)", "年度资金增减（元）", "number", null,
                r -> plain(r.difference())));
        columns.add(Column.typed("annual_percent", "Change in annual funds, percent of last year's", "年度资金增减（%）",
                "number", null, r -> plain(r.percent())));
        return columns;
    }

    List<Column<Row>> columns() {
        return columns;
    }

    /** The rows of one of this year's projects: new, or compared with last year's. */
    static List<Row> rows(ProjectBrief project, ProjectChanges changes) {
        List<Row> rows = new ArrayList<>();
        if (changes == null) {
            rows.add(new Row(Kind.PROJECT_ADDED, project, null, null, null, null, project.annualTotal(), null, null));
            return rows;
        }
        if (changes.renamed()) {
            // The same id for a project of another name: the reader should know what it is compared with.
            rows.add(new Row(Kind.NAME_CHANGED, project, null, changes.before().name().zh(), project.name().zh(), null,
                    null, null, null));
        }
        rows.add(new Row(Kind.ANNUAL_FUNDS, project, null, null, null, changes.before().annualTotal(),
                project.annualTotal(), changes.difference(), changes.percent()));
        for (IndicatorBrief added : changes.added()) {
            rows.add(new Row(Kind.INDICATOR_ADDED, project, added, null, added.target(), null, null, null, null));
        }
        for (IndicatorBrief removed : changes.removed()) {
            rows.add(new Row(Kind.INDICATOR_REMOVED, project, removed, removed.target(), null, null, null, null, null));
        }
        for (ProjectChanges.TargetChange target : changes.targets()) {
            rows.add(new Row(Kind.TARGET_CHANGED, project, target.after(), target.before().target(),
                    target.after().target(), null, null, null, null));
        }
        if (changes.sameIndicators()) {
            rows.add(new Row(Kind.INDICATORS_UNCHANGED, project, null, null, null, null, null, null, null));
        }
        return rows;
    }

    /** Opens {@code changes.csv} in {@code dataDir} of the output. */
    public Writer open(SiteOutput out, String dataDir) throws IOException {
        return new Writer(out.open(dataDir + FILE));
    }

    /** The file being written: this year's projects in order, then last year's that are gone. */
    public final class Writer {
        private final OutputStream out;
        private long bytes;

        private Writer(OutputStream out) throws IOException {
            this.out = out;
            write(CsvWriter.BOM);
            write(CsvWriter.header(columns.stream().map(Column::name).toList()));
        }

        /**
         * Appends a project of this year.
         *
         * @param changes its changes since last year, or null when it is new (or there is no last year)
         */
        public void append(ProjectBrief project, ProjectChanges changes) throws IOException {
            if (previousYear == null) {
                return;
            }
            for (Row row : rows(project, changes)) {
                write(CsvWriter.row(cells(row)));
            }
        }

        /** Appends last year's projects that are gone, closes the file and returns its size. */
        public long finish(List<ProjectBrief> removed) throws IOException {
            if (previousYear != null) {
                for (ProjectBrief project : removed) {
                    write(CsvWriter.row(cells(new Row(Kind.PROJECT_REMOVED, project, null, null, null,
                            project.annualTotal(), null, null, null))));
                }
            }
            out.close();
            return bytes;
        }

        private void write(byte[] data) throws IOException {
            out.write(data);
            bytes += data.length;
        }

        private List<String> cells(Row row) {
            List<String> cells = new ArrayList<>(columns.size());
            for (Column<Row> column : columns) {
                Object value = column.value().apply(row);
                cells.add(value == null ? null : value.toString());
            }
            return cells;
        }
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    int year() {
        return year;
    }
}
