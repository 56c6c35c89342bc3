package org.gongkai.disclosure.data;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.gongkai.disclosure.model.AnnualFunds;
import org.gongkai.disclosure.model.BudgetExecution;
import org.gongkai.disclosure.model.BudgetItem;
import org.gongkai.disclosure.model.DatePoint;
import org.gongkai.disclosure.model.DateValue;
import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Declared;
import org.gongkai.disclosure.model.Department;
import org.gongkai.disclosure.model.DepartmentFunds;
import org.gongkai.disclosure.model.DepartmentItem;
import org.gongkai.disclosure.model.DepartmentTask;
import org.gongkai.disclosure.model.DepartmentYear;
import org.gongkai.disclosure.model.Framework;
import org.gongkai.disclosure.model.FundSource;
import org.gongkai.disclosure.model.Funds;
import org.gongkai.disclosure.model.Goals;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.IndicatorResult;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.model.Operator;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.ProjectResult;
import org.gongkai.disclosure.model.Recipient;
import org.gongkai.disclosure.model.Score;
import org.gongkai.disclosure.model.Sections;
import org.gongkai.disclosure.model.Share;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.model.Weight;
import org.gongkai.disclosure.model.Weighting;

/**
 * Reads {@code disclosure.json} back into the model, for tools that take the published data as their input.
 * Amounts are read from their decimal strings, exactly. There are no source positions in the published data.
 */
public final class DisclosureJsonReader {

    private static final BigDecimal FEN = new BigDecimal("0.01");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, Framework> frameworks;

    /** @param frameworks the frameworks the declaration may name, by id */
    public DisclosureJsonReader(Map<String, Framework> frameworks) {
        this.frameworks = frameworks;
    }

    /** A declaration, its department's form (or null), its projects and their self-evaluations, as published. */
    public record Published(Declaration declaration, Department department, List<Project> projects,
            List<ProjectResult> results) {

        public Published(Declaration declaration, List<Project> projects) {
            this(declaration, null, projects, List.of());
        }
    }

    public Published read(byte[] json) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        if (!DisclosureJson.FORMAT.equals(root.path("format").asText())) {
            throw new IOException("Not a " + DisclosureJson.FORMAT + " document");
        }
        List<Language> languages = new ArrayList<>();
        root.path("languages").forEach(l -> languages.add(Language.fromCode(l.asText()).orElseThrow()));
        Framework framework = frameworks.get(root.path("framework").asText());
        if (framework == null) {
            throw new IOException("Unknown framework " + root.path("framework").asText());
        }
        Declared declared = null;
        JsonNode d = root.path("declared");
        if (d.isObject()) {
            Money total = null;
            if (d.path("total").isObject()) {
                JsonNode t = d.path("total");
                total = new Money(new BigDecimal(t.path("yuan").asText()), new BigDecimal(t.path("precision").asText()),
                        t.path("as-written").asText(), null);
            }
            Integer count = d.path("project-count").isNull() ? null : d.path("project-count").asInt();
            declared = new Declared(count, null, total);
        }
        Declaration declaration = new Declaration(null, root.path("fiscal-year").asInt(), null, text(root.path("unit")),
                code(root.path("unit-code")), text(root.path("title")), text(root.path("summary")), declared, languages,
                framework);
        List<Project> projects = new ArrayList<>();
        List<ProjectResult> results = new ArrayList<>();
        for (JsonNode p : root.path("projects")) {
            projects.add(project(p));
            if (p.path("result").isObject()) {
                results.add(result(p.path("id").asText(), p.path("result")));
            }
        }
        return new Published(declaration, department(root.path("department")), projects, results);
    }

    private static Department department(JsonNode d) {
        if (!d.isObject()) {
            return null;
        }
        List<DepartmentTask> tasks = new ArrayList<>();
        for (JsonNode t : d.path("tasks")) {
            tasks.add(new DepartmentTask(text(t.path("name")), text(t.path("content")), money(t.path("amount")),
                    money(t.path("fiscal")), money(t.path("other"))));
        }
        List<DepartmentYear> years = new ArrayList<>();
        for (JsonNode y : d.path("previous-years")) {
            years.add(new DepartmentYear(y.path("year").asInt(), null, departmentFunds(y.path("income")),
                    departmentFunds(y.path("expenditure"))));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (JsonNode i : d.path("indicators")) {
            indicators.add(indicator(i));
        }
        JsonNode w = d.path("weighting");
        Weighting weighting = w.isObject() ? new Weighting(new BigDecimal(w.path("total").asText()),
                new BigDecimal(w.path("budget-execution").asText()), null) : null;
        return new Department(null, text(d.path("duties")), tasks, departmentFunds(d.path("income")),
                departmentFunds(d.path("expenditure")), years, text(d.path("goals")), weighting, indicators);
    }

    private static DepartmentFunds departmentFunds(JsonNode f) {
        if (!f.isObject()) {
            return null;
        }
        List<DepartmentItem> items = new ArrayList<>();
        for (JsonNode item : f.path("items")) {
            items.add(new DepartmentItem(text(item.path("name")), money(item.path("amount")),
                    item.path("share").isTextual() ? new Share(new BigDecimal(item.path("share").asText()), null) : null));
        }
        return new DepartmentFunds(money(f.path("total")), items, true);
    }

    private static Project project(JsonNode p) {
        JsonNode s = p.path("sections");
        List<BudgetItem> items = new ArrayList<>();
        for (JsonNode item : p.path("budget-items")) {
            items.add(new BudgetItem(text(item.path("name")), money(item.path("amount")), text(item.path("basis"))));
        }
        List<Recipient> recipients = new ArrayList<>();
        for (JsonNode r : p.path("recipients")) {
            recipients.add(new Recipient(text(r.path("name")), money(r.path("amount")), text(r.path("implementer")),
                    text(r.path("content"))));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (JsonNode i : p.path("indicators")) {
            indicators.add(indicator(i));
        }
        JsonNode w = p.path("weighting");
        Weighting weighting = w.isObject() ? new Weighting(new BigDecimal(w.path("total").asText()),
                new BigDecimal(w.path("budget-execution").asText()), null) : null;
        return new Project(null, p.path("id").asText(), text(p.path("name")), code(p.path("code")), text(p.path("nature")),
                text(p.path("category")), text(p.path("department")), text(p.path("implementer")), date(p.path("start")),
                date(p.path("end")), funds(p.path("funds")), annualFunds(p.path("annual-funds")),
                new Sections(text(s.path("overview")), text(s.path("basis")), text(s.path("necessity")),
                        text(s.path("measures")), text(s.path("plan")), text(s.path("budget"))),
                items, recipients, new Goals(text(p.path("goals").path("overall")), text(p.path("goals").path("annual"))),
                weighting, indicators);
    }

    private static ProjectResult result(String project, JsonNode r) {
        JsonNode b = r.path("budget");
        BudgetExecution budget = b.isObject() ? new BudgetExecution(money(b.path("initial")), money(b.path("adjusted")),
                money(b.path("executed")), points(b.path("points")), score(b.path("score")), text(b.path("deviation")),
                null) : null;
        List<IndicatorResult> indicators = new ArrayList<>();
        for (JsonNode i : r.path("indicators")) {
            indicators.add(new IndicatorResult(text(i.path("name")), target(i.path("actual")), score(i.path("score")),
                    points(i.path("points")), text(i.path("deviation")), null));
        }
        return new ProjectResult(null, project, null, date(r.path("evaluated")), budget, indicators, null,
                score(r.path("total-score")), text(r.path("conclusion")), null, true);
    }

    private static Score score(JsonNode node) {
        return node.isTextual() ? new Score(new BigDecimal(node.asText()), null) : null;
    }

    private static Weight points(JsonNode node) {
        return node.isTextual() ? new Weight(new BigDecimal(node.asText()), null) : null;
    }

    private static Indicator indicator(JsonNode i) {
        Weight weight = i.path("weight").isNull() || i.path("weight").isMissingNode() ? null
                : new Weight(new BigDecimal(i.path("weight").asText()), null);
        List<Target> perRecipient = new ArrayList<>();
        for (JsonNode t : i.path("targets")) {
            perRecipient.add(target(t.path("target")));
        }
        Target target = i.path("target").isObject() ? target(i.path("target")) : null;
        Target period = i.path("period-target").isObject() ? target(i.path("period-target")) : null;
        Indicator.Direction direction = i.path("direction").isTextual()
                ? Indicator.Direction.valueOf(i.path("direction").asText().toUpperCase(Locale.ROOT)) : null;
        Indicator.StatedKind kind = i.path("kind").isTextual()
                ? Indicator.StatedKind.valueOf(i.path("kind").asText().toUpperCase(Locale.ROOT)) : null;
        return new Indicator(text(i.path("level1")), text(i.path("level2")), text(i.path("name")), target, perRecipient,
                period, weight, text(i.path("explanation")), direction, kind, text(i.path("remark")), null);
    }

    private static Funds funds(JsonNode f) {
        if (!f.isObject()) {
            return null;
        }
        return new Funds(money(f.path("total")), money(f.path("fiscal")), money(f.path("other")), sources(f));
    }

    private static AnnualFunds annualFunds(JsonNode a) {
        return new AnnualFunds(money(a.path("total")), money(a.path("appropriation")), money(a.path("carryover")),
                money(a.path("other")), sources(a));
    }

    private static List<FundSource> sources(JsonNode funds) {
        List<FundSource> sources = new ArrayList<>();
        for (JsonNode source : funds.path("sources")) {
            sources.add(new FundSource(text(source.path("name")), money(source.path("amount"))));
        }
        return sources;
    }

    private static DateValue date(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        String iso = node.asText();
        return switch (iso.length()) {
            case 4 -> new DateValue(LocalDate.of(Integer.parseInt(iso), 1, 1), DateValue.Precision.YEAR, null);
            case 7 -> new DateValue(java.time.YearMonth.parse(iso).atDay(1), DateValue.Precision.MONTH, null);
            default -> new DateValue(LocalDate.parse(iso), null);
        };
    }

    private static Target target(JsonNode t) {
        Text written = text(t.path("written"));
        Target.Kind kind = Target.Kind.valueOf(t.path("kind").asText().toUpperCase(Locale.ROOT));
        Operator operator = t.path("operator").isTextual() ? java.util.Arrays.stream(Operator.values())
                .filter(o -> o.symbol().equals(t.path("operator").asText())).findFirst().orElseThrow() : null;
        return switch (kind) {
            case NUMERIC, AMOUNT, DURATION -> new Target(written, kind, operator, new BigDecimal(t.path("value").asText()),
                    text(t.path("unit")), null);
            case RANGE -> new Target(written, kind, null, new BigDecimal(t.path("low").asText()),
                    new BigDecimal(t.path("high").asText()), text(t.path("unit")), null, null, null);
            case DEADLINE -> new Target(written, kind, operator, null, null, null, null,
                    t.has("date") ? point(t.path("date")) : null, null);
            case PERIOD -> new Target(written, kind, null, null, null, null, point(t.path("from")), point(t.path("to")),
                    null);
            default -> new Target(written, kind, null, null, null, null, null, null, null);
        };
    }

    private static DatePoint point(JsonNode d) {
        return new DatePoint(d.path("year").isInt() ? d.path("year").asInt() : null,
                d.path("month").isInt() ? d.path("month").asInt() : null,
                d.path("day").isInt() ? d.path("day").asInt() : null, d.path("end").asBoolean(false));
    }

    private static Text code(JsonNode node) {
        return node.isTextual() ? new Text(node.asText(), node.asText(), null) : null;
    }

    private static Money money(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        String text = node.asText();
        return new Money(new BigDecimal(text), FEN, text, null);
    }

    private static Text text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        JsonNode en = node.path("en");
        return new Text(node.path("zh").asText(), en.isNull() || en.isMissingNode() ? null : en.asText(), null);
    }
}
