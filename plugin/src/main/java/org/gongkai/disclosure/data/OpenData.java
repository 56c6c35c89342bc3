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
import org.gongkai.disclosure.model.FormSchema.Part;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.Provenance;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.write.SiteOutput;

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
        this.indicatorColumns = indicatorColumns(glossary);
    }

    /** Encodes one project; thread-safe. */
    public Encoded encode(Project project) {
        byte[] projectRow = CsvWriter.row(cells(projectColumns, project));
        ByteArrayOutputStream indicators = new ByteArrayOutputStream();
        for (int i = 0; i < project.indicators().size(); i++) {
            indicators.writeBytes(CsvWriter.row(cells(indicatorColumns, new IndicatorRow(project, i + 1,
                    project.indicators().get(i)))));
        }
        return new Encoded(project.id(), projectRow, indicators.toByteArray(), DisclosureJson.fragment(project),
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
        private final Counted projects;
        private final Counted indicators;
        private final Counted json;
        private final DisclosureJson.Stream document;
        private int count;
        private int indicatorCount;
        private BigDecimal total = BigDecimal.ZERO.setScale(2);

        private Writer(SiteOutput out, String dir) throws IOException {
            this.out = out;
            this.dir = dir;
            this.projects = new Counted(out.open(dir + PROJECTS_CSV));
            this.indicators = new Counted(out.open(dir + INDICATORS_CSV));
            this.json = new Counted(out.open(dir + JSON));
            projects.write(CsvWriter.BOM);
            projects.write(CsvWriter.header(projectColumns.stream().map(Column::name).toList()));
            indicators.write(CsvWriter.BOM);
            indicators.write(CsvWriter.header(indicatorColumns.stream().map(Column::name).toList()));
            this.document = new DisclosureJson.Stream(json, declaration);
        }

        /** Appends a project to the tables and the JSON; call in the declaration's order. */
        public void append(Encoded project) throws IOException {
            projects.write(project.projectRow());
            indicators.write(project.indicatorRows());
            document.append(project.fragment());
            count++;
            indicatorCount += project.indicators();
            total = total.add(project.annualTotal());
        }

        /** Closes the files and writes the data package; returns the files' sizes by name. */
        public Map<String, Long> finish() throws IOException {
            document.finish(count, total, indicatorCount);
            document.close();
            projects.close();
            indicators.close();
            json.close();
            byte[] pkg = dataPackage();
            out.write(dir + PACKAGE, pkg);
            Map<String, Long> sizes = new LinkedHashMap<>();
            sizes.put(PROJECTS_CSV, projects.bytes);
            sizes.put(INDICATORS_CSV, indicators.bytes);
            sizes.put(JSON, json.bytes);
            sizes.put(PACKAGE, (long) pkg.length);
            return sizes;
        }
    }

    /** A download being written, and how many bytes it has so far: its size is shown beside its link. */
    private static final class Counted extends java.io.FilterOutputStream {
        private long bytes;

        Counted(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int offset, int length) throws IOException {
            out.write(b, offset, length);
            bytes += length;
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
        columns.add(Column.typed("fiscal_year", "Fiscal year", form(Part.DECLARATION, "fiscal-year"), "year", "date:fiscal-year",
                p -> declaration.fiscalYear()));
        columns.add(Column.string("id", "Project id", form(Part.PROJECT, "id"), Project::id));
        bilingual(columns, "name", "Project name", form(Part.PROJECT, "name"), Project::name);
        bilingual(columns, "nature", "Nature of the project", form(Part.PROJECT, "nature"), Project::nature);
        bilingual(columns, "category", "Category of the project", form(Part.PROJECT, "category"), Project::category);
        bilingual(columns, "department", "Supervising department", form(Part.PROJECT, "department"), Project::department);
        bilingual(columns, "implementer", "Implementing unit", form(Part.PROJECT, "implementer"), Project::implementer);
        columns.add(Column.typed("start_date", "Planned start", form(Part.PROJECT, "start"), "date", null, p -> p.start().date()));
        columns.add(Column.typed("end_date", "Planned completion", form(Part.PROJECT, "end"), "date", null, p -> p.end().date()));
        money(columns, "funds_total", "Total project funds (CNY)", form(Part.FUNDS, "total") + "（元）", p -> p.funds().total().yuan());
        money(columns, "funds_fiscal", "of which fiscal funds (CNY)", form(Part.FUNDS, "fiscal") + "（元）", p -> p.funds().fiscal().yuan());
        money(columns, "funds_other", "Other funds (CNY)", form(Part.FUNDS, "other") + "（元）", p -> p.funds().other().yuan());
        money(columns, "annual_total", "Annual funds applied for (CNY)", form(Part.ANNUAL_FUNDS, "total") + "（元）",
                p -> p.annualFunds().total().yuan());
        money(columns, "annual_appropriation", "of which this year's appropriation (CNY)", form(Part.ANNUAL_FUNDS, "appropriation") + "（元）",
                p -> p.annualFunds().appropriation().yuan());
        money(columns, "annual_carryover", "Carried over from last year (CNY)", form(Part.ANNUAL_FUNDS, "carryover") + "（元）",
                p -> p.annualFunds().carryover().yuan());
        money(columns, "annual_other", "Other annual funds (CNY)", form(Part.ANNUAL_FUNDS, "other") + "（元）", p -> p.annualFunds().other().yuan());
        columns.add(Column.typed("indicator_count", "Number of indicators", "指标个数", "integer", null,
                p -> p.indicators().size()));
        return columns;
    }

    static List<Column<IndicatorRow>> indicatorColumns(Glossary glossary) {
        List<Column<IndicatorRow>> columns = new ArrayList<>();
        columns.add(Column.string("project_id", "Project id", form(Part.PROJECT, "id"), r -> r.project().id()));
        columns.add(Column.typed("position", "Row in the project's indicator table", "指标序号", "integer", null,
                IndicatorRow::position));
        bilingual(columns, "level1", "Level-1 indicator", form(Part.INDICATOR, "level1"), r -> r.indicator().level1());
        bilingual(columns, "level2", "Level-2 indicator", form(Part.INDICATOR, "level2"), r -> r.indicator().level2());
        bilingual(columns, "name", "Indicator", form(Part.INDICATOR, "name"), r -> r.indicator().name());
        columns.add(Column.string("target_zh", "Target as filed", form(Part.INDICATOR, "target") + "（原文）", r -> r.indicator().target().written().zh()));
        columns.add(Column.string("target_en", "Target in English", form(Part.INDICATOR, "target") + "（英文）",
                r -> r.indicator().target().english(glossary)));
        columns.add(Column.string("target_kind", "Kind of target: numeric, qualitative or literal", "指标值类型",
                r -> r.indicator().target().kind().name().toLowerCase(java.util.Locale.ROOT)));
        columns.add(Column.string("operator", "Comparison of a numeric target (=, ≥, ≤, >, <)", "比较符",
                r -> r.indicator().target().isNumeric() ? r.indicator().target().operator().symbol() : null));
        columns.add(Column.typed("value", "Value of a numeric target", "指标数值", "number", null,
                r -> r.indicator().target().isNumeric() ? r.indicator().target().value().toPlainString() : null));
        columns.add(Column.string("unit_zh", "Unit of a numeric target", "计量单位", r -> unit(r.indicator().target(), Language.ZH)));
        columns.add(Column.string("unit_en", "Unit of a numeric target, in English", "计量单位（英文）",
                r -> unit(r.indicator().target(), Language.EN)));
        columns.add(Column.typed("weight", "Weight (points of 100)", form(Part.INDICATOR, "weight"), "number", null,
                r -> r.indicator().weight() == null ? null : r.indicator().weight().points().toPlainString()));
        return columns;
    }

    /** A column's Chinese title: the name of its field on the form. */
    private static String form(Part part, String key) {
        return part.field(key).orElseThrow().formName();
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
            resource(json, "changes", ChangesCsv.FILE, "What changed since the same unit's declaration of the fiscal"
                    + " year before, one row per change; the header only when this site has none (与上年相比的变化)",
                    ChangesCsv.columns(declaration.fiscalYear(), null), List.of(), null);
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
        if (!primaryKey.isEmpty()) {
            json.writeArrayFieldStart("primaryKey");
            for (String key : primaryKey) {
                json.writeString(key);
            }
            json.writeEndArray();
        }
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
