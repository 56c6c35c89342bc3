package org.gongkai.disclosure.load;

import java.util.Locale;
import java.util.Set;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.diag.FieldName;
import org.gongkai.disclosure.model.FormSchema;

/**
 * Reads the {@code draft} key of a declaration or a project: {@code draft: true} keeps it out of the published site
 * (until the budget is approved, say) while the preview shows it. A draft is noted where the key stands, so that every
 * goal lists the drafts.
 */
final class Drafts {

    /** What YAML reads as true. */
    private static final Set<String> TRUE = Set.of("true", "yes", "on");

    private Drafts() {
    }

    /** True when {@code root} says {@code draft: true}; a value that is not true/false is reported. */
    static boolean read(YamlNode root, ValueReader values, FormSchema.Part part, String noteKey) {
        if (!(root instanceof YamlNode.Mapping map)) {
            return false;
        }
        YamlNode node = map.get("draft");
        if (node == null || node instanceof YamlNode.Scalar empty && empty.isNull()) {
            return false;
        }
        FieldName name = FieldName.of(part, "draft");
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.type() != YamlNode.ScalarType.BOOLEAN) {
            values.wrongKind(node, name, "kind.boolean");
            return false;
        }
        boolean draft = TRUE.contains(scalar.text().strip().toLowerCase(Locale.ROOT));
        if (draft) {
            values.sink().report(Diagnostic.note("draft", node.at(), noteKey));
        }
        return draft;
    }
}
