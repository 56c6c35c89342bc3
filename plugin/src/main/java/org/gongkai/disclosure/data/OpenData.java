package org.gongkai.disclosure.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.render.Formats;
import org.gongkai.disclosure.render.SiteOutput;

/**
 * The downloads of a declaration, for analysts: {@code projects.csv}, {@code indicators.csv},
 * {@code disclosure.json} and {@code datapackage.json}, which describes the tables as a
 * Frictionless (Fiscal) Data Package. Projects are encoded one at a time ({@link #encode}, from any thread) and
 * appended in order ({@link Writer#append}), so a declaration of any size streams through.
 */
public final class OpenData {

    public static final String PROJECTS_CSV = "projects.csv";
    public static final String INDICATORS_CSV = "indicators.csv";
    public static final String JSON = "disclosure.json";
    public static final String PACKAGE = "datapackage.json";

    /** Licence and source of the published data, from the plugin's configuration; any may be null. */
    public record Provenance(String license, String licenseUrl, String source, String sourceUrl) {
        public static final Provenance NONE = new Provenance(null, null, null, null);
    }

    /** An indicator with its project and its place in the project's table. */
    record IndicatorRow(Project project, int position, Indicator indicator) {
    }

    /** A project's share of the downloads, encoded: its CSV rows and its part of the JSON. */
    public record Encoded(String id, byte[] projectRow, byte[] indicatorRows, byte[] fragment, int indicators,
            BigDecimal annualTotal) {
    }

    private final Declaration declaration;
    private final Provenance provenance;
    private final Glossary glossary;
    private final List<Column<Project>> projectColumns;
    private final List<Column<IndicatorRow>> indicatorColumns;

    public OpenData(Declaration declaration, Glossary glossary, Provenance provenance) {
        this.declaration = declaration;
        this.glossary = glossary;
        this.provenance = provenance;
        this.projectColumns = projectColumns(declaration);
        this.indicatorColumns = indicatorColumns(new Formats(Language.EN, glossary));
    }

    /** Encodes one project; thread-safe. */
    public Encoded encode(Project project, boolean first) {
        byte[] projectRow = CsvWriter.row(cells(projectColumns, project));
        ByteArrayOutputStream indicators = new ByteArrayOutputStream();
        for (int i = 0; i < project.indicators().size(); i++) {
            indicators.writeBytes(CsvWriter.row(cells(indicatorColumns, new IndicatorRow(project, i + 1,
                    project.indicators().get(i)))));
        }
        return new Encoded(project.id(), projectRow, indicators.toByteArray(), DisclosureJson.fragment(project, first),
                project.indicators().size(), project.annualFunds().total().yuan());
    }

    /** Opens the declaration's data files in {@code dataDir} (e.g. {@code data/}) of the output. */
    public Writer open(SiteOutput out, String dataDir) throws IOException {
        return new Writer(out, dataDir);
    }

    /** The data files being written; projects are appended in order, then {@link #finish()} closes them. */
    public final class Writer {
        private final SiteOutput out;
        private final String dir;
        private final OutputStream projects;
        private final OutputStream indicators;
        private final OutputStream json;
        private final Map<String, Long> sizes = new LinkedHashMap<>();
        private int count;
        private int indicatorCount;
        private BigDecimal total = BigDecimal.ZERO.setScale(2);

        private Writer(SiteOutput out, String dir) throws IOException {
            this.out = out;
            this.dir = dir;
            this.projects = out.open(dir + PROJECTS_CSV);
            this.indicators = out.open(dir + INDICATORS_CSV);
            this.json = out.open(dir + JSON);
            write(projects, PROJECTS_CSV, CsvWriter.BOM);
            write(projects, PROJECTS_CSV, CsvWriter.header(projectColumns.stream().map(Column::name).toList()));
            write(indicators, INDICATORS_CSV, CsvWriter.BOM);
            write(indicators, INDICATORS_CSV, CsvWriter.header(indicatorColumns.stream().map(Column::name).toList()));
            write(json, JSON, DisclosureJson.header(declaration));
        }

        /** Appends a project to the tables and the JSON; call in the declaration's order. */
        public void append(Encoded project) throws IOException {
            write(projects, PROJECTS_CSV, project.projectRow());
            write(indicators, INDICATORS_CSV, project.indicatorRows());
            write(json, JSON, project.fragment());
            count++;
            indicatorCount += project.indicators();
            total = total.add(project.annualTotal());
        }

        /** Closes the files and writes the data package; returns the files' sizes by name. */
        public Map<String, Long> finish() throws IOException {
            write(json, JSON, DisclosureJson.footer(count, total, indicatorCount));
            projects.close();
            indicators.close();
            json.close();
            byte[] pkg = dataPackage();
            out.write(dir + PACKAGE, pkg);
            sizes.put(PACKAGE, (long) pkg.length);
            return sizes;
        }

        private void write(OutputStream stream, String name, byte[] bytes) throws IOException {
            stream.write(bytes);
            sizes.merge(name, (long) bytes.length, Long::sum);
        }
    }

    private static <R> List<String> cells(List<Column<R>> columns, R row) {
        List<String> cells = new ArrayList<>(columns.size());
        for (Column<R> column : columns) {
            Object value = column.value().apply(row);
            cells.add(value == null ? null : value.toString());
        }
        return cells;
    }

    static List<Column<Project>> projectColumns(Declaration declaration) {
        List<Column<Project>> columns = new ArrayList<>();
        columns.add(Column.typed("fiscal_year", "Fiscal year", "预算年度", "year", "date:fiscal-year",
                p -> declaration.fiscalYear()));
        columns.add(Column.string("id", "Project id", "项目标识", Project::id));
        bilingual(columns, "name", "Project name", "项目名称", Project::name);
        bilingual(columns, "nature", "Nature of the project", "项目性质", Project::nature);
        bilingual(columns, "category", "Category of the project", "项目类别", Project::category);
        bilingual(columns, "department", "Supervising department", "主管部门", Project::department);
        bilingual(columns, "implementer", "Implementing unit", "实施单位", Project::implementer);
        columns.add(Column.typed("start_date", "Planned start", "计划开始日期", "date", null, p -> p.start().date()));
        columns.add(Column.typed("end_date", "Planned completion", "计划完成日期", "date", null, p -> p.end().date()));
        money(columns, "funds_total", "Total project funds (CNY)", "项目资金总额（元）", p -> p.funds().total().yuan());
        money(columns, "funds_fiscal", "of which fiscal funds (CNY)", "其中：财政资金（元）", p -> p.funds().fiscal().yuan());
        money(columns, "funds_other", "Other funds (CNY)", "其他资金（元）", p -> p.funds().other().yuan());
        money(columns, "annual_total", "Annual funds applied for (CNY)", "年度资金申请总额（元）",
                p -> p.annualFunds().total().yuan());
        money(columns, "annual_appropriation", "of which this year's appropriation (CNY)", "其中：当年财政拨款（元）",
                p -> p.annualFunds().appropriation().yuan());
        money(columns, "annual_carryover", "Carried over from last year (CNY)", "上年结转资金（元）",
                p -> p.annualFunds().carryover().yuan());
        money(columns, "annual_other", "Other annual funds (CNY)", "其他资金（元）", p -> p.annualFunds().other().yuan());
        columns.add(Column.typed("indicator_count", "Number of indicators", "指标个数", "integer", null,
                p -> p.indicators().size()));
        return columns;
    }

    static List<Column<IndicatorRow>> indicatorColumns(Formats english) {
        List<Column<IndicatorRow>> columns = new ArrayList<>();
        columns.add(Column.string("project_id", "Project id", "项目标识", r -> r.project().id()));
        columns.add(Column.typed("position", "Row in the project's indicator table", "指标序号", "integer", null,
                IndicatorRow::position));
        bilingual(columns, "level1", "Level-1 indicator", "一级指标", r -> r.indicator().level1());
        bilingual(columns, "level2", "Level-2 indicator", "二级指标", r -> r.indicator().level2());
        bilingual(columns, "name", "Indicator", "三级指标", r -> r.indicator().name());
        columns.add(Column.string("target_zh", "Target as filed", "年度指标值（原文）", r -> r.indicator().target().written().zh()));
        columns.add(Column.string("target_en", "Target in English", "年度指标值（英文）",
                r -> english.isUntranslated(r.indicator().target()) ? null : english.target(r.indicator().target())));
        columns.add(Column.string("target_kind", "Kind of target: numeric, qualitative or literal", "指标值类型",
                r -> r.indicator().target().kind().name().toLowerCase(java.util.Locale.ROOT)));
        columns.add(Column.string("operator", "Comparison of a numeric target (=, ≥, ≤, >, <)", "比较符",
                r -> r.indicator().target().isNumeric() ? r.indicator().target().operator().symbol() : null));
        columns.add(Column.typed("value", "Value of a numeric target", "指标数值", "number", null,
                r -> r.indicator().target().isNumeric() ? r.indicator().target().value().toPlainString() : null));
        columns.add(Column.string("unit_zh", "Unit of a numeric target", "计量单位", r -> unit(r.indicator().target(), Language.ZH)));
        columns.add(Column.string("unit_en", "Unit of a numeric target, in English", "计量单位（英文）",
                r -> unit(r.indicator().target(), Language.EN)));
        columns.add(Column.typed("weight", "Weight (points of 100)", "权重", "number", null,
                r -> r.indicator().weight() == null ? null : r.indicator().weight().points().toPlainString()));
        return columns;
    }

    private static String unit(Target target, Language language) {
        if (!target.isNumeric() || target.unit() == null) {
            return null;
        }
        return language == Language.ZH ? target.unit().zh() : target.unit().en();
    }

    private static <R> void bilingual(List<Column<R>> columns, String name, String title, String titleZh,
            java.util.function.Function<R, Text> text) {
        columns.add(Column.string(name + "_zh", title, titleZh, r -> text.apply(r).zh()));
        columns.add(Column.string(name + "_en", title + ", in English", titleZh + "（英文）", r -> text.apply(r).en()));
    }

    private static <R> void money(List<Column<R>> columns, String name, String title, String titleZh,
            java.util.function.Function<R, BigDecimal> amount) {
        columns.add(Column.typed(name, title, titleZh, "number", "value", r -> amount.apply(r).toPlainString()));
    }

    private byte[] dataPackage() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (JsonGenerator json = JsonFactory.builder().build().createGenerator(bytes, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            // Not tabular-data-package: that profile requires a table schema of every resource, and the JSON has none.
            json.writeStringField("profile", "data-package");
            json.writeStringField("name", "performance-targets-" + declaration.fiscalYear());
            json.writeStringField("title", declaration.unit().zh() + " " + declaration.fiscalYear() + "年 "
                    + declaration.title().zh());
            json.writeStringField("description", englishOr(declaration.title()) + ", " + englishOr(declaration.unit())
                    + ", fiscal year " + declaration.fiscalYear() + ". Amounts in yuan (CNY), exact to the fen. CSV files"
                    + " are UTF-8 with a byte-order mark. In every column, a cell that begins with a tab or a"
                    + " carriage return, or whose first character after any leading Unicode white space is =, +, -"
                    + " or @ or one of their full-width forms ＝ ＋ － ＠, is written with a leading apostrophe (') so"
                    + " that spreadsheets do not run it as a formula: a target filed as =96.00(次) reads '=96.00(次),"
                    + " and the operator = reads '=. Drop that one apostrophe to get the text as filed. A cell that is"
                    + " a plain decimal number (ASCII digits with an optional leading minus sign and decimal part, such"
                    + " as -1.5) is written as it is.");
            json.writeArrayFieldStart("keywords");
            json.writeString("budget");
            json.writeString("performance targets");
            json.writeString("预算绩效目标");
            json.writeEndArray();
            json.writeStringField("countryCode", "CN");
            json.writeObjectFieldStart("fiscalPeriod");
            json.writeStringField("start", declaration.fiscalYear() + "-01-01");
            json.writeStringField("end", declaration.fiscalYear() + "-12-31");
            json.writeEndObject();
            if (provenance.license() != null) {
                json.writeArrayFieldStart("licenses");
                json.writeStartObject();
                json.writeStringField("name", provenance.license());
                if (provenance.licenseUrl() != null) {
                    json.writeStringField("path", provenance.licenseUrl());
                }
                json.writeEndObject();
                json.writeEndArray();
            }
            json.writeArrayFieldStart("sources");
            json.writeStartObject();
            json.writeStringField("title", provenance.source() != null ? provenance.source()
                    : declaration.unit().zh() + " " + declaration.fiscalYear() + "年 " + declaration.title().zh());
            if (provenance.sourceUrl() != null) {
                json.writeStringField("path", provenance.sourceUrl());
            }
            json.writeEndObject();
            json.writeEndArray();
            json.writeArrayFieldStart("resources");
            resource(json, "projects", PROJECTS_CSV, "Projects and their funds, one row per project (项目及资金)",
                    projectColumns, List.of("id"), null);
            resource(json, "indicators", INDICATORS_CSV,
                    "Performance indicators, one row per indicator (绩效指标)", indicatorColumns,
                    List.of("project_id", "position"), "project_id");
            json.writeStartObject();
            json.writeStringField("name", "disclosure");
            json.writeStringField("path", JSON);
            json.writeStringField("profile", "data-resource");
            json.writeStringField("format", "json");
            json.writeStringField("mediatype", "application/json");
            json.writeStringField("encoding", "utf-8");
            json.writeStringField("description", "The whole checked declaration (" + DisclosureJson.FORMAT
                    + "): every field, amounts as exact decimal strings");
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static <R> void resource(JsonGenerator json, String name, String path, String description,
            List<Column<R>> columns, List<String> primaryKey, String foreignKey) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", name);
        json.writeStringField("path", path);
        json.writeStringField("profile", "tabular-data-resource");
        json.writeStringField("format", "csv");
        json.writeStringField("mediatype", "text/csv");
        json.writeStringField("encoding", "utf-8");
        json.writeStringField("description", description);
        json.writeObjectFieldStart("dialect");
        json.writeStringField("delimiter", ",");
        json.writeStringField("lineTerminator", "\r\n");
        json.writeStringField("quoteChar", "\"");
        json.writeBooleanField("doubleQuote", true);
        // Not left to a default (the v1 profile's is true): a cell keeps the spaces it begins with.
        json.writeBooleanField("skipInitialSpace", false);
        json.writeBooleanField("header", true);
        json.writeEndObject();
        json.writeObjectFieldStart("schema");
        json.writeArrayFieldStart("fields");
        for (Column<R> column : columns) {
            json.writeStartObject();
            json.writeStringField("name", column.name());
            json.writeStringField("title", column.title());
            json.writeStringField("description", column.titleZh());
            json.writeStringField("type", column.type());
            if (column.columnType() != null) {
                json.writeStringField("columnType", column.columnType());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("primaryKey");
        for (String key : primaryKey) {
            json.writeString(key);
        }
        json.writeEndArray();
        if (foreignKey != null) {
            json.writeArrayFieldStart("foreignKeys");
            json.writeStartObject();
            json.writeArrayFieldStart("fields");
            json.writeString(foreignKey);
            json.writeEndArray();
            json.writeObjectFieldStart("reference");
            json.writeStringField("resource", "projects");
            json.writeArrayFieldStart("fields");
            json.writeString("id");
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static String englishOr(Text text) {
        return text.en() != null ? text.en() : text.zh();
    }
}
