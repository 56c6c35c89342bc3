package org.gongkai.disclosure.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.diag.FieldName;
import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.model.DateValue;
import org.gongkai.disclosure.model.FormSchema;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.model.Operator;
import org.gongkai.disclosure.model.Scripts;
import org.gongkai.disclosure.model.Share;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.model.Weight;

/**
 * Reads typed values from YAML nodes, reporting every problem at the value's position. Each method returns
 * null after reporting; callers go on reading the other fields so that one run shows every problem.
 */
final class ValueReader {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    static final int MAX_ID_LENGTH = 64;
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern LOOSE_DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*(?:[-/.月]\\s*(?:(\\d{1,2})\\s*日?)?)?");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(?:\\.\\d+)?");
    /** Longer than any real target (the longest in the real filings we know is under 60 characters). */
    static final int MAX_TARGET_LENGTH = 200;
    /** Longer than any real weight, year or date. */
    static final int MAX_NUMBER_LENGTH = 32;
    /** Longer than any real project or unit code (the longest we know has 21 characters). */
    static final int MAX_CODE_LENGTH = 64;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

    private final DiagnosticSink sink;
    private final Glossary glossary;

    ValueReader(DiagnosticSink sink, Glossary glossary) {
        this.sink = sink;
        this.glossary = glossary;
    }

    DiagnosticSink sink() {
        return sink;
    }

    Fields fields(YamlNode.Mapping map, FormSchema.Part part) {
        return new Fields(map, part, sink);
    }

    /** The node as a mapping read against {@code part}, or null after a value-kind error. */
    Fields mapping(YamlNode node, FieldName name, FormSchema.Part part) {
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Mapping map) {
            return fields(map, part);
        }
        wrongKind(node, name, "kind.mapping");
        return null;
    }

    /** The items of a list, or null after a value-kind error. */
    List<YamlNode> list(YamlNode node, FieldName name) {
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence.items();
        }
        wrongKind(node, name, "kind.list");
        return null;
    }

    /**
     * A text: a plain string (Chinese) or {@code {zh, en}}. Without English, a text with no Chinese in it
     * reads the same in English, and a text the glossary knows takes the glossary's English.
     */
    Text text(YamlNode node, FieldName name) {
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Mapping map) {
            Fields fields = new Fields(map, FormSchema.Part.TEXT, sink, name);
            YamlNode zhNode = fields.required("zh");
            String zh = string(zhNode, fields.name("zh"));
            YamlNode enNode = fields.optional("en");
            String en = enNode == null ? null : string(enNode, fields.name("en"));
            // Point at the Chinese, the text as filed: that is what messages are about.
            return zh == null ? null : withKnownEnglish(new Text(zh, en, zhNode.at()));
        }
        String zh = string(node, name);
        return zh == null ? null : withKnownEnglish(new Text(zh, null, node.at()));
    }

    private Text withKnownEnglish(Text text) {
        if (text.en() != null) {
            return text;
        }
        if (!Scripts.containsChinese(text.zh())) {
            return text.withEnglish(text.zh());
        }
        return glossary.english(text.zh()).map(text::withEnglish).orElse(text);
    }

    /** A scalar's text: strings and numbers are taken as written; true/false and lists are not texts. */
    String string(YamlNode node, FieldName name) {
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar scalar && scalar.type() != YamlNode.ScalarType.BOOLEAN) {
            return scalar.text();
        }
        if (node instanceof YamlNode.Scalar scalar) {
            sink.error("value-kind", node.at(), "value.booleanNotText", name.message(), scalar.text());
            return null;
        }
        wrongKind(node, name, "kind.text");
        return null;
    }

    Money money(YamlNode node, FieldName name) {
        String written = scalarText(node, name, "kind.amount");
        if (written == null) {
            return null;
        }
        Parsed<AmountParser.Amount> parsed = AmountParser.parse(written);
        if (parsed instanceof Parsed.Ok<AmountParser.Amount> ok) {
            return new Money(ok.value().yuan(), ok.value().resolution(), written.strip(), node.at());
        }
        sink.error("amount-format", node.at(), "value.inField", name.message(), ((Parsed.Problem<?>) parsed).message());
        return null;
    }

    DateValue date(YamlNode node, FieldName name) {
        String written = scalarText(node, name, "kind.date");
        if (written == null) {
            return null;
        }
        String text = written.strip();
        if (tooLong(text, MAX_NUMBER_LENGTH, node.at(), name)) {
            return null;
        }
        Matcher iso = ISO_DATE.matcher(text);
        if (!iso.matches()) {
            Matcher loose = LOOSE_DATE.matcher(text);
            Object hint = !loose.matches() ? "2024-01-01"
                    : loose.group(3) == null ? String.format("%s-%02d", loose.group(1), Integer.parseInt(loose.group(2)))
                    : String.format("%s-%02d-%02d", loose.group(1), Integer.parseInt(loose.group(2)),
                            Integer.parseInt(loose.group(3)));
            sink.error("date-format", node.at(), "date.format", name.message(), text, hint);
            return null;
        }
        int year = Integer.parseInt(iso.group(1));
        int month = iso.group(2) == null ? 1 : Integer.parseInt(iso.group(2));
        int day = iso.group(3) == null ? 1 : Integer.parseInt(iso.group(3));
        if (month < 1 || month > 12) {
            sink.error("date-format", node.at(), "date.noSuchMonth", name.message(), text, month);
            return null;
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            sink.error("date-format", node.at(), "date.noSuchDay", name.message(), text,
                    Message.of("date.monthLength", year, month, monthName, length));
            return null;
        }
        DateValue.Precision precision = iso.group(3) != null ? DateValue.Precision.DAY
                : iso.group(2) != null ? DateValue.Precision.MONTH : DateValue.Precision.YEAR;
        return new DateValue(LocalDate.of(year, month, day), precision, node.at());
    }

    /** A code (项目编码, 单位编码): letters, digits and dashes as filed, the same in every language. */
    Text code(YamlNode node, FieldName name) {
        String written = string(node, name);
        if (written == null) {
            return null;
        }
        String code = written.strip();
        if (tooLong(code, MAX_CODE_LENGTH, node.at(), name)) {
            return null;
        }
        if (!CODE.matcher(code).matches()) {
            sink.error("value-kind", node.at(), "value.code", name.message(), code);
            return null;
        }
        return new Text(code, code, node.at());
    }

    /** 正向 or 反向 (also positive or negative). */
    Indicator.Direction direction(YamlNode node, FieldName name) {
        return word(node, name, Map.of("正向", Indicator.Direction.POSITIVE, "反向", Indicator.Direction.NEGATIVE,
                "positive", Indicator.Direction.POSITIVE, "negative", Indicator.Direction.NEGATIVE), "正向, 反向");
    }

    /** 定量 or 定性 (also quantitative or qualitative). */
    Indicator.StatedKind statedKind(YamlNode node, FieldName name) {
        return word(node, name, Map.of("定量", Indicator.StatedKind.QUANTITATIVE, "定性", Indicator.StatedKind.QUALITATIVE,
                "quantitative", Indicator.StatedKind.QUANTITATIVE, "qualitative", Indicator.StatedKind.QUALITATIVE),
                "定量, 定性");
    }

    private <T> T word(YamlNode node, FieldName name, Map<String, T> words, String allowed) {
        String written = string(node, name);
        if (written == null) {
            return null;
        }
        T value = words.get(written.strip().toLowerCase(Locale.ROOT));
        if (value == null) {
            sink.error("value-kind", node.at(), "value.oneOf", name.message(), written.strip(), allowed);
        }
        return value;
    }

    Integer integer(YamlNode node, FieldName name) {
        String written = scalarText(node, name, "kind.integer");
        if (written == null) {
            return null;
        }
        String text = written.strip();
        if (tooLong(text, MAX_NUMBER_LENGTH, node.at(), name)) {
            return null;
        }
        if (!text.matches("\\d{1,9}")) {
            sink.error("value-kind", node.at(), "value.notInteger", name.message(), text);
            return null;
        }
        return Integer.valueOf(text);
    }

    Weight weight(YamlNode node, FieldName name) {
        String written = scalarText(node, name, "kind.number");
        if (written == null) {
            return null;
        }
        String text = written.strip();
        if (tooLong(text, MAX_NUMBER_LENGTH, node.at(), name)) {
            return null;
        }
        if (text.startsWith("-")) {
            sink.error("value-kind", node.at(), "value.negativeWeight", name.message(), text);
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            sink.error("value-kind", node.at(), "value.notNumber", name.message(), text);
            return null;
        }
        return new Weight(new BigDecimal(text), node.at());
    }

    /** A share in per cent as a form states it (占比): {@code 88.3%}, or {@code 88.3}; from 0 to 100. */
    Share share(YamlNode node, FieldName name) {
        String written = scalarText(node, name, "kind.number");
        if (written == null) {
            return null;
        }
        String text = written.strip();
        if (tooLong(text, MAX_NUMBER_LENGTH, node.at(), name)) {
            return null;
        }
        String number = text.endsWith("%") || text.endsWith("％") ? text.substring(0, text.length() - 1).strip() : text;
        if (!DECIMAL.matcher(number).matches() || new BigDecimal(number).compareTo(BigDecimal.valueOf(100)) > 0) {
            sink.error("value-kind", node.at(), "value.share", name.message(), text);
            return null;
        }
        return new Share(new BigDecimal(number), node.at());
    }

    /** A URL-safe id: lower-case letters, digits and single hyphens, at most 64 characters. */
    String id(YamlNode node, FieldName name) {
        String written = string(node, name);
        if (written == null) {
            return null;
        }
        String id = written.strip();
        if (id.length() > MAX_ID_LENGTH) {
            sink.error("id-format", node.at(), "id.tooLong", name.message(), id.length(), MAX_ID_LENGTH);
            return null;
        }
        if (!ID.matcher(id).matches()) {
            String suggestion = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
            if (Scripts.containsChinese(id)) {
                sink.error("id-format", node.at(), "id.chinese", name.message(), id);
            } else if (!suggestion.isEmpty() && ID.matcher(suggestion).matches()) {
                sink.error("id-format", node.at(), "id.formatDidYouMean", name.message(), id, suggestion);
            } else {
                sink.error("id-format", node.at(), "id.format", name.message(), id);
            }
            return null;
        }
        return id;
    }

    /**
     * A target: {@code [OP] NUMBER [UNIT]}, a qualitative term, or a text with no Chinese; as a plain string or
     * {@code {zh, en}}. A text that starts like a number or an operator but does not read as one is an error.
     */
    Target target(YamlNode node, FieldName name) {
        Text written = text(node, name);
        if (written == null) {
            return null;
        }
        if (tooLong(written.zh(), MAX_TARGET_LENGTH, written.at(), name)) {
            return null;
        }
        Optional<TargetParser.Reading> reading = TargetParser.parse(written.zh());
        if (reading.isPresent()) {
            TargetParser.Reading r = reading.get();
            Text unit = r.unit() == null ? null
                    : new Text(r.unit(), glossary.unit(r.unit()).map(Glossary.UnitName::other).orElse(null), written.at());
            // A measurable target's English is composed from its parts, not taken from a glossary entry.
            Text shown = node instanceof YamlNode.Mapping ? written : new Text(written.zh(), null, written.at());
            return new Target(shown, r.kind(), r.operator(), r.value(), r.high(), unit, r.from(), r.to(), written.at());
        }
        String misread = misreadOperator(written.zh());
        if (misread != null) {
            sink.error("target-format", written.at(), "target.misreadOperator", name.message(), written.zh(),
                    written.zh().strip().substring(0, 1), misread);
            return null;
        }
        if (looksNumeric(written.zh())) {
            sink.error("target-format", written.at(), "target.format", name.message(), written.zh());
            return null;
        }
        if (!Scripts.containsChinese(written.zh())) {
            return Target.literal(written);
        }
        return Target.qualitative(written);
    }

    /**
     * The target as meant when it starts with a character that a scan or a typist put for a comparison, before a
     * figure that reads ({@code 二100%} for {@code =100%}, {@code 》90%} for {@code >90%}); else null.
     */
    private static String misreadOperator(String text) {
        String t = text.strip();
        if (t.length() < 2 || !Character.isDigit(t.charAt(1))) {
            return null;
        }
        String meant = switch (t.charAt(0)) {
            case '二' -> "=";
            case '》', '〉', '»' -> ">";
            case '《', '〈', '«' -> "<";
            default -> null;
        };
        return meant != null && TargetParser.parse(meant + t.substring(1)).isPresent() ? meant + t.substring(1) : null;
    }

    /** A text that begins with a digit or an operator: meant as a number. */
    private static boolean looksNumeric(String text) {
        String t = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
        if (t.isEmpty()) {
            return false;
        }
        if (Character.isDigit(t.charAt(0)) && !t.contains("-") && !t.contains("~")) {
            return true;
        }
        // A sign (≥, =) is meant as a number whatever follows; a word (达到, 不低于) only with a digit after it.
        return Operator.prefixOf(t)
                .map(prefix -> !Scripts.containsChinese(prefix.text()) || t.chars().anyMatch(Character::isDigit))
                .orElse(false);
    }

    /** Reports a value longer than any real one of its kind, before a pattern or a parser spends time on it. */
    private boolean tooLong(String text, int max, org.gongkai.disclosure.model.SourcePosition at, FieldName name) {
        if (text.length() <= max) {
            return false;
        }
        sink.error("value-too-long", at, "value.tooLong", name.message(), text.codePointCount(0, text.length()), max);
        return true;
    }

    /** A scalar's text for a value that must be a scalar (an amount, a date); null after reporting. */
    private String scalarText(YamlNode node, FieldName name, String expectedKind) {
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar scalar && scalar.type() != YamlNode.ScalarType.BOOLEAN) {
            return scalar.text();
        }
        wrongKind(node, name, expectedKind);
        return null;
    }

    void wrongKind(YamlNode node, FieldName name, String expectedKind) {
        sink.error("value-kind", node.at(), "value.kind", name.message(), Message.of(expectedKind),
                Message.of(node.kindKey()));
    }

    /** Reads each item of a list with {@code reader}, keeping the items that read. */
    <T> List<T> each(List<YamlNode> items, java.util.function.Function<YamlNode, T> reader) {
        List<T> out = new ArrayList<>(items.size());
        for (YamlNode item : items) {
            T value = reader.apply(item);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }
}
