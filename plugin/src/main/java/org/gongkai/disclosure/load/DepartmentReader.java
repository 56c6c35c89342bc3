package org.gongkai.disclosure.load;

import static org.gongkai.disclosure.model.FormSchema.Part;

import java.util.List;

import org.gongkai.disclosure.diag.FieldName;
import org.gongkai.disclosure.model.DepartmentDraft;
import org.gongkai.disclosure.model.DepartmentFunds;
import org.gongkai.disclosure.model.DepartmentItem;
import org.gongkai.disclosure.model.DepartmentTask;
import org.gongkai.disclosure.model.DepartmentYear;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.IndicatorTable;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.model.Share;
import org.gongkai.disclosure.model.Text;

/**
 * Reads {@code department.yaml}, the department's form over all its spending (部门整体支出绩效目标申报表), into a
 * {@link DepartmentDraft}, reporting every problem it meets and keeping what it can read. Its indicator table is read
 * as a project's is.
 */
final class DepartmentReader {

    private final ValueReader values;

    DepartmentReader(ValueReader values) {
        this.values = values;
    }

    /** The department's form, or null when the file is not a mapping at all (reported). */
    DepartmentDraft read(YamlNode root, String file) {
        if (!(root instanceof YamlNode.Mapping map)) {
            values.sink().error("value-kind", root.at(), "file.notMapping", file);
            return null;
        }
        Fields f = values.fields(map, Part.DEPARTMENT);
        Text duties = values.text(f.optional("duties"), f.name("duties"));
        List<YamlNode> taskNodes = values.list(f.optional("tasks"), f.name("tasks"));
        List<DepartmentTask> tasks = taskNodes == null ? List.of() : values.each(taskNodes, this::task);
        DepartmentFunds income = funds(f.optional("income"), f.name("income"));
        DepartmentFunds expenditure = funds(f.optional("expenditure"), f.name("expenditure"));
        List<YamlNode> yearNodes = values.list(f.optional("previous-years"), f.name("previous-years"));
        List<DepartmentYear> years = yearNodes == null ? List.of() : values.each(yearNodes, this::year);
        Text goals = values.text(f.required("goals"), f.name("goals"));
        ProjectReader tables = new ProjectReader(values);
        var weighting = tables.weighting(f.optional("weighting"), f.name("weighting"));
        YamlNode indicatorsNode = f.required("indicators");
        List<YamlNode> rows = values.list(indicatorsNode, f.name("indicators"));
        List<Indicator> indicators = tables.indicators(rows, indicatorsNode, f.name("indicators"), List.of());
        IndicatorTable table = new IndicatorTable(IndicatorTable.Owner.DEPARTMENT, indicators,
                indicatorsNode == null ? f.at() : indicatorsNode.at(), rows != null && indicators.size() == rows.size(),
                weighting, tables.rowWeights());
        return new DepartmentDraft(file, duties, tasks, taskNodes == null || tasks.size() == taskNodes.size(), income,
                expenditure, years, goals, table);
    }

    private DepartmentTask task(YamlNode node) {
        Fields f = values.mapping(node, FieldName.of(Part.DEPARTMENT, "tasks"), Part.TASK);
        if (f == null) {
            return null;
        }
        Text name = values.text(f.required("name"), f.name("name"));
        Text content = values.text(f.optional("content"), f.name("content"));
        Money amount = values.money(f.optional("amount"), f.name("amount"));
        Money fiscal = values.money(f.optional("fiscal"), f.name("fiscal"));
        Money other = values.money(f.optional("other"), f.name("other"));
        boolean read = (amount != null || !f.meant("amount")) && (fiscal != null || !f.meant("fiscal"))
                && (other != null || !f.meant("other"));
        return name == null || !read ? null : new DepartmentTask(name, content, amount, fiscal, other);
    }

    private DepartmentYear year(YamlNode node) {
        Fields f = values.mapping(node, FieldName.of(Part.DEPARTMENT, "previous-years"), Part.PREVIOUS_YEAR);
        if (f == null) {
            return null;
        }
        YamlNode yearNode = f.required("year");
        Integer year = values.integer(yearNode, f.name("year"));
        String formName = Part.DEPARTMENT.field("previous-years").orElseThrow().formName() + "·";
        DepartmentFunds income = funds(f.optional("income"), new FieldName(f.name("income").path(),
                formName + f.name("income").formName()));
        DepartmentFunds expenditure = funds(f.optional("expenditure"), new FieldName(f.name("expenditure").path(),
                formName + f.name("expenditure").formName()));
        return new DepartmentYear(year, yearNode == null ? f.at() : yearNode.at(), income, expenditure);
    }

    /** Income or expenditure: its total and its lines, each named inside {@code name} (income.items.amount). */
    private DepartmentFunds funds(YamlNode node, FieldName name) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof YamlNode.Mapping map)) {
            values.wrongKind(node, name, "kind.mapping");
            return null;
        }
        Fields f = new Fields(map, Part.DEPARTMENT_FUNDS, values.sink(), name);
        Money total = values.money(f.required("total"), f.name("total"));
        List<YamlNode> itemNodes = values.list(f.optional("items"), f.name("items"));
        List<DepartmentItem> items = itemNodes == null ? List.of() : values.each(itemNodes, item -> item(item, name));
        boolean complete = (itemNodes != null || !f.meant("items")) && (itemNodes == null || items.size() == itemNodes.size());
        return new DepartmentFunds(total, items, complete);
    }

    private DepartmentItem item(YamlNode node, FieldName funds) {
        if (!(node instanceof YamlNode.Mapping map)) {
            values.wrongKind(node, new FieldName(funds.path() + ".items", funds.formName()), "kind.mapping");
            return null;
        }
        Fields f = new Fields(map, Part.DEPARTMENT_ITEM, values.sink(), funds);
        Text name = values.text(f.required("name"), f.name("name"));
        Money amount = values.money(f.required("amount"), f.name("amount"));
        // A share that cannot be read is reported; the line still counts towards its total.
        Share share = values.share(f.optional("share"), f.name("share"));
        return name == null || amount == null ? null : new DepartmentItem(name, amount, share);
    }
}
