package org.gongkai.disclosure.load;

import static org.gongkai.disclosure.model.FormSchema.Part;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.diag.FieldName;
import org.gongkai.disclosure.model.AnnualFunds;
import org.gongkai.disclosure.model.BudgetItem;
import org.gongkai.disclosure.model.FundSource;
import org.gongkai.disclosure.model.Funds;
import org.gongkai.disclosure.model.Goals;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.Recipient;
import org.gongkai.disclosure.model.RowWeights;
import org.gongkai.disclosure.model.Sections;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.model.Weight;
import org.gongkai.disclosure.model.Weighting;

/**
 * Reads one project file's tree into a {@link ProjectDraft}, reporting every problem it meets and keeping what it can
 * read, so that one run shows every problem of the file.
 */
final class ProjectReader {

    private final ValueReader values;
    /** Whether every line of the funds the file has was read; a sum over the others would mislead. */
    private boolean fundsComplete = true;
    private boolean annualFundsComplete = true;
    private RowWeights rowWeights = RowWeights.NONE;

    ProjectReader(ValueReader values) {
        this.values = values;
    }

    /** The project, or null when the file is not a mapping at all (reported). */
    ProjectDraft read(YamlNode root, String file) {
        if (!(root instanceof YamlNode.Mapping map)) {
            values.sink().error("value-kind", root.at(), "file.notMapping", file);
            return null;
        }
        Fields f = values.fields(map, Part.PROJECT);
        YamlNode idNode = f.required("id");
        String id = values.id(idNode, f.name("id"));
        List<Recipient> recipients = recipients(f.optional("recipients"), f.name("recipients"));
        YamlNode indicatorsNode = f.required("indicators");
        List<YamlNode> indicatorRows = values.list(indicatorsNode, f.name("indicators"));
        List<Indicator> indicators = indicators(indicatorRows, indicatorsNode, f.name("indicators"), recipients);
        Funds funds = funds(f.optional("funds"), f.name("funds"));
        AnnualFunds annual = annualFunds(f.required("annual-funds"), f.name("annual-funds"));
        return new ProjectDraft(
                file,
                id,
                idNode == null ? f.at() : idNode.at(),
                values.text(f.required("name"), f.name("name")),
                values.code(f.optional("code"), f.name("code")),
                values.text(f.optional("nature"), f.name("nature")),
                values.text(f.optional("category"), f.name("category")),
                values.text(f.optional("department"), f.name("department")),
                values.text(f.optional("implementer"), f.name("implementer")),
                values.date(f.optional("start"), f.name("start")),
                values.date(f.optional("end"), f.name("end")),
                funds,
                annual,
                sections(f.optional("sections"), f.name("sections")),
                budgetItems(f.optional("budget-items"), f.name("budget-items")),
                recipients,
                goals(f.required("goals"), f.name("goals")),
                weighting(f.optional("weighting"), f.name("weighting")),
                indicators,
                indicatorsNode == null ? f.at() : indicatorsNode.at(),
                fundsComplete,
                annualFundsComplete,
                indicatorRows != null && indicators.size() == indicatorRows.size(),
                rowWeights);
    }

    /** The weights of the rows of the last indicator table read. */
    RowWeights rowWeights() {
        return rowWeights;
    }

    /** True when every line the mapping has (or misspells) was read. */
    private static boolean read(Fields f, Object... valuesAndKeys) {
        for (int i = 0; i < valuesAndKeys.length; i += 2) {
            if (valuesAndKeys[i] == null && f.meant((String) valuesAndKeys[i + 1])) {
                return false;
            }
        }
        return true;
    }

    /** True when every source the mapping lists was read. */
    private static boolean read(YamlNode sourcesNode, List<FundSource> sources) {
        return !(sourcesNode instanceof YamlNode.Sequence listed) || listed.items().size() == sources.size();
    }

    private Funds funds(YamlNode node, FieldName name) {
        Fields f = values.mapping(node, name, Part.FUNDS);
        if (f == null) {
            return null;
        }
        Funds funds = new Funds(
                values.money(f.required("total"), f.name("total")),
                values.money(f.optional("fiscal"), f.name("fiscal")),
                values.money(f.optional("other"), f.name("other")),
                sources(f.optional("sources"), f.name("sources")));
        fundsComplete = read(f, funds.fiscal(), "fiscal", funds.other(), "other")
                && read(f.optional("sources"), funds.sources());
        return funds;
    }

    private AnnualFunds annualFunds(YamlNode node, FieldName name) {
        Fields f = values.mapping(node, name, Part.ANNUAL_FUNDS);
        if (f == null) {
            return null;
        }
        AnnualFunds annual = new AnnualFunds(
                values.money(f.required("total"), f.name("total")),
                values.money(f.optional("appropriation"), f.name("appropriation")),
                values.money(f.optional("carryover"), f.name("carryover")),
                values.money(f.optional("other"), f.name("other")),
                sources(f.optional("sources"), f.name("sources")));
        annualFundsComplete = read(f, annual.appropriation(), "appropriation", annual.carryover(), "carryover",
                annual.other(), "other") && read(f.optional("sources"), annual.sources());
        return annual;
    }

    private List<FundSource> sources(YamlNode node, FieldName name) {
        List<YamlNode> items = values.list(node, name);
        if (items == null) {
            return List.of();
        }
        return values.each(items, item -> {
            Fields f = values.mapping(item, name, Part.FUND_SOURCE);
            if (f == null) {
                return null;
            }
            Text source = values.text(f.required("name"), f.name("name"));
            Money amount = values.money(f.required("amount"), f.name("amount"));
            return source == null || amount == null ? null : new FundSource(source, amount);
        });
    }

    private Sections sections(YamlNode node, FieldName name) {
        if (node == null) {
            return Sections.NONE;
        }
        Fields f = values.mapping(node, name, Part.SECTIONS);
        if (f == null) {
            return Sections.NONE;
        }
        return new Sections(
                values.text(f.optional("overview"), f.name("overview")),
                values.text(f.optional("basis"), f.name("basis")),
                values.text(f.optional("necessity"), f.name("necessity")),
                values.text(f.optional("measures"), f.name("measures")),
                values.text(f.optional("plan"), f.name("plan")),
                values.text(f.optional("budget"), f.name("budget")));
    }

    private List<BudgetItem> budgetItems(YamlNode node, FieldName name) {
        List<YamlNode> items = values.list(node, name);
        if (items == null) {
            return List.of();
        }
        return values.each(items, item -> {
            Fields f = values.mapping(item, name, Part.BUDGET_ITEM);
            if (f == null) {
                return null;
            }
            Text itemName = values.text(f.required("name"), f.name("name"));
            Money amount = values.money(f.required("amount"), f.name("amount"));
            Text basis = values.text(f.optional("basis"), f.name("basis"));
            return itemName == null || amount == null ? null : new BudgetItem(itemName, amount, basis);
        });
    }

    private List<Recipient> recipients(YamlNode node, FieldName name) {
        List<YamlNode> items = values.list(node, name);
        if (items == null) {
            return List.of();
        }
        List<Recipient> recipients = values.each(items, item -> {
            Fields f = values.mapping(item, name, Part.RECIPIENT);
            if (f == null) {
                return null;
            }
            Text recipient = values.text(f.required("name"), f.name("name"));
            Money amount = values.money(f.optional("amount"), f.name("amount"));
            Text implementer = values.text(f.optional("implementer"), f.name("implementer"));
            Text content = values.text(f.optional("content"), f.name("content"));
            return recipient == null ? null : new Recipient(recipient, amount, implementer, content);
        });
        List<String> seen = new ArrayList<>();
        for (Recipient recipient : recipients) {
            if (seen.contains(recipient.name().zh())) {
                values.sink().error("recipients", recipient.name().at(), "recipients.duplicate", recipient.name().zh());
            }
            seen.add(recipient.name().zh());
        }
        return recipients;
    }

    private Goals goals(YamlNode node, FieldName name) {
        Fields f = values.mapping(node, name, Part.GOALS);
        if (f == null) {
            return null;
        }
        Text overall = values.text(f.optional("overall"), f.name("overall"));
        Text annual = values.text(f.optional("annual"), f.name("annual"));
        if (!f.has("overall") && !f.has("annual")) {
            values.sink().error("required-key", f.at(), "goals.none", name.message());
        }
        return new Goals(overall, annual);
    }

    Weighting weighting(YamlNode node, FieldName name) {
        Fields f = values.mapping(node, name, Part.WEIGHTING);
        if (f == null) {
            return null;
        }
        Weight total = values.weight(f.required("total"), f.name("total"));
        Weight budgetExecution = values.weight(f.optional("budget-execution"), f.name("budget-execution"));
        if (total == null) {
            return null;
        }
        return new Weighting(total.points(), budgetExecution == null ? BigDecimal.ZERO : budgetExecution.points(),
                f.at());
    }

    /**
     * The indicator rows. A row whose target cannot be read is kept (its error reported), so that its weight still
     * counts and the rules over the whole table still run in the same pass.
     */
    List<Indicator> indicators(List<YamlNode> items, YamlNode node, FieldName name, List<Recipient> recipients) {
        if (items == null) {
            return List.of();
        }
        if (items.isEmpty()) {
            values.sink().error("required-key", node.at(), "indicators.none", name.message());
        }
        List<Weight> weights = new ArrayList<>();
        boolean[] readable = {true};
        List<Indicator> indicators = values.each(items, item -> {
            Fields f = values.mapping(item, name, Part.INDICATOR);
            if (f == null) {
                return null;
            }
            Text level1 = values.text(f.required("level1"), f.name("level1"));
            Text level2 = values.text(f.required("level2"), f.name("level2"));
            Text indicatorName = values.text(f.required("name"), f.name("name"));
            Target target = null;
            List<Target> perRecipient = List.of();
            if (f.has("targets")) {
                perRecipient = recipientTargets(f.optional("targets"), f.name("targets"), recipients, item);
                if (f.has("target")) {
                    values.sink().error("recipients", f.optional("target").at(), "indicator.targetAndTargets",
                            f.name("target").message(), f.name("targets").message());
                }
            } else {
                target = values.target(f.required("target"), f.name("target"));
            }
            Target periodTarget = values.target(f.optional("period-target"), f.name("period-target"));
            Weight weight = values.weight(f.optional("weight"), f.name("weight"));
            weights.add(weight);
            readable[0] &= weight != null || !f.has("weight");
            Text explanation = values.text(f.optional("explanation"), f.name("explanation"));
            Indicator.Direction direction = values.direction(f.optional("direction"), f.name("direction"));
            Indicator.StatedKind kind = values.statedKind(f.optional("kind"), f.name("kind"));
            Text remark = values.text(f.optional("remark"), f.name("remark"));
            if (level1 == null || level2 == null || indicatorName == null) {
                return null;
            }
            return new Indicator(level1, level2, indicatorName, target, perRecipient, periodTarget, weight, explanation,
                    direction, kind, remark, item.at());
        });
        // A row that is not a mapping has no weight to read either.
        rowWeights = new RowWeights(weights, readable[0] && weights.size() == items.size());
        return indicators;
    }

    /**
     * One target per recipient, keyed by the recipient's name, in the order of the project's recipients; a name that is
     * no recipient, or a recipient without a target, is an error.
     */
    private List<Target> recipientTargets(YamlNode node, FieldName name, List<Recipient> recipients, YamlNode row) {
        if (!(node instanceof YamlNode.Mapping map)) {
            values.wrongKind(node, name, "kind.mapping");
            return List.of();
        }
        List<Target> targets = new ArrayList<>();
        List<String> names = recipients.stream().map(r -> r.name().zh()).distinct().toList();
        for (YamlNode.Entry entry : map.entries().values()) {
            if (!names.contains(entry.key().name().strip())) {
                values.sink().error("recipients", entry.key().at(), "recipients.unknown", entry.key().name(),
                        names.isEmpty() ? "—" : String.join("、", names));
            }
        }
        for (String recipient : names) {
            YamlNode.Entry entry = map.entries().values().stream()
                    .filter(e -> e.key().name().strip().equals(recipient)).findFirst().orElse(null);
            if (entry == null) {
                values.sink().error("recipients", map.at(), "recipients.noTarget", recipient);
                targets.add(null);
            } else {
                targets.add(values.target(entry.value(), new FieldName(name.path() + "." + recipient, name.formName())));
            }
        }
        return targets;
    }
}
