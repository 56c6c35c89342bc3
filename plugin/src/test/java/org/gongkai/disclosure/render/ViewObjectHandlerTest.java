package org.gongkai.disclosure.render;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The theme's handler finds what mustache.java's reflective handler finds, for every kind of name a theme may write:
 * record components, getters, fields and static methods, map keys (dotted ones too), optionals, lists and arrays,
 * dotted names whose first, middle or last part is missing or null, and names found only in an outer scope.
 */
class ViewObjectHandlerTest {

    public record Inner(String name, String label, String[] tags) {
    }

    public record Outer(String name, String label, Inner inner, Optional<Inner> maybe, Optional<Inner> none,
            Map<String, Object> map, List<Inner> items, boolean flag, Inner nothing, Bean bean, Chain chain) {
    }

    public record Chain(Inner inner, Chain next) {
    }

    /** Not public, so the reflective handler looks at its interfaces and superclass first. */
    static class Bean implements Titled {
        String field = "field";
        private String hidden = "hidden";

        @Override
        public String getTitle() {
            return "title";
        }

        public boolean isOpen() {
            return true;
        }

        public static String kind() {
            return "kind";
        }

        void nothing() {
        }
    }

    public interface Titled {
        String getTitle();
    }

    static Outer outer() {
        Inner a = new Inner("a-name", "a-label", new String[] {"x", "y"});
        Inner b = new Inner("b-name", null, new String[0]);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("k", "map-k");
        map.put("a.b", "dotted-key");
        map.put("inner", b);
        map.put("empty", "");
        map.put("null", null);
        return new Outer("outer-name", "outer-label", a, Optional.of(b), Optional.empty(), map, List.of(a, b), true,
                null, new Bean(), new Chain(a, new Chain(b, null)));
    }

    static Stream<String> templates() {
        return Stream.of(
                "{{name}}|{{label}}|{{inner.name}}|{{inner.label}}|{{&inner.name}}|{{{inner.name}}}",
                "{{#items}}{{name}}/{{label}}/{{inner.name}}/{{outer.name}};{{/items}}",
                "{{#items}}[{{label.missing}}][{{name.length}}][{{tags.length}}]{{#tags}}<{{.}}>{{/tags}}{{/items}}",
                "{{maybe.name}}|{{#maybe}}{{name}}{{label}}{{/maybe}}|{{^none}}no{{/none}}|{{none.name}}",
                "{{map.k}}|{{map.a.b}}|{{#map}}{{k}}{{a.b}}{{inner.name}}{{size}}{{/map}}|{{map.inner.name}}",
                "{{#map.empty}}e{{/map.empty}}{{^map.empty}}not-e{{/map.empty}}{{map.null}}{{map.missing}}{{map.size}}",
                "{{nothing.name}}|{{inner.missing}}|{{missing.name}}|{{missing}}|{{inner.missing.name}}",
                "{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}|{{#nothing}}x{{/nothing}}{{^nothing}}none{{/nothing}}",
                "{{bean.title}}|{{bean.open}}|{{bean.field}}|{{bean.kind}}|{{bean.hidden}}|{{bean.nothing}}|{{bean.class}}",
                "{{items.size}}|{{items.empty}}|{{#inner}}{{name}}{{label}}{{inner.name}}{{flag}}{{/inner}}",
                "{{chain.inner.name}}|{{chain.next.inner.name}}|{{chain.next.next.inner.name}}|{{chain.next.missing.name}}",
                "{{#chain}}{{#next}}{{inner.name}}|{{name}}|{{next.inner.name}}{{/next}}{{/chain}}",
                "{{#items}}{{#inner}}{{name}}{{/inner}}{{/items}}|{{#inner.tags}}{{.}}{{/inner.tags}}",
                "{{#items}}[{{map.a.b}}|{{a.b}}|{{map.k}}]{{/items}}|{{#map}}{{#inner}}[{{a.b}}|{{inner.name}}]{{/inner}}{{/map}}");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void findsWhatTheReflectiveHandlerFinds(String template) {
        String reflective = render(new DefaultMustacheFactory(), template, outer());
        DefaultMustacheFactory fast = new DefaultMustacheFactory();
        fast.setObjectHandler(new ViewObjectHandler());
        assertThat(render(fast, template, outer())).isEqualTo(reflective);
    }

    @Test
    void theSameTemplateServesViewsOfDifferentClassesInAnyOrder() {
        DefaultMustacheFactory fast = new DefaultMustacheFactory();
        fast.setObjectHandler(new ViewObjectHandler());
        String template = "{{#list}}{{name}}:{{title}}:{{k}};{{/list}}";
        Map<String, Object> map = Map.of("name", "map", "k", "v");
        Object view = Map.of("list", List.of(new Inner("record", "l", null), new Bean(), map, new Inner("again", null,
                null), map, new Bean()));
        assertThat(render(fast, template, view)).isEqualTo("record::;:title:;map::v;again::;map::v;:title:;");
        assertThat(render(fast, template, view)).isEqualTo(render(new DefaultMustacheFactory(), template, view));
    }

    @Test
    void aDottedNameWhoseFirstPartIsFoundLooksNoFurtherOutForItsLastPart() {
        DefaultMustacheFactory fast = new DefaultMustacheFactory();
        fast.setObjectHandler(new ViewObjectHandler());
        String template = "{{#items}}[{{inner.title}}|{{inner.name}}]{{/items}}[{{inner.title}}]";
        Object view = Map.of("inner", new Bean(), "items", List.of(Map.of("inner", new Inner("in", null, null))));
        assertThat(render(fast, template, view)).isEqualTo("[|in][title]");
        assertThat(render(fast, template, view)).isEqualTo(render(new DefaultMustacheFactory(), template, view));
    }

    @Test
    void aDynamicNameThatNamesNothingFailsAsWithTheReflectiveHandler() {
        DefaultMustacheFactory fast = new DefaultMustacheFactory();
        fast.setObjectHandler(new ViewObjectHandler());
        for (DefaultMustacheFactory factory : List.of(new DefaultMustacheFactory(), fast)) {
            assertThatThrownBy(() -> render(factory, "[{{*missing}}]", Map.of("x", "y")))
                    .isInstanceOf(MustacheException.class);
        }
    }

    @Test
    void aNullPartOfADottedNameGivesNothingAtAnyDepth() {
        DefaultMustacheFactory fast = new DefaultMustacheFactory();
        fast.setObjectHandler(new ViewObjectHandler());
        // The reflective handler fails here ("Unexpected guard failure"): the null is not in the outermost scope.
        assertThat(render(fast, "{{#items}}[{{nothing.name}}][{{nothing}}]{{/items}}",
                Map.of("items", List.of(outer())))).isEqualTo("[][]");
    }

    private static String render(MustacheFactory factory, String template, Object view) {
        StringWriter out = new StringWriter();
        factory.compile(new StringReader(template), "test").execute(out, view);
        return out.toString();
    }
}
