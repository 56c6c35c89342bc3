package org.gongkai.disclosure.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.gongkai.disclosure.diag.FieldName;
import org.gongkai.disclosure.model.DateValue;
import org.gongkai.disclosure.model.Footer;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Provenance;
import org.gongkai.disclosure.model.SiteInfo;
import org.gongkai.disclosure.model.SiteOptions;
import org.gongkai.disclosure.model.SourcePosition;
import org.gongkai.disclosure.model.Text;

import static org.gongkai.disclosure.model.FormSchema.Part;

/**
 * Reads {@code site.yaml}, the one file of the site's settings: its address, name and 网站标识码, the publication date,
 * the data's licence and source, the footer's facts (国办发〔2017〕47号), and, for a site of several declarations, its
 * title, publisher and languages; and whether its declarations show the summary of the review of their targets.
 * The plugin's parameters override what it says.
 */
final class SiteReader {

    static final SiteInfo DEFAULT = new SiteInfo(new Text("预算绩效目标公开", "Budget performance targets", null), null,
            List.of(Language.ZH, Language.EN));

    /** Longer than any real web address, or than any name, number or licence a footer shows. */
    static final int MAX_URL_LENGTH = 2000;
    static final int MAX_SETTING_LENGTH = 200;
    /** 网站标识码: ten letters and digits (3101170001, bm09000001); a little room either way. */
    private static final Pattern ID_CODE = Pattern.compile("[0-9A-Za-z]{4,20}");
    /** The keys that only a site of several declarations uses. */
    private static final List<String> MULTI_ONLY = List.of("title", "publisher", "languages");

    /** What {@code site.yaml} says: the facts of a site of several declarations, and the publishing settings. */
    record SiteFile(SiteInfo info, SiteOptions options, SourcePosition urlAt) {
        static final SiteFile DEFAULT = new SiteFile(SiteReader.DEFAULT, SiteOptions.NONE, null);

        SiteFile(SiteInfo info, SiteOptions options) {
            this(info, options, null);
        }
    }

    private final ValueReader values;

    SiteReader(ValueReader values) {
        this.values = values;
    }

    /**
     * @param multi true when the content folder holds several declarations; otherwise the site's title, publisher and
     *     languages are the declaration's, and those keys are reported as unused
     * @return the settings; {@code info} is empty when the languages cannot be used (reported)
     */
    SiteFile read(YamlNode root, String file, boolean multi) {
        if (!(root instanceof YamlNode.Mapping map)) {
            values.sink().error("value-kind", root.at(), "file.notMapping", file);
            return new SiteFile(null, SiteOptions.NONE);
        }
        Fields f = values.fields(map, Part.SITE);
        SiteOptions options = new SiteOptions(url(f, "url"), setting(f, "name"), idCode(f), date(f),
                new Provenance(setting(f, "license"), address(f, "license-url"), setting(f, "source"),
                        address(f, "source-url")),
                new Footer(text(f, "organizer"), text(f, "address"), setting(f, "phone"), setting(f, "icp"),
                        setting(f, "public-security"), url(f, "party-government-mark"), url(f, "error-report"),
                        url(f, "original-filing")),
                flag(f, "example"), flag(f, "review-summary"));
        if (!multi) {
            for (String key : MULTI_ONLY) {
                YamlNode.Entry entry = map.entries().get(key);
                if (entry != null) {
                    values.sink().warning("content-layout", entry.key().at(), "content.siteKeyUnused", key,
                            ContentLoader.SITE_FILE);
                }
            }
            return new SiteFile(null, options, urlAt(map, options));
        }
        Text title = text(f, "title");
        Text publisher = text(f, "publisher");
        List<Language> languages = new DeclarationReader(values, java.util.Map.of())
                .languages(f.optional("languages"), f.name("languages"));
        SiteInfo info = languages == null ? null
                : new SiteInfo(title == null ? DEFAULT.title() : title, publisher, languages);
        return new SiteFile(info, options, urlAt(map, options));
    }

    /** Where the file sets the site's address, when it sets one that could be read. */
    private static SourcePosition urlAt(YamlNode.Mapping map, SiteOptions options) {
        YamlNode.Entry entry = map.entries().get("url");
        return entry == null || options.siteUrl() == null ? null : entry.key().at();
    }

    private Text text(Fields f, String key) {
        YamlNode node = f.optional(key);
        Text text = values.text(node, f.name(key));
        if (text != null && tooLong(node, f.name(key), Math.max(text.zh().length(),
                text.en() == null ? 0 : text.en().length()), MAX_SETTING_LENGTH)) {
            return null;
        }
        return text;
    }

    private String setting(Fields f, String key) {
        YamlNode node = f.optional(key);
        String text = values.string(node, f.name(key));
        if (text == null || tooLong(node, f.name(key), text.length(), MAX_SETTING_LENGTH)) {
            return null;
        }
        return text.strip();
    }

    private String idCode(Fields f) {
        String code = setting(f, "id-code");
        if (code != null && !ID_CODE.matcher(code).matches()) {
            values.sink().error("value-kind", f.optional("id-code").at(), "site.idCode", f.name("id-code").message(), code);
            return null;
        }
        return code;
    }

    private LocalDate date(Fields f) {
        DateValue date = values.date(f.optional("publish-date"), f.name("publish-date"));
        return date == null ? null : date.date();
    }

    private String address(Fields f, String key) {
        URI uri = url(f, key);
        return uri == null ? null : uri.toString();
    }

    /** An absolute http(s) address, or null (reported when it is not one). */
    private URI url(Fields f, String key) {
        YamlNode node = f.optional(key);
        FieldName name = f.name(key);
        String text = values.string(node, name);
        if (text == null || tooLong(node, name, text.length(), MAX_URL_LENGTH)) {
            return null;
        }
        try {
            URI uri = new URI(text.strip());
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        values.sink().error("value-kind", node.at(), "site.url", name.message(), text);
        return null;
    }

    private boolean tooLong(YamlNode node, FieldName name, int length, int max) {
        if (length <= max) {
            return false;
        }
        values.sink().error("value-too-long", node.at(), "value.tooLong", name.message(), length, max);
        return true;
    }

    /** A true/false setting; false when absent or after reporting a value of another kind. */
    private boolean flag(Fields f, String key) {
        YamlNode node = f.optional(key);
        if (node == null) {
            return false;
        }
        if (node instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.ScalarType.BOOLEAN) {
            return YamlNode.isTrue(scalar);
        }
        values.wrongKind(node, f.name(key), "kind.boolean");
        return false;
    }
}
