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
import org.gongkai.disclosure.model.BudgetItem;
import org.gongkai.disclosure.model.DateValue;
import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Declared;
import org.gongkai.disclosure.model.Framework;
import org.gongkai.disclosure.model.Funds;
import org.gongkai.disclosure.model.Goals;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.model.Operator;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.Sections;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.model.Weight;

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

    /** A declaration and its projects, as published. */
    public record Published(Declaration declaration, List<Project> projects) {
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
                text(root.path("title")), text(root.path("summary")), declared, languages, framework);
        List<Project> projects = new ArrayList<>();
        for (JsonNode p : root.path("projects")) {
            projects.add(project(p));
        }
        return new Published(declaration, projects);
    }

    private static Project project(JsonNode p) {
        JsonNode f = p.path("funds");
        JsonNode a = p.path("annual-funds");
        JsonNode s = p.path("sections");
        List<BudgetItem> items = new ArrayList<>();
        for (JsonNode item : p.path("budget-items")) {
            items.add(new BudgetItem(text(item.path("name")), money(item.path("amount"))));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (JsonNode i : p.path("indicators")) {
            Weight weight = i.path("weight").isNull() || i.path("weight").isMissingNode() ? null
                    : new Weight(new BigDecimal(i.path("weight").asText()), null);
            indicators.add(new Indicator(text(i.path("level1")), text(i.path("level2")), text(i.path("name")),
                    target(i.path("target")), weight, null));
        }
        return new Project(null, p.path("id").asText(), text(p.path("name")), text(p.path("nature")),
                text(p.path("category")), text(p.path("department")), text(p.path("implementer")),
                new DateValue(LocalDate.parse(p.path("start").asText()), null),
                new DateValue(LocalDate.parse(p.path("end").asText()), null),
                new Funds(money(f.path("total")), money(f.path("fiscal")), money(f.path("other"))),
                new AnnualFunds(money(a.path("total")), money(a.path("appropriation")), money(a.path("carryover")),
                        money(a.path("other"))),
                new Sections(text(s.path("overview")), text(s.path("basis")), text(s.path("plan")), text(s.path("budget"))),
                items,
                new Goals(text(p.path("goals").path("overall")), text(p.path("goals").path("annual"))),
                indicators);
    }

    private static Target target(JsonNode t) {
        Text written = text(t.path("written"));
        Target.Kind kind = Target.Kind.valueOf(t.path("kind").asText().toUpperCase(Locale.ROOT));
        if (kind != Target.Kind.NUMERIC) {
            return new Target(written, kind, null, null, null, null);
        }
        Operator operator = java.util.Arrays.stream(Operator.values())
                .filter(o -> o.symbol().equals(t.path("operator").asText())).findFirst().orElseThrow();
        return new Target(written, kind, operator, new BigDecimal(t.path("value").asText()), text(t.path("unit")), null);
    }

    private static Money money(JsonNode node) {
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
