package org.gongkai.disclosure.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import org.gongkai.disclosure.model.AnnualFunds;
import org.gongkai.disclosure.model.BudgetItem;
import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Funds;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.Sections;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.model.Text;

/**
 * The whole checked declaration as JSON, for analysts: the keys of the declaration format, texts as
 * {@code {"zh", "en"}}, money as exact decimal strings ({@code "1012497.70"}), keys always in the same order, one
 * project per line (so that a large declaration can be written, and read, a project at a time).
 * {@link DisclosureJsonReader} reads it back into the model.
 */
public final class DisclosureJson {

    /** Names this format, so that readers can tell versions apart. */
    public static final String FORMAT = "gongkai-disclosure/1";

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private DisclosureJson() {
    }

    /**
     * The whole document at once; the same bytes as {@link #header}, the {@link #fragment}s and {@link #footer}
     * written in turn, which is how a large declaration is streamed.
     */
    public static byte[] declaration(Declaration declaration, List<Project> projects) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(header(declaration));
        for (int i = 0; i < projects.size(); i++) {
            out.writeBytes(fragment(projects.get(i), i == 0));
        }
        out.writeBytes(footer(projects.size(), projects.stream().map(p -> p.annualFunds().total().yuan())
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add), projects.stream().mapToInt(p -> p.indicators().size()).sum()));
        return out.toByteArray();
    }

    /** Everything before the projects, up to the opening of the {@code projects} array. */
    public static byte[] header(Declaration declaration) {
        byte[] object = write(false, json -> {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("fiscal-year", declaration.fiscalYear());
            text(json, "unit", declaration.unit());
            text(json, "title", declaration.title());
            text(json, "summary", declaration.summary());
            json.writeFieldName("declared");
            if (declaration.declared() == null) {
                json.writeNull();
            } else {
                json.writeStartObject();
                if (declaration.declared().projectCount() != null) {
                    json.writeNumberField("project-count", declaration.declared().projectCount());
                } else {
                    json.writeNullField("project-count");
                }
                Money total = declaration.declared().total();
                json.writeFieldName("total");
                if (total == null) {
                    json.writeNull();
                } else {
                    json.writeStartObject();
                    json.writeStringField("yuan", plain(total.yuan()));
                    json.writeStringField("precision", plain(total.resolution()));
                    json.writeStringField("as-written", total.written());
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeArrayFieldStart("languages");
            for (Language language : declaration.languages()) {
                json.writeString(language.code());
            }
            json.writeEndArray();
            json.writeStringField("framework", declaration.framework().id());
            json.writeEndObject();
        });
        String text = new String(object, java.nio.charset.StandardCharsets.UTF_8).strip();
        return (text.substring(0, text.lastIndexOf('}')) + ",\"projects\":[").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** One project as an element of the {@code projects} array, on a line of its own. */
    public static byte[] fragment(Project project, boolean first) {
        byte[] object = write(false, json -> project(json, project));
        byte[] prefix = (first ? "\n" : ",\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = new byte[prefix.length + object.length - 1];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(object, 0, out, prefix.length, object.length - 1); // without write()'s final newline
        return out;
    }

    /** The end of the {@code projects} array and the totals. */
    public static byte[] footer(int projects, BigDecimal annualFunds, int indicators) {
        String totals = new String(write(false, json -> {
            json.writeStartObject();
            json.writeNumberField("project-count", projects);
            json.writeStringField("annual-funds", plain(annualFunds));
            json.writeNumberField("indicator-count", indicators);
            json.writeEndObject();
        }), java.nio.charset.StandardCharsets.UTF_8).strip();
        return ("\n],\"totals\":" + totals + "}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** One project on its own, with the year and unit it belongs to. */
    public static byte[] project(Declaration declaration, Project project) {
        return write(true, json -> {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("fiscal-year", declaration.fiscalYear());
            text(json, "unit", declaration.unit());
            json.writeFieldName("project");
            project(json, project);
            json.writeEndObject();
        });
    }

    private static void project(JsonGenerator json, Project p) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", p.id());
        text(json, "name", p.name());
        text(json, "nature", p.nature());
        text(json, "category", p.category());
        text(json, "department", p.department());
        text(json, "implementer", p.implementer());
        json.writeStringField("start", p.start().date().toString());
        json.writeStringField("end", p.end().date().toString());
        Funds f = p.funds();
        json.writeObjectFieldStart("funds");
        json.writeStringField("total", plain(f.total().yuan()));
        json.writeStringField("fiscal", plain(f.fiscal().yuan()));
        json.writeStringField("other", plain(f.other().yuan()));
        json.writeEndObject();
        AnnualFunds a = p.annualFunds();
        json.writeObjectFieldStart("annual-funds");
        json.writeStringField("total", plain(a.total().yuan()));
        json.writeStringField("appropriation", plain(a.appropriation().yuan()));
        json.writeStringField("carryover", plain(a.carryover().yuan()));
        json.writeStringField("other", plain(a.other().yuan()));
        json.writeEndObject();
        json.writeObjectFieldStart("sections");
        for (Sections.Section section : p.sections().present()) {
            text(json, section.key(), section.text());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("budget-items");
        for (BudgetItem item : p.budgetItems()) {
            json.writeStartObject();
            text(json, "name", item.name());
            json.writeStringField("amount", plain(item.amount().yuan()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("goals");
        text(json, "overall", p.goals().overall());
        text(json, "annual", p.goals().annual());
        json.writeEndObject();
        json.writeArrayFieldStart("indicators");
        for (Indicator indicator : p.indicators()) {
            json.writeStartObject();
            text(json, "level1", indicator.level1());
            text(json, "level2", indicator.level2());
            text(json, "name", indicator.name());
            target(json, indicator.target());
            if (indicator.weight() != null) {
                json.writeStringField("weight", indicator.weight().points().toPlainString());
            } else {
                json.writeNullField("weight");
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void target(JsonGenerator json, Target target) throws IOException {
        json.writeObjectFieldStart("target");
        text(json, "written", target.written());
        json.writeStringField("kind", target.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (target.isNumeric()) {
            json.writeStringField("operator", target.operator().symbol());
            json.writeStringField("value", target.value().toPlainString());
            text(json, "unit", target.unit());
        }
        json.writeEndObject();
    }

    private static void text(JsonGenerator json, String field, Text text) throws IOException {
        json.writeFieldName(field);
        if (text == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("zh", text.zh());
        json.writeStringField("en", text.en());
        json.writeEndObject();
    }

    static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static byte[] write(boolean pretty, Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (JsonGenerator json = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            if (pretty) {
                json.setPrettyPrinter(new DefaultPrettyPrinter()
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            }
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }
}
