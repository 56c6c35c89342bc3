package org.gongkai.disclosure.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.disclosure.diag.FieldName;
import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Declared;
import org.gongkai.disclosure.model.Framework;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.SourcePosition;

import static org.gongkai.disclosure.model.FormSchema.Part;

/** Reads {@code declaration.yaml}: the unit, the year, what the declaration states, languages, framework. */
final class DeclarationReader {

    static final String DEFAULT_FRAMEWORK = "cn-mof-2021";
    private static final int FIRST_YEAR = 1950;
    private static final int LAST_YEAR = 2200;

    private final ValueReader values;
    private final Map<String, Framework> frameworks;

    DeclarationReader(ValueReader values, Map<String, Framework> frameworks) {
        this.values = values;
        this.frameworks = frameworks;
    }

    /** The declaration, or empty when it cannot be used at all (reported). */
    Optional<Declaration> read(YamlNode root, String file) {
        if (!(root instanceof YamlNode.Mapping map)) {
            values.sink().error("value-kind", root.at(), "file.notMapping", file);
            return Optional.empty();
        }
        Fields f = values.fields(map, Part.DECLARATION);
        YamlNode yearNode = f.required("fiscal-year");
        Integer year = values.integer(yearNode, f.name("fiscal-year"));
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            values.sink().error("value-kind", yearNode.at(), "year.range", f.name("fiscal-year").message(), year);
            year = null;
        }
        var unit = values.text(f.required("unit"), f.name("unit"));
        var unitCode = values.code(f.optional("unit-code"), f.name("unit-code"));
        var title = values.text(f.required("title"), f.name("title"));
        var summary = values.text(f.optional("summary"), f.name("summary"));
        Declared declared = declared(f.optional("declared"), f.name("declared"));
        List<Language> languages = languages(f.optional("languages"), f.name("languages"));
        Framework framework = framework(f.optional("framework"), f.name("framework"));
        if (year == null || unit == null || title == null || languages == null || framework == null) {
            return Optional.empty();
        }
        return Optional.of(new Declaration(file, year, yearNode.at(), unit, unitCode, title, summary, declared, languages,
                framework));
    }

    private Declared declared(YamlNode node, FieldName name) {
        Fields f = values.mapping(node, name, Part.DECLARED);
        if (f == null) {
            return null;
        }
        YamlNode countNode = f.optional("project-count");
        Integer count = values.integer(countNode, f.name("project-count"));
        var total = values.money(f.optional("total"), f.name("total"));
        return new Declared(count, countNode == null ? f.at() : countNode.at(), total);
    }

    List<Language> languages(YamlNode node, FieldName name) {
        if (node == null) {
            return List.of(Language.ZH, Language.EN);
        }
        List<YamlNode> items = values.list(node, name);
        if (items == null) {
            return null;
        }
        List<Language> languages = new ArrayList<>();
        boolean ok = true;
        for (YamlNode item : items) {
            String code = values.string(item, name);
            if (code == null) {
                ok = false;
                continue;
            }
            Optional<Language> language = Language.fromCode(code.strip());
            if (language.isEmpty()) {
                values.sink().error("value-kind", item.at(), "languages.unknown", code);
                ok = false;
            } else if (languages.contains(language.get())) {
                values.sink().error("value-kind", item.at(), "languages.duplicate", code);
                ok = false;
            } else {
                languages.add(language.get());
            }
        }
        if (ok && !languages.contains(Language.ZH)) {
            values.sink().error("value-kind", node.at(), "languages.needChinese");
            ok = false;
        }
        return ok ? languages : null;
    }

    private Framework framework(YamlNode node, FieldName name) {
        if (node == null) {
            return frameworks.get(DEFAULT_FRAMEWORK);
        }
        String id = values.string(node, name);
        if (id == null) {
            return null;
        }
        Framework framework = frameworks.get(id.strip());
        if (framework == null) {
            SourcePosition at = node.at();
            values.sink().error("framework", at, "framework.unknown", id, String.join(", ", frameworks.keySet()));
        }
        return framework;
    }
}
