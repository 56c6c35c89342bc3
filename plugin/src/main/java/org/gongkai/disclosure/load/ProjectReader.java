package org.gongkai.disclosure.load;

import java.util.List;

import org.gongkai.disclosure.diag.FieldName;
import org.gongkai.disclosure.model.AnnualFunds;
import org.gongkai.disclosure.model.BudgetItem;
import org.gongkai.disclosure.model.Funds;
import org.gongkai.disclosure.model.Goals;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.Sections;
import org.gongkai.disclosure.model.Text;

import static org.gongkai.disclosure.model.FormSchema.Part;

/** Reads one project file's tree into a {@link ProjectDraft}, reporting every problem it meets. */
final class ProjectReader {

    private final ValueReader values;

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
        YamlNode indicatorsNode = f.required("indicators");
        List<YamlNode> indicatorRows = values.list(indicatorsNode, f.name("indicators"));
        List<Indicator> indicators = indicators(indicatorRows, indicatorsNode, f.name("indicators"));
        return new ProjectDraft(
                file,
                id,
                idNode == null ? f.at() : idNode.at(),
                values.text(f.required("name"), f.name("name")),
                values.text(f.required("nature"), f.name("nature")),
                values.text(f.required("category"), f.name("category")),
                values.text(f.required("department"), f.name("department")),
                values.text(f.required("implementer"), f.name("implementer")),
                values.date(f.required("start"), f.name("start")),
                values.date(f.required("end"), f.name("end")),
                funds(f.required("funds"), f.name("funds")),
                annualFunds(f.required("annual-funds"), f.name("annual-funds")),
                sections(f.optional("sections"), f.name("sections")),
                budgetItems(f.optional("budget-items"), f.name("budget-items")),
                goals(f.required("goals"), f.name("goals")),
                indicators,
                indicatorsNode == null ? f.at() : indicatorsNode.at(),
                indicatorRows != null && indicators.size() == indicatorRows.size());
    }

    private Funds funds(YamlNode node, FieldName name) {
        Fields f = values.mapping(node, name, Part.FUNDS);
        if (f == null) {
            return null;
        }
        return new Funds(
                values.money(f.required("total"), f.name("total")),
                values.money(f.required("fiscal"), f.name("fiscal")),
                values.money(f.required("other"), f.name("other")));
    }

    private AnnualFunds annualFunds(YamlNode node, FieldName name) {
        Fields f = values.mapping(node, name, Part.ANNUAL_FUNDS);
        if (f == null) {
            return null;
        }
        return new AnnualFunds(
                values.money(f.required("total"), f.name("total")),
                values.money(f.required("appropriation"), f.name("appropriation")),
                values.money(f.required("carryover"), f.name("carryover")),
                values.money(f.required("other"), f.name("other")));
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
            var amount = values.money(f.required("amount"), f.name("amount"));
            return itemName == null || amount == null ? null : new BudgetItem(itemName, amount);
        });
    }

    private Goals goals(YamlNode node, FieldName name) {
        Fields f = values.mapping(node, name, Part.GOALS);
        if (f == null) {
            return null;
        }
        return new Goals(
                values.text(f.required("overall"), f.name("overall")),
                values.text(f.required("annual"), f.name("annual")));
    }

    private List<Indicator> indicators(List<YamlNode> items, YamlNode node, FieldName name) {
        if (items == null) {
            return List.of();
        }
        if (items.isEmpty()) {
            values.sink().error("required-key", node.at(), "indicators.none", name.message());
        }
        return values.each(items, item -> {
            Fields f = values.mapping(item, name, Part.INDICATOR);
            if (f == null) {
                return null;
            }
            Text level1 = values.text(f.required("level1"), f.name("level1"));
            Text level2 = values.text(f.required("level2"), f.name("level2"));
            Text indicatorName = values.text(f.required("name"), f.name("name"));
            var target = values.target(f.required("target"), f.name("target"));
            var weight = values.weight(f.optional("weight"), f.name("weight"));
            if (level1 == null || level2 == null || indicatorName == null || target == null) {
                return null;
            }
            return new Indicator(level1, level2, indicatorName, target, weight, item.at());
        });
    }
}
