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

import org.gongkai.disclosure.model.DateValue;
import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Department;
import org.gongkai.disclosure.model.Evaluation;
import org.gongkai.disclosure.model.FormSchema.Part;
import org.gongkai.disclosure.model.FundSource;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.Provenance;
import org.gongkai.disclosure.model.Recipient;
import org.gongkai.disclosure.model.ResultSummary;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.write.SiteOutput;

/**
 * The downloads of a declaration, for analysts: {@code projects.csv}, {@code indicators.csv}, the tables of what
 * only some forms have ({@code sources.csv}, {@code recipients.csv}, {@code recipient-targets.csv},
 * {@code indicator-details.csv}, {@code project-details.csv}: each written only when some project has rows for it),
 * the tables of a department's form ({@code department.csv}, {@code department-tasks.csv},
 * {@code department-indicators.csv}: written only where the declaration has one),
 * {@code disclosure.json}, and {@code datapackage.json}, which describes them as a Frictionless (Fiscal) Data Package.
 * Projects are encoded one at a time ({@link #encode}, from any thread) and appended in order ({@link Writer#append}),
 * so a declaration of any size streams through.
 */
public final class OpenData {

    public static final String PROJECTS_CSV = "projects.csv";
    public static final String INDICATORS_CSV = "indicators.csv";
    public static final String JSON = "disclosure.json";
    public static final String PACKAGE = "datapackage.json";

    /** An indicator with its project and its place in the project's table. */
    record IndicatorRow(Project project, int position, Indicator indicator) {
    }

    /** A target of one recipient: the indicator's place, the recipient's, and the target. */
    record RecipientTarget(Project project, int indicator, int recipient, Target target) {
    }

    /** A fund source, whether it breaks down the project's funds or the year's, and its place. */
    record SourceRow(Project project, String scope, int position, FundSource source) {
    }

    /** A recipient and its place. */
    record RecipientRow(Project project, int position, Recipient recipient) {
    }

    /**
     * A project's share of the downloads, encoded: its rows of each table (in {@link #tables()} order; empty where it
     * has none) and its part of the JSON.
     *
     * @param partialDates true when a planned date is filed only to the month or the year
     * @param newKinds true when a target is an amount, a range, a deadline, a period or a duration
     */
    public record Encoded(String id, List<byte[]> rows, byte[] fragment, int indicators, BigDecimal annualTotal,
            boolean partialDates, boolean newKinds, byte[] resultRows, ResultSummary result) {
    }

    private final Declaration declaration;
    private final Department department;
    private final Provenance provenance;
    private final List<Table<?>> tables;
    private final List<DepartmentData.DepartmentTable<?>> departmentTables;
    /** The self-evaluations' table, written after the others by a declaration that has results. */
    private final Table<ResultsTable.ResultRow> results;

    public OpenData(Declaration declaration, Glossary glossary, Provenance provenance) {
        this(declaration, null, glossary, provenance);
    }

    /** @param department the declaration's department form, or null when it files none */
    public OpenData(Declaration declaration, Department department, Glossary glossary, Provenance provenance) {
        this.declaration = declaration;
        this.department = department;
        this.provenance = provenance;
        this.tables = List.of(projects(declaration), indicators(glossary), sources(), recipients(),
                recipientTargets(glossary), indicatorDetails(glossary), projectDetails());
        this.departmentTables = DepartmentData.tables(declaration, glossary);
        this.results = ResultsTable.table(glossary);
    }

    /** Every table a declaration may publish, the core ones first. */
    List<Table<?>> tables() {
        return tables;
    }

    /** The file names of every download a declaration may have, in the order the index links them. */
    public static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        OpenData none = new OpenData(null, Glossary.EMPTY, Provenance.NONE);
        none.departmentTables.forEach(t -> names.add(t.table().file()));
        none.tables.forEach(t -> names.add(t.file()));
        names.add(ResultsTable.FILE);
        names.add(JSON);
        names.add(PACKAGE);
        return names;
    }

    /** Encodes one project; thread-safe. */
    public Encoded encode(Project project) {
        return encode(project, null);
    }

    /** Encodes one project and its self-evaluation ({@code evaluation} null when it has none); thread-safe. */
    public Encoded encode(Project project, Evaluation evaluation) {
        List<byte[]> rows = new ArrayList<>(tables.size());
        for (Table<?> table : tables) {
            rows.add(table.encode(project));
        }
        boolean partial = (project.start() != null && project.start().precision() != DateValue.Precision.DAY)
                || (project.end() != null && project.end().precision() != DateValue.Precision.DAY);
        boolean newKinds = project.indicators().stream().flatMap(i -> i.readTargets().stream())
                .anyMatch(t -> t.isMeasurable() && t.kind() != Target.Kind.NUMERIC);
        return new Encoded(project.id(), rows, DisclosureJson.fragment(project, evaluation), project.indicators().size(),
                project.annualFunds().total().yuan(), partial, newKinds,
                results.encodeRows(ResultsTable.rows(project, evaluation)),
                evaluation == null ? null : evaluation.summary());
    }

    /** Opens the declaration's data files in {@code dataDir} (e.g. {@code data/}) of the output. */
    public Writer open(SiteOutput out, String dataDir) throws IOException {
        return new Writer(out, dataDir);
    }

    /** The data files being written; projects are appended in order, then {@link #finish()} closes them. */
    public final class Writer {
        private final SiteOutput out;
        private final String dir;
        /** Each table's file once opened: the core tables at once, the others at their first row. */
        private final Counted[] files = new Counted[tables.size()];
        private final Counted json;
        private Counted resultsFile;
        private final DisclosureJson.ResultTotals resultTotals = new DisclosureJson.ResultTotals();
        private final DisclosureJson.Stream document;
        private int count;
        private int indicatorCount;
        private boolean partialDates;
        private boolean newKinds;
        private BigDecimal total = BigDecimal.ZERO.setScale(2);

        private Writer(SiteOutput out, String dir) throws IOException {
            this.out = out;
            this.dir = dir;
            for (int i = 0; i < tables.size(); i++) {
                if (!tables.get(i).optional()) {
                    open(i);
                }
            }
            this.json = new Counted(out.open(dir + JSON));
            this.document = new DisclosureJson.Stream(json, declaration, department);
        }

        private Counted open(int table) throws IOException {
            Counted file = new Counted(out.open(dir + tables.get(table).file()));
            file.write(CsvWriter.BOM);
            file.write(tables.get(table).header());
            files[table] = file;
            return file;
        }

        /** Appends a project to the tables and the JSON; call in the declaration's order. */
        public void append(Encoded project) throws IOException {
            for (int i = 0; i < tables.size(); i++) {
                byte[] rows = project.rows().get(i);
                if (rows.length > 0) {
                    (files[i] != null ? files[i] : open(i)).write(rows);
                }
            }
            if (project.resultRows().length > 0) {
                if (resultsFile == null) {
                    resultsFile = new Counted(out.open(dir + results.file()));
                    resultsFile.write(CsvWriter.BOM);
                    resultsFile.write(results.header());
                }
                resultsFile.write(project.resultRows());
            }
            resultTotals.add(project.result());
            document.append(project.fragment());
            count++;
            indicatorCount += project.indicators();
            partialDates |= project.partialDates();
            newKinds |= project.newKinds();
            total = total.add(project.annualTotal());
        }

        /** Closes the files and writes the data package; returns the files' sizes by name, in the order to link them. */
        public Map<String, Long> finish() throws IOException {
            document.finish(count, total, indicatorCount, resultTotals);
            document.close();
            Map<String, Long> sizes = new LinkedHashMap<>();
            List<Table<?>> written = new ArrayList<>();
            // The department's form stands above the projects on the index, and its tables before theirs.
            for (DepartmentData.DepartmentTable<?> table : department == null ? List.<DepartmentData.DepartmentTable<?>>of()
                    : departmentTables) {
                byte[] rows = table.encode(department);
                if (rows.length > 0) {
                    byte[] header = table.table().header();
                    byte[] file = new byte[CsvWriter.BOM.length + header.length + rows.length];
                    System.arraycopy(CsvWriter.BOM, 0, file, 0, CsvWriter.BOM.length);
                    System.arraycopy(header, 0, file, CsvWriter.BOM.length, header.length);
                    System.arraycopy(rows, 0, file, CsvWriter.BOM.length + header.length, rows.length);
                    out.write(dir + table.table().file(), file);
                    sizes.put(table.table().file(), (long) file.length);
                    written.add(table.table());
                }
            }
            for (int i = 0; i < tables.size(); i++) {
                if (files[i] != null) {
                    files[i].close();
                    sizes.put(tables.get(i).file(), files[i].bytes);
                    written.add(tables.get(i));
                }
            }
            if (resultsFile != null) {
                resultsFile.close();
                sizes.put(results.file(), resultsFile.bytes);
                written.add(results);
            }
            json.close();
            boolean departmentKinds = department != null && department.indicators().stream()
                    .flatMap(i -> i.readTargets().stream())
                    .anyMatch(t -> t.isMeasurable() && t.kind() != Target.Kind.NUMERIC);
            byte[] pkg = dataPackage(written, partialDates, newKinds || departmentKinds);
            out.write(dir + PACKAGE, pkg);
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

    private static Table<Project> projects(Declaration declaration) {
        List<Column<Project>> columns = new ArrayList<>();
        columns.add(Column.typed("fiscal_year", "Fiscal year", form(Part.DECLARATION, "fiscal-year"), "year",
                "date:fiscal-year", p -> declaration.fiscalYear()));
        columns.add(Column.string("id", "Project id", form(Part.PROJECT, "id"), Project::id));
        bilingual(columns, "name", "Project name", form(Part.PROJECT, "name"), Project::name);
        bilingual(columns, "nature", "Nature of the project", form(Part.PROJECT, "nature"), Project::nature);
        bilingual(columns, "category", "Category of the project", form(Part.PROJECT, "category"), Project::category);
        bilingual(columns, "department", "Supervising department", form(Part.PROJECT, "department"), Project::department);
        bilingual(columns, "implementer", "Implementing unit", form(Part.PROJECT, "implementer"), Project::implementer);
        columns.add(Column.typed("start_date", "Planned start", form(Part.PROJECT, "start"), "date", null,
                p -> p.start() == null ? null : p.start().iso()));
        columns.add(Column.typed("end_date", "Planned completion", form(Part.PROJECT, "end"), "date", null,
                p -> p.end() == null ? null : p.end().iso()));
        money(columns, "funds_total", "Total project funds (CNY)", form(Part.FUNDS, "total") + "（元）",
                p -> p.funds() == null ? null : p.funds().total());
        money(columns, "funds_fiscal", "of which fiscal funds (CNY)", form(Part.FUNDS, "fiscal") + "（元）",
                p -> p.funds() == null ? null : p.funds().fiscal());
        money(columns, "funds_other", "Other funds (CNY)", form(Part.FUNDS, "other") + "（元）",
                p -> p.funds() == null ? null : p.funds().other());
        money(columns, "annual_total", "Annual funds applied for (CNY)", form(Part.ANNUAL_FUNDS, "total") + "（元）",
                p -> p.annualFunds().total());
        money(columns, "annual_appropriation", "of which this year's appropriation (CNY)",
                form(Part.ANNUAL_FUNDS, "appropriation") + "（元）", p -> p.annualFunds().appropriation());
        money(columns, "annual_carryover", "Carried over from last year (CNY)", form(Part.ANNUAL_FUNDS, "carryover") + "（元）",
                p -> p.annualFunds().carryover());
        money(columns, "annual_other", "Other annual funds (CNY)", form(Part.ANNUAL_FUNDS, "other") + "（元）",
                p -> p.annualFunds().other());
        columns.add(Column.typed("indicator_count", "Number of indicators", "指标个数", "integer", null,
                p -> p.indicators().size()));
        return new Table<>("projects", PROJECTS_CSV, "Projects and their funds, one row per project (项目及资金)",
                columns, List.of("id"), null, false, List::of);
    }

    private static Table<IndicatorRow> indicators(Glossary glossary) {
        List<Column<IndicatorRow>> columns = new ArrayList<>();
        columns.add(Column.string("project_id", "Project id", form(Part.PROJECT, "id"), r -> r.project().id()));
        columns.add(Column.typed("position", "Row in the project's indicator table", "指标序号", "integer", null,
                IndicatorRow::position));
        bilingual(columns, "level1", "Level-1 indicator", form(Part.INDICATOR, "level1"), r -> r.indicator().level1());
        bilingual(columns, "level2", "Level-2 indicator", form(Part.INDICATOR, "level2"), r -> r.indicator().level2());
        bilingual(columns, "name", "Indicator", form(Part.INDICATOR, "name"), r -> r.indicator().name());
        targetColumns(columns, glossary, "target", "Target", form(Part.INDICATOR, "target"),
                r -> r.indicator().target());
        columns.add(Column.typed("weight", "Weight (points of 100)", form(Part.INDICATOR, "weight"), "number", null,
                r -> r.indicator().weight() == null ? null : r.indicator().weight().points().toPlainString()));
        return new Table<>("indicators", INDICATORS_CSV, "Performance indicators, one row per indicator (绩效指标)",
                columns, List.of("project_id", "position"), "project_id", false, OpenData::indicatorRows);
    }

    private static List<IndicatorRow> indicatorRows(Project project) {
        List<IndicatorRow> rows = new ArrayList<>(project.indicators().size());
        for (int i = 0; i < project.indicators().size(); i++) {
            rows.add(new IndicatorRow(project, i + 1, project.indicators().get(i)));
        }
        return rows;
    }

    /**
     * A target's columns: as filed, in English, its kind, and the comparison, number and unit of a measurable one
     * (an amount in yuan, the low end of a range, a duration's length); a recipient's target or a row without a target
     * of its own leaves them empty.
     */
    static <R> void targetColumns(List<Column<R>> columns, Glossary glossary, String prefix, String title,
            String titleZh, java.util.function.Function<R, Target> target) {
        columns.add(Column.string(prefix + "_zh", title + " as filed", titleZh + "（原文）",
                r -> target.apply(r) == null ? null : target.apply(r).written().zh()));
        columns.add(Column.string(prefix + "_en", title + " in English", titleZh + "（英文）",
                r -> target.apply(r) == null ? null : target.apply(r).english(glossary)));
        columns.add(Column.string(prefix + "_kind",
                "Kind of target: numeric, amount, range, deadline, period, duration, qualitative or literal", "指标值类型",
                r -> target.apply(r) == null ? null : target.apply(r).kind().name().toLowerCase(java.util.Locale.ROOT)));
        columns.add(Column.string(prefix.equals("target") ? "operator" : prefix + "_operator",
                "Comparison of a numeric target (=, ≥, ≤, >, <)", "比较符", r -> {
                    Target t = target.apply(r);
                    return t == null || t.operator() == null || t.kind() == Target.Kind.DEADLINE ? null
                            : t.operator().symbol();
                }));
        columns.add(Column.typed(prefix.equals("target") ? "value" : prefix + "_value", "Value of a numeric target",
                "指标数值", "number", null, r -> {
                    Target t = target.apply(r);
                    if (t == null || t.value() == null) {
                        return null;
                    }
                    return t.kind() == Target.Kind.AMOUNT ? t.yuan().toPlainString() : t.value().toPlainString();
                }));
        columns.add(Column.string(prefix.equals("target") ? "unit_zh" : prefix + "_unit_zh", "Unit of a numeric target",
                "计量单位", r -> unit(target.apply(r), Language.ZH)));
        columns.add(Column.string(prefix.equals("target") ? "unit_en" : prefix + "_unit_en",
                "Unit of a numeric target, in English", "计量单位（英文）", r -> unit(target.apply(r), Language.EN)));
    }

    private static Table<SourceRow> sources() {
        List<Column<SourceRow>> columns = new ArrayList<>();
        columns.add(Column.string("project_id", "Project id", form(Part.PROJECT, "id"), r -> r.project().id()));
        columns.add(Column.string("scope", "What the sources break down: the project's fiscal funds (project) or this "
                + "year's appropriation (year)", "资金范围（项目/年度）", SourceRow::scope));
        columns.add(Column.typed("position", "Place in the project's list of sources", "序号", "integer", null,
                SourceRow::position));
        bilingual(columns, "source", "Source of the funds", form(Part.FUND_SOURCE, "name"), r -> r.source().name());
        money(columns, "amount", "Amount (CNY)", form(Part.FUND_SOURCE, "amount") + "（元）", r -> r.source().amount());
        return new Table<>("sources", "sources.csv", "Where the fiscal funds come from, one row per source (资金来源)",
                columns, List.of("project_id", "scope", "position"), "project_id", true, project -> {
                    List<SourceRow> rows = new ArrayList<>();
                    if (project.funds() != null) {
                        for (int i = 0; i < project.funds().sources().size(); i++) {
                            rows.add(new SourceRow(project, "project", i + 1, project.funds().sources().get(i)));
                        }
                    }
                    for (int i = 0; i < project.annualFunds().sources().size(); i++) {
                        rows.add(new SourceRow(project, "year", i + 1, project.annualFunds().sources().get(i)));
                    }
                    return rows;
                });
    }

    private static Table<RecipientRow> recipients() {
        List<Column<RecipientRow>> columns = new ArrayList<>();
        columns.add(Column.string("project_id", "Project id", form(Part.PROJECT, "id"), r -> r.project().id()));
        columns.add(Column.typed("position", "Place in the project's list of recipients", "序号", "integer", null,
                RecipientRow::position));
        bilingual(columns, "name", "Recipient", form(Part.RECIPIENT, "name"), r -> r.recipient().name());
        bilingual(columns, "implementer", "Implementing unit", form(Part.RECIPIENT, "implementer"),
                r -> r.recipient().implementer());
        bilingual(columns, "content", "What it does with the funds", form(Part.RECIPIENT, "content"),
                r -> r.recipient().content());
        money(columns, "amount", "Its share of the funds (CNY)", form(Part.RECIPIENT, "amount") + "（元）",
                r -> r.recipient().amount());
        return new Table<>("recipients", "recipients.csv",
                "The towns, schools or units a shared fund is allotted to, one row each (分配对象)", columns,
                List.of("project_id", "position"), "project_id", true, project -> {
                    List<RecipientRow> rows = new ArrayList<>();
                    for (int i = 0; i < project.recipients().size(); i++) {
                        rows.add(new RecipientRow(project, i + 1, project.recipients().get(i)));
                    }
                    return rows;
                });
    }

    private static Table<RecipientTarget> recipientTargets(Glossary glossary) {
        List<Column<RecipientTarget>> columns = new ArrayList<>();
        columns.add(Column.string("project_id", "Project id", form(Part.PROJECT, "id"), r -> r.project().id()));
        columns.add(Column.typed("indicator", "Row of the indicator in indicators.csv's position", "指标序号", "integer",
                null, RecipientTarget::indicator));
        columns.add(Column.typed("recipient", "Place of the recipient in recipients.csv", "分配对象序号", "integer", null,
                RecipientTarget::recipient));
        targetColumns(columns, glossary, "target", "Target", form(Part.INDICATOR, "targets"), RecipientTarget::target);
        return new Table<>("recipient-targets", "recipient-targets.csv",
                "The target of each recipient for each indicator, one row each (各分配对象指标值)", columns,
                List.of("project_id", "indicator", "recipient"), "project_id", true, project -> {
                    List<RecipientTarget> rows = new ArrayList<>();
                    for (int i = 0; i < project.indicators().size(); i++) {
                        List<Target> targets = project.indicators().get(i).recipientTargets();
                        for (int j = 0; j < targets.size(); j++) {
                            rows.add(new RecipientTarget(project, i + 1, j + 1, targets.get(j)));
                        }
                    }
                    return rows;
                });
    }

    private static Table<IndicatorRow> indicatorDetails(Glossary glossary) {
        List<Column<IndicatorRow>> columns = new ArrayList<>();
        columns.add(Column.string("project_id", "Project id", form(Part.PROJECT, "id"), r -> r.project().id()));
        columns.add(Column.typed("position", "Row in the project's indicator table", "指标序号", "integer", null,
                IndicatorRow::position));
        columns.add(Column.typed("target_high", "High end of a range target", "区间上限", "number", null,
                r -> r.indicator().target() == null || r.indicator().target().high() == null ? null
                        : r.indicator().target().high().toPlainString()));
        columns.add(Column.string("target_from", "Start of a period target (ISO 8601, as far as filed)", "时段起始",
                r -> r.indicator().target() == null || r.indicator().target().from() == null ? null
                        : r.indicator().target().from().iso()));
        columns.add(Column.string("target_date", "Date of a deadline, or end of a period (ISO 8601, as far as filed)",
                "期限或时段结束", r -> r.indicator().target() == null || r.indicator().target().to() == null ? null
                        : r.indicator().target().to().iso()));
        targetColumns(columns, glossary, "period_target", "Target for the whole implementation period",
                form(Part.INDICATOR, "period-target"), r -> r.indicator().periodTarget());
        columns.add(Column.string("kind", "Quantitative or qualitative, as the form states it", form(Part.INDICATOR, "kind"),
                r -> r.indicator().statedKind() == null ? null
                        : r.indicator().statedKind().name().toLowerCase(java.util.Locale.ROOT)));
        columns.add(Column.string("direction", "Positive (more is better) or negative (less is better)",
                form(Part.INDICATOR, "direction"), r -> r.indicator().direction() == null ? null
                        : r.indicator().direction().name().toLowerCase(java.util.Locale.ROOT)));
        bilingual(columns, "explanation", "Explanation of the indicator", form(Part.INDICATOR, "explanation"),
                r -> r.indicator().explanation());
        bilingual(columns, "remark", "Remark", form(Part.INDICATOR, "remark"), r -> r.indicator().remark());
        return new Table<>("indicator-details", "indicator-details.csv",
                "The columns some forms add to the indicator table, and the parts of targets that are dates or ranges "
                        + "(指标解释、方向、备注等)", columns, List.of("project_id", "position"), "project_id", true,
                project -> indicatorRows(project).stream().filter(OpenData::hasDetails).toList());
    }

    private static boolean hasDetails(IndicatorRow row) {
        Indicator i = row.indicator();
        Target t = i.target();
        return i.periodTarget() != null || i.statedKind() != null || i.direction() != null || i.explanation() != null
                || i.remark() != null || (t != null && (t.high() != null || t.from() != null || t.to() != null));
    }

    private static Table<Project> projectDetails() {
        List<Column<Project>> columns = new ArrayList<>();
        columns.add(Column.string("project_id", "Project id", form(Part.PROJECT, "id"), Project::id));
        columns.add(Column.string("code", "Project code", form(Part.PROJECT, "code"),
                p -> p.code() == null ? null : p.code().zh()));
        columns.add(Column.typed("weighting_total", "Total score as the form states it", form(Part.WEIGHTING, "total"),
                "number", null, p -> p.weighting() == null ? null : p.weighting().total().toPlainString()));
        columns.add(Column.typed("weighting_budget_execution", "Points of the budget-execution rate, outside the table",
                form(Part.WEIGHTING, "budget-execution"), "number", null,
                p -> p.weighting() == null ? null : p.weighting().budgetExecution().toPlainString()));
        return new Table<>("project-details", "project-details.csv",
                "Codes and scores of the projects whose forms have them (项目编码、分值设置)", columns,
                List.of("project_id"), "project_id", true,
                project -> project.code() != null || project.weighting() != null ? List.of(project) : List.of());
    }

    /** A column's Chinese title: the name of its field on the form. */
    static String form(Part part, String key) {
        return part.field(key).orElseThrow().formName();
    }

    static String unit(Target target, Language language) {
        if (target == null || !target.isMeasurable() || target.unit() == null && target.kind() != Target.Kind.AMOUNT) {
            return null;
        }
        if (target.kind() == Target.Kind.AMOUNT) {
            return language == Language.ZH ? "元" : "yuan"; // the value column holds the amount in yuan
        }
        return language == Language.ZH ? target.unit().zh() : target.unit().en();
    }

    static <R> void bilingual(List<Column<R>> columns, String name, String title, String titleZh,
            java.util.function.Function<R, Text> text) {
        columns.add(Column.string(name + "_zh", title, titleZh, r -> text.apply(r) == null ? null : text.apply(r).zh()));
        columns.add(Column.string(name + "_en", title + ", in English", titleZh + "（英文）",
                r -> text.apply(r) == null ? null : text.apply(r).en()));
    }

    static <R> void money(List<Column<R>> columns, String name, String title, String titleZh,
            java.util.function.Function<R, Money> amount) {
        columns.add(Column.typed(name, title, titleZh, "number", "value",
                r -> amount.apply(r) == null ? null : amount.apply(r).yuan().toPlainString()));
    }

    /**
     * The data package of the tables written. What a column may hold is said as this declaration needs it: dates
     * filed to the month or the year make the date columns plain strings, and the kinds of target the first format
     * had are named as before unless the declaration uses the others.
     */
    private byte[] dataPackage(List<Table<?>> written, boolean partialDates, boolean newKinds) {
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
            for (Table<?> table : written) {
                resource(json, table, column -> {
                    if (partialDates && column.type().equals("date")) {
                        return new Column.Described("string", column.title() + " (YYYY-MM-DD, or YYYY-MM or YYYY as filed)");
                    }
                    if (!newKinds && column.name().endsWith("kind") && column.title().startsWith("Kind of target")) {
                        return new Column.Described(column.type(), "Kind of target: numeric, qualitative or literal");
                    }
                    return new Column.Described(column.type(), column.title());
                });
            }
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
            resource(json, new Table<ChangesCsv.Row>("changes", ChangesCsv.FILE, "What changed since the same unit's"
                    + " declaration of the fiscal year before, one row per change; the header only when this site has"
                    + " none (与上年相比的变化)", ChangesCsv.columns(declaration.fiscalYear(), null), List.of(), null, false,
                    project -> List.of()), column -> new Column.Described(column.type(), column.title()));
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static <R> void resource(JsonGenerator json, Table<R> table,
            java.util.function.Function<Column<?>, Column.Described> described) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", table.resource());
        json.writeStringField("path", table.file());
        json.writeStringField("profile", "tabular-data-resource");
        json.writeStringField("format", "csv");
        json.writeStringField("mediatype", "text/csv");
        json.writeStringField("encoding", "utf-8");
        json.writeStringField("description", table.description());
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
        for (Column<R> column : table.columns()) {
            Column.Described shown = described.apply(column);
            json.writeStartObject();
            json.writeStringField("name", column.name());
            json.writeStringField("title", shown.title());
            json.writeStringField("description", column.titleZh());
            json.writeStringField("type", shown.type());
            if (column.columnType() != null) {
                json.writeStringField("columnType", column.columnType());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        if (!table.primaryKey().isEmpty()) {
            json.writeArrayFieldStart("primaryKey");
            for (String key : table.primaryKey()) {
                json.writeString(key);
            }
            json.writeEndArray();
        }
        if (table.foreignKey() != null) {
            json.writeArrayFieldStart("foreignKeys");
            json.writeStartObject();
            json.writeArrayFieldStart("fields");
            json.writeString(table.foreignKey());
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
