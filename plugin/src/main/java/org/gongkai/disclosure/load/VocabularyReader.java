package org.gongkai.disclosure.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.disclosure.diag.FieldName;
import org.gongkai.disclosure.model.Framework;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.IndicatorRole;
import org.gongkai.disclosure.model.Text;

import static org.gongkai.disclosure.model.FormSchema.Part;

/** Reads glossary and indicator-framework files, built-in or a site's own, with the same care as content. */
final class VocabularyReader {

    private final ValueReader values;

    VocabularyReader(ValueReader values) {
        this.values = values;
    }

    Glossary glossary(YamlNode root, String file) {
        Fields f = values.mapping(root, new FieldName(file, ""), Part.GLOSSARY);
        if (f == null) {
            return Glossary.EMPTY;
        }
        Map<String, String> terms = new LinkedHashMap<>();
        YamlNode termsNode = f.optional("terms");
        if (termsNode instanceof YamlNode.Mapping map) {
            for (YamlNode.Entry entry : map.entries().values()) {
                String en = values.string(entry.value(), new FieldName("terms." + entry.key().name(), ""));
                if (en != null && !en.isBlank()) {
                    terms.put(entry.key().name().strip(), en.strip());
                }
            }
        } else if (termsNode != null) {
            values.wrongKind(termsNode, f.name("terms"), "kind.mapping");
        }
        Map<String, Glossary.UnitName> units = new LinkedHashMap<>();
        YamlNode unitsNode = f.optional("units");
        if (unitsNode instanceof YamlNode.Mapping map) {
            for (YamlNode.Entry entry : map.entries().values()) {
                FieldName name = new FieldName("units." + entry.key().name(), "");
                if (entry.value() instanceof YamlNode.Mapping unit) {
                    Fields u = values.fields(unit, Part.UNIT);
                    String other = values.string(u.required("en"), u.name("en"));
                    String one = values.string(u.optional("one"), u.name("one"));
                    if (other != null) {
                        units.put(entry.key().name().strip(), new Glossary.UnitName(other, one));
                    }
                } else {
                    String other = values.string(entry.value(), name);
                    if (other != null) {
                        units.put(entry.key().name().strip(), new Glossary.UnitName(other, null));
                    }
                }
            }
        } else if (unitsNode != null) {
            values.wrongKind(unitsNode, f.name("units"), "kind.mapping");
        }
        return new Glossary(terms, units);
    }

    /** A framework, or null when it has errors (reported). */
    Framework framework(YamlNode root, String file) {
        Fields f = values.mapping(root, new FieldName(file, ""), Part.FRAMEWORK);
        if (f == null) {
            return null;
        }
        String id = values.id(f.required("id"), f.name("id"));
        Text name = values.text(f.required("name"), f.name("name"));
        List<YamlNode> level1Nodes = values.list(f.required("level1"), f.name("level1"));
        if (level1Nodes != null && level1Nodes.isEmpty()) {
            values.sink().error("required-key", f.required("level1").at(), "indicators.none", f.name("level1").message());
            return null;
        }
        if (id == null || name == null || level1Nodes == null) {
            return null;
        }
        List<Framework.Level1> level1 = new ArrayList<>();
        for (YamlNode node : level1Nodes) {
            Fields l = values.mapping(node, f.name("level1"), Part.FRAMEWORK_LEVEL1);
            if (l == null) {
                continue;
            }
            Text level1Name = values.text(l.required("name"), l.name("name"));
            IndicatorRole role = role(l.required("role"), l.name("role"));
            List<YamlNode> level2Nodes = values.list(l.required("level2"), l.name("level2"));
            if (level2Nodes != null && level2Nodes.isEmpty()) {
                // A level-1 indicator without level-2 ones could hold no indicator at all.
                values.sink().error("required-key", l.required("level2").at(), "indicators.none", l.name("level2").message());
                continue;
            }
            if (level1Name == null || role == null || level2Nodes == null) {
                continue;
            }
            level1.add(new Framework.Level1(level1Name, role,
                    values.each(level2Nodes, n -> values.text(n, l.name("level2")))));
        }
        return new Framework(id, name, level1);
    }

    private IndicatorRole role(YamlNode node, FieldName name) {
        String text = values.string(node, name);
        if (text == null) {
            return null;
        }
        try {
            return IndicatorRole.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            values.sink().error("value-kind", node.at(), "framework.role", text);
            return null;
        }
    }
}
