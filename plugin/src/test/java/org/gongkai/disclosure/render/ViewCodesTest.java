package org.gongkai.disclosure.render;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheVisitor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The theme's values and sections write what mustache.java's own write, whatever a tag's value is from one time to
 * the next: a string, a number, nothing, a boolean, a list, a record, an optional, or a lambda section.
 */
class ViewCodesTest {

    public record Row(Object value) {
    }

    private static final String TEMPLATE = "{{#rows}}[{{value}}|{{{value}}}|{{#value}}yes:{{.}}{{/value}}"
            + "|{{^value}}no{{/value}}]{{/rows}}";

    static List<Row> rows() {
        Function<String, String> upper = text -> text == null ? "fn" : text.toUpperCase(); // a value gives it null
        Callable<String> later = () -> "called <b>";
        List<Row> rows = new ArrayList<>();
        for (Object value : new Object[] {"a<b", "a<b", 42, null, "", Boolean.TRUE, Boolean.FALSE, List.of("x", "y"),
                List.of(), new Row("inner"), Optional.of("opt"), Optional.empty(), upper, upper, later, later, "again",
                new BigDecimal("1.50"), Map.of("k", "v"), upper, "last"}) {
            rows.add(new Row(value));
        }
        return rows;
    }

    @Test
    void everyKindOfValueIsWrittenAsMustacheJavaWritesIt() {
        Map<String, Object> view = Map.of("rows", rows());
        String expected = render(new DefaultMustacheFactory(), view);
        assertThat(render(new DefaultMustacheFactory() {
            @Override
            public MustacheVisitor createMustacheVisitor() {
                return ViewCodes.visitor(this);
            }
        }, view)).isEqualTo(expected).contains("[a&lt;b|a<b|yes:a&lt;b|]", "[fn|fn|YES:", "[called &lt;b&gt;|called <b>|");
    }

    private static String render(DefaultMustacheFactory factory, Object view) {
        StringWriter out = new StringWriter();
        factory.compile(new StringReader(TEMPLATE), "rows").execute(out, view);
        return out.toString();
    }

    @Test
    void aLabelIsWrittenAsMustacheJavaWritesItWhateverItsValueFromOnePageToTheNext() {
        // A label's tag meets the same few strings page after page; here scopes that have a page of their own give it
        // strings that keep changing, repeated ones, equal ones that are other strings, and values that are not.
        String label = "𠀋 <label> & \"quoted\"";
        String template = "<p>{{page.t.x}}|{{{page.t.x}}}</p>{{#rows}}[{{page.t.x}}|{{{page.t.x}}}]{{/rows}}";
        List<Object> rows = new ArrayList<>();
        for (Row row : rows()) {
            rows.add(Map.of("page", Map.of("t", row.value() == null ? Map.of() : Map.of("x", row.value()))));
            rows.add(Map.of("other", "the page's own label"));
            rows.add(Map.of("page", Map.of("t", Map.of("x", new String(label)))));
        }
        for (int i = 0; i < 12; i++) {
            rows.add(Map.of("page", Map.of("t", Map.of("x", "label " + i))));
        }
        DefaultMustacheFactory ours = new DefaultMustacheFactory() {
            @Override
            public MustacheVisitor createMustacheVisitor() {
                return ViewCodes.visitor(this);
            }
        };
        ours.setObjectHandler(new ViewObjectHandler());
        com.github.mustachejava.Mustache compiled = ours.compile(new StringReader(template), "labels");
        for (String own : List.of(label, "页面", label)) {
            Map<String, Object> view = Map.of("page", Map.of("t", Map.of("x", own)), "rows", rows);
            StringWriter expected = new StringWriter();
            new DefaultMustacheFactory().compile(new StringReader(template), "labels").execute(expected, view);
            PageBuffer buffer = PageBuffer.open();
            compiled.execute(buffer, view);
            assertThat(new String(PageBufferTest.bytes(buffer), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(expected.toString()).contains("[𠀋 &lt;label&gt; &amp; &quot;quoted&quot;|𠀋 <label>");
        }
    }

    /** A layout, a page that extends it, partials, and text at every place a tag can leave it. */
    private static final Map<String, String> THEME = Map.of(
            "layout.mustache", "<html>松江 {{title}}\n{{$main}}default{{/main}}<footer>{{>footer}}</footer>{{! end }}é\n",
            "page.mustache", "{{<layout}}{{$main}}<h1>{{title}}</h1>{{#rows}}<li>{{>row}}</li>{{/rows}}"
                    + "{{^none}}<p>无</p>{{/none}} tail{{/main}}{{/layout}}after",
            "row.mustache", "[{{value}}]{{#value}}有{{/value}}𠀋",
            "footer.mustache", "© {{title}}",
            "plain.mustache", "开头 {{title}} 中间 {{{title}}} 结尾");

    @Test
    void aTemplatesOwnTextOnAPageIsWhatMustacheJavaWrites() {
        Map<String, Object> view = Map.of("title", "预算 & <绩效>", "rows", rows().subList(0, 4));
        for (String name : List.of("page.mustache", "plain.mustache", "row.mustache")) {
            StringWriter expected = new StringWriter();
            new DefaultMustacheFactory(resource -> new StringReader(THEME.get(resource))).compile(name)
                    .execute(expected, view);
            DefaultMustacheFactory ours = new DefaultMustacheFactory(resource -> new StringReader(THEME.get(resource))) {
                @Override
                public MustacheVisitor createMustacheVisitor() {
                    return ViewCodes.visitor(this);
                }
            };
            com.github.mustachejava.Mustache template = ours.compile(name);
            for (int page = 0; page < 2; page++) { // the second page from the bytes the first one encoded
                PageBuffer buffer = PageBuffer.open();
                template.execute(buffer, view);
                assertThat(new String(PageBufferTest.bytes(buffer), java.nio.charset.StandardCharsets.UTF_8))
                        .as(name).isEqualTo(expected.toString()).isNotEmpty();
            }
        }
    }
}
