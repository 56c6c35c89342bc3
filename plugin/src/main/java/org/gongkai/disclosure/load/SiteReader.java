package org.gongkai.disclosure.load;

import java.util.List;
import java.util.Optional;

import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.SiteInfo;
import org.gongkai.disclosure.model.Text;

import static org.gongkai.disclosure.model.FormSchema.Part;

/**
 * Reads {@code site.yaml}: the title, publisher and languages of a site of several declarations, and whether its
 * declarations show the summary of the review of their targets.
 */
final class SiteReader {

    static final SiteInfo DEFAULT = new SiteInfo(new Text("预算绩效目标公开", "Budget performance targets", null), null,
            List.of(Language.ZH, Language.EN));

    private final ValueReader values;

    SiteReader(ValueReader values) {
        this.values = values;
    }

    Optional<SiteInfo> read(YamlNode root, String file) {
        if (!(root instanceof YamlNode.Mapping map)) {
            values.sink().error("value-kind", root.at(), "file.notMapping", file);
            return Optional.empty();
        }
        Fields f = values.fields(map, Part.SITE);
        Text title = values.text(f.optional("title"), f.name("title"));
        Text publisher = values.text(f.optional("publisher"), f.name("publisher"));
        List<Language> languages = new DeclarationReader(values, java.util.Map.of())
                .languages(f.optional("languages"), f.name("languages"));
        if (languages == null) {
            return Optional.empty();
        }
        boolean reviewSummary = flag(f.optional("review-summary"), f.name("review-summary"));
        return Optional.of(new SiteInfo(title == null ? DEFAULT.title() : title, publisher, languages, reviewSummary));
    }

    /** A true/false setting; false when absent or after reporting a value of another kind. */
    private boolean flag(YamlNode node, org.gongkai.disclosure.diag.FieldName name) {
        if (node == null) {
            return false;
        }
        if (node instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.ScalarType.BOOLEAN) {
            return YamlNode.isTrue(scalar);
        }
        values.wrongKind(node, name, "kind.boolean");
        return false;
    }
}
