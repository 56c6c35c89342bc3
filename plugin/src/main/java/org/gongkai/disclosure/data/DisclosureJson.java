package org.gongkai.disclosure.data;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.gongkai.disclosure.model.AnnualFunds;
import org.gongkai.disclosure.model.BudgetExecution;
import org.gongkai.disclosure.model.BudgetItem;
import org.gongkai.disclosure.model.DatePoint;
import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Declared;
import org.gongkai.disclosure.model.Department;
import org.gongkai.disclosure.model.DepartmentFunds;
import org.gongkai.disclosure.model.DepartmentItem;
import org.gongkai.disclosure.model.DepartmentTask;
import org.gongkai.disclosure.model.DepartmentYear;
import org.gongkai.disclosure.model.Evaluation;
import org.gongkai.disclosure.model.FundSource;
import org.gongkai.disclosure.model.Funds;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.IndicatorResult;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.ProjectResult;
import org.gongkai.disclosure.model.Recipient;
import org.gongkai.disclosure.model.ResultSummary;
import org.gongkai.disclosure.model.Sections;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.model.Text;

/**
 * The whole checked declaration as JSON, for analysts: the keys of the declaration format, texts as
 * {@code {"zh", "en"}}, money as exact decimal strings ({@code "1012497.70"}), keys always in the same order, one
 * project per line (so that a large declaration can be written, and read, a project at a time).
 * {@link DisclosureJsonReader} reads it back into the model.
 */
public final class DisclosureJson {

    /** Names this format, so that readers can tell versions apart. */
    public static final String FORMAT = "gongkai-disclosure/1";

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private DisclosureJson() {
    }

    /** The whole document at once; the same bytes as a {@link Stream} of the same projects. */
    public static byte[] declaration(Declaration declaration, List<Project> projects) {
        return declaration(declaration, null, projects, List.of());
    }

    /** The whole document of a declaration with a department's form (or null); the same bytes as a {@link Stream}. */
    public static byte[] declaration(Declaration declaration, Department department, List<Project> projects) {
        return declaration(declaration, department, projects, List.of());
    }

    /** The whole document at once, with the projects' self-evaluations (matched to them by id). */
    public static byte[] declaration(Declaration declaration, List<Project> projects, List<ProjectResult> results) {
        return declaration(declaration, null, projects, results);
    }

    /**
     * The whole document at once: the department's form (or null), the projects, and their self-evaluations
     * (matched to them by id); the same bytes as a {@link Stream}.
     */
    public static byte[] declaration(Declaration declaration, Department department, List<Project> projects,
            List<ProjectResult> results) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Stream stream = new Stream(out, declaration, department)) {
            ResultTotals totals = new ResultTotals();
            for (Project project : projects) {
                Evaluation evaluation = results.stream().filter(r -> r.project().equals(project.id())).findFirst()
                        .map(r -> Evaluation.of(project, r, declaration.fiscalYear())).orElse(null);
                totals.add(evaluation == null ? null : evaluation.summary());
                stream.append(fragment(project, evaluation));
            }
            stream.finish(projects.size(), projects.stream().map(p -> p.annualFunds().total().yuan())
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                    projects.stream().mapToInt(p -> p.indicators().size()).sum(), totals);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One project as an element of the {@code projects} array (compact, without a line end); thread-safe. */
    public static byte[] fragment(Project project) {
        return fragment(project, null);
    }

    /**
     * One project and, when it has one, its self-evaluation under {@code result} (the project's last key, absent
     * without one), as an element of the {@code projects} array; thread-safe.
     */
    public static byte[] fragment(Project project, Evaluation evaluation) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (JsonGenerator json = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            project(json, project, evaluation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The document written as projects arrive: the declaration's fields, then one project per line in the
     * {@code projects} array, then the totals. Jackson writes every structure; the projects, encoded on other threads
     * by {@link #fragment}, are put in the array as they are, one per line.
     */
    public static final class Stream implements Closeable {
        private static final byte[] FIRST = {'\n'};
        private static final byte[] NEXT = {',', '\n'};

        private final OutputStream out;
        private final JsonGenerator json;
        private boolean first = true;

        public Stream(OutputStream out, Declaration declaration) throws IOException {
            this(out, declaration, null);
        }

        /** @param department the department's form, written before the projects; null when there is none */
        public Stream(OutputStream out, Declaration declaration, Department department) throws IOException {
            this.out = out;
            this.json = JSON.createGenerator(out, JsonEncoding.UTF8);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("fiscal-year", declaration.fiscalYear());
            text(json, "unit", declaration.unit());
            if (declaration.unitCode() != null) {
                json.writeStringField("unit-code", declaration.unitCode().zh());
            }
            text(json, "title", declaration.title());
            text(json, "summary", declaration.summary());
            declared(json, declaration.declared());
            json.writeArrayFieldStart("languages");
            for (Language language : declaration.languages()) {
                json.writeString(language.code());
            }
            json.writeEndArray();
            json.writeStringField("framework", declaration.framework().id());
            if (department != null) {
                department(json, department);
            }
            json.writeArrayFieldStart("projects");
            json.flush();
        }

        /** Adds a project made by {@link #fragment}; call in the declaration's order. */
        public void append(byte[] fragment) throws IOException {
            out.write(first ? FIRST : NEXT);
            out.write(fragment);
            first = false;
        }

        /** Ends the array and writes the totals. */
        public void finish(int projects, BigDecimal annualFunds, int indicators) throws IOException {
            finish(projects, annualFunds, indicators, new ResultTotals());
        }

        /** Ends the array and writes the totals, with those of the self-evaluations when there are any. */
        public void finish(int projects, BigDecimal annualFunds, int indicators, ResultTotals results)
                throws IOException {
            out.write('\n');
            json.writeEndArray();
            json.writeObjectFieldStart("totals");
            json.writeNumberField("project-count", projects);
            json.writeStringField("annual-funds", plain(annualFunds));
            json.writeNumberField("indicator-count", indicators);
            if (results.evaluated > 0) {
                json.writeObjectFieldStart("results");
                json.writeNumberField("evaluated-count", results.evaluated);
                json.writeStringField("adjusted", plain(results.adjusted));
                json.writeStringField("executed", plain(results.executed));
                json.writeNumberField("targets-met", results.met);
                json.writeNumberField("measurable-targets", results.measurable);
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
            json.flush();
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            json.close();
        }
    }

    private static void declared(JsonGenerator json, Declared declared) throws IOException {
        json.writeFieldName("declared");
        if (declared == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        if (declared.projectCount() != null) {
            json.writeNumberField("project-count", declared.projectCount());
        } else {
            json.writeNullField("project-count");
        }
        Money total = declared.total();
        json.writeFieldName("total");
        if (total == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            json.writeStringField("yuan", plain(total.yuan()));
            json.writeStringField("precision", plain(total.resolution()));
            json.writeStringField("as-written", total.written());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /**
     * One project: every key of the first format always (null where a form has no such field), then the keys of the
     * second only where the project has them, so that a first-format declaration is published as before.
     */
    private static void project(JsonGenerator json, Project p, Evaluation evaluation) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", p.id());
        if (p.code() != null) {
            json.writeStringField("code", p.code().zh());
        }
        text(json, "name", p.name());
        text(json, "nature", p.nature());
        text(json, "category", p.category());
        text(json, "department", p.department());
        text(json, "implementer", p.implementer());
        json.writeStringField("start", p.start() == null ? null : p.start().iso());
        json.writeStringField("end", p.end() == null ? null : p.end().iso());
        Funds f = p.funds();
        if (f == null) {
            json.writeNullField("funds");
        } else {
            json.writeObjectFieldStart("funds");
            money(json, "total", f.total());
            money(json, "fiscal", f.fiscal());
            money(json, "other", f.other());
            sources(json, f.sources());
            json.writeEndObject();
        }
        AnnualFunds a = p.annualFunds();
        json.writeObjectFieldStart("annual-funds");
        money(json, "total", a.total());
        money(json, "appropriation", a.appropriation());
        money(json, "carryover", a.carryover());
        money(json, "other", a.other());
        sources(json, a.sources());
        json.writeEndObject();
        json.writeObjectFieldStart("sections");
        for (Sections.Section section : p.sections().present()) {
            text(json, section.key(), section.text());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("budget-items");
        for (BudgetItem item : p.budgetItems()) {
            json.writeStartObject();
            text(json, "name", item.name());
            json.writeStringField("amount", plain(item.amount().yuan()));
            if (item.basis() != null) {
                text(json, "basis", item.basis());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        if (!p.recipients().isEmpty()) {
            json.writeArrayFieldStart("recipients");
            for (Recipient recipient : p.recipients()) {
                json.writeStartObject();
                text(json, "name", recipient.name());
                if (recipient.amount() != null) {
                    money(json, "amount", recipient.amount());
                }
                if (recipient.implementer() != null) {
                    text(json, "implementer", recipient.implementer());
                }
                if (recipient.content() != null) {
                    text(json, "content", recipient.content());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeObjectFieldStart("goals");
        text(json, "overall", p.goals().overall());
        text(json, "annual", p.goals().annual());
        json.writeEndObject();
        if (p.weighting() != null) {
            json.writeObjectFieldStart("weighting");
            json.writeStringField("total", p.weighting().total().toPlainString());
            json.writeStringField("budget-execution", p.weighting().budgetExecution().toPlainString());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("indicators");
        for (Indicator indicator : p.indicators()) {
            indicator(json, indicator, p.recipients());
        }
        json.writeEndArray();
        if (evaluation != null) {
            result(json, evaluation);
        }
        json.writeEndObject();
    }

    /**
     * The department's form (部门整体支出绩效目标申报表), only where the declaration has one: its duties, tasks, funds
     * (this year's and the years before), goals and indicator table.
     */
    private static void department(JsonGenerator json, Department d) throws IOException {
        json.writeObjectFieldStart("department");
        text(json, "duties", d.duties());
        json.writeArrayFieldStart("tasks");
        for (DepartmentTask task : d.tasks()) {
            json.writeStartObject();
            text(json, "name", task.name());
            text(json, "content", task.content());
            money(json, "amount", task.amount());
            money(json, "fiscal", task.fiscal());
            money(json, "other", task.other());
            json.writeEndObject();
        }
        json.writeEndArray();
        departmentFunds(json, "income", d.income());
        departmentFunds(json, "expenditure", d.expenditure());
        json.writeArrayFieldStart("previous-years");
        for (DepartmentYear year : d.previousYears()) {
            json.writeStartObject();
            json.writeNumberField("year", year.year());
            departmentFunds(json, "income", year.income());
            departmentFunds(json, "expenditure", year.expenditure());
            json.writeEndObject();
        }
        json.writeEndArray();
        text(json, "goals", d.goals());
        if (d.weighting() != null) {
            json.writeObjectFieldStart("weighting");
            json.writeStringField("total", d.weighting().total().toPlainString());
            json.writeStringField("budget-execution", d.weighting().budgetExecution().toPlainString());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("indicators");
        for (Indicator indicator : d.indicators()) {
            indicator(json, indicator, List.of());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void departmentFunds(JsonGenerator json, String field, DepartmentFunds funds) throws IOException {
        json.writeFieldName(field);
        if (funds == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        money(json, "total", funds.total());
        json.writeArrayFieldStart("items");
        for (DepartmentItem item : funds.items()) {
            json.writeStartObject();
            text(json, "name", item.name());
            money(json, "amount", item.amount());
            // The share in per cent, as stated (88.3 for 88.3%).
            json.writeStringField("share", item.share() == null ? null : item.share().percent().toPlainString());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * A self-evaluation: its fields as filed (an indicator's result by the name the result gives), and beside them what
     * follows from the declaration: each indicator's row, its points and whether its target was met, the rate.
     */
    private static void result(JsonGenerator json, Evaluation evaluation) throws IOException {
        ProjectResult r = evaluation.result();
        json.writeObjectFieldStart("result");
        json.writeStringField("evaluated", r.evaluated() == null ? null : r.evaluated().iso());
        BudgetExecution b = r.budget();
        if (b == null) {
            json.writeNullField("budget");
        } else {
            json.writeObjectFieldStart("budget");
            money(json, "initial", b.initial());
            money(json, "adjusted", b.adjusted());
            money(json, "executed", b.executed());
            json.writeStringField("rate", b.rate() == null ? null : b.rate().toPlainString());
            json.writeStringField("points", b.points() == null ? null : b.points().points().toPlainString());
            json.writeStringField("out-of", evaluation.budgetPoints() == null ? null
                    : evaluation.budgetPoints().toPlainString());
            json.writeStringField("score", b.score() == null ? null : b.score().points().toPlainString());
            text(json, "deviation", b.deviation());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("indicators");
        for (Evaluation.Row row : evaluation.answered()) {
            IndicatorResult i = row.result();
            json.writeStartObject();
            json.writeNumberField("position", row.position());
            text(json, "name", i.name());
            target(json, "actual", i.actual());
            json.writeStringField("score", i.score() == null ? null : i.score().points().toPlainString());
            json.writeStringField("points", i.points() == null ? null : i.points().points().toPlainString());
            json.writeStringField("out-of", row.points() == null ? null : row.points().toPlainString());
            json.writeStringField("attainment", row.attainment().name().toLowerCase(Locale.ROOT));
            text(json, "deviation", i.deviation());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("total-score", r.totalScore() == null ? null : r.totalScore().points().toPlainString());
        text(json, "conclusion", r.conclusion());
        json.writeEndObject();
    }

    /** The self-evaluations' totals over a declaration's projects, as they are appended. */
    public static final class ResultTotals {
        private int evaluated;
        private BigDecimal adjusted = BigDecimal.ZERO.setScale(2);
        private BigDecimal executed = BigDecimal.ZERO.setScale(2);
        private int met;
        private int measurable;

        /** Adds a project's result ({@code result} null for a project without one). */
        public void add(ResultSummary result) {
            if (result == null) {
                return;
            }
            evaluated++;
            if (result.adjusted() != null && result.executed() != null) {
                adjusted = adjusted.add(result.adjusted());
                executed = executed.add(result.executed());
            }
            met += result.met();
            measurable += result.measurable();
        }
    }

    private static void indicator(JsonGenerator json, Indicator indicator, List<Recipient> recipients)
            throws IOException {
        json.writeStartObject();
        text(json, "level1", indicator.level1());
        text(json, "level2", indicator.level2());
        text(json, "name", indicator.name());
        if (indicator.target() != null) {
            target(json, "target", indicator.target());
        } else {
            json.writeArrayFieldStart("targets");
            for (Indicator.ForRecipient each : indicator.forRecipients(recipients)) {
                json.writeStartObject();
                text(json, "recipient", each.recipient().name());
                target(json, "target", each.target());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (indicator.weight() != null) {
            json.writeStringField("weight", indicator.weight().points().toPlainString());
        } else {
            json.writeNullField("weight");
        }
        if (indicator.periodTarget() != null) {
            target(json, "period-target", indicator.periodTarget());
        }
        if (indicator.statedKind() != null) {
            json.writeStringField("kind", indicator.statedKind().name().toLowerCase(Locale.ROOT));
        }
        if (indicator.direction() != null) {
            json.writeStringField("direction", indicator.direction().name().toLowerCase(Locale.ROOT));
        }
        if (indicator.explanation() != null) {
            text(json, "explanation", indicator.explanation());
        }
        if (indicator.remark() != null) {
            text(json, "remark", indicator.remark());
        }
        json.writeEndObject();
    }

    private static void sources(JsonGenerator json, List<FundSource> sources) throws IOException {
        if (sources.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("sources");
        for (FundSource source : sources) {
            json.writeStartObject();
            text(json, "name", source.name());
            money(json, "amount", source.amount());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void money(JsonGenerator json, String field, Money money) throws IOException {
        json.writeStringField(field, money == null ? null : plain(money.yuan()));
    }

    /** A target as filed and as read: its kind and, for a measurable one, its parts. */
    private static void target(JsonGenerator json, String field, Target target) throws IOException {
        json.writeObjectFieldStart(field);
        text(json, "written", target.written());
        json.writeStringField("kind", target.kind().name().toLowerCase(Locale.ROOT));
        switch (target.kind()) {
            case NUMERIC, AMOUNT, DURATION -> {
                json.writeStringField("operator", target.operator().symbol());
                json.writeStringField("value", target.value().toPlainString());
                text(json, "unit", target.unit());
                if (target.kind() == Target.Kind.AMOUNT) {
                    json.writeStringField("yuan", plain(target.yuan()));
                }
            }
            case RANGE -> {
                json.writeStringField("low", target.value().toPlainString());
                json.writeStringField("high", target.high().toPlainString());
                text(json, "unit", target.unit());
            }
            case DEADLINE -> {
                json.writeStringField("operator", target.operator().symbol());
                if (target.to() != null) {
                    date(json, "date", target.to());
                }
            }
            case PERIOD -> {
                date(json, "from", target.from());
                date(json, "to", target.to());
            }
            default -> {
                // A word or a free text: as written.
            }
        }
        json.writeEndObject();
    }

    private static void date(JsonGenerator json, String field, DatePoint date) throws IOException {
        json.writeObjectFieldStart(field);
        if (date.year() != null) {
            json.writeNumberField("year", date.year());
        }
        if (date.month() != null) {
            json.writeNumberField("month", date.month());
        }
        if (date.day() != null) {
            json.writeNumberField("day", date.day());
        }
        if (date.end()) {
            json.writeBooleanField("end", true);
        }
        json.writeEndObject();
    }

    private static void text(JsonGenerator json, String field, Text text) throws IOException {
        json.writeFieldName(field);
        if (text == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("zh", text.zh());
        json.writeStringField("en", text.en());
        json.writeEndObject();
    }

    static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
