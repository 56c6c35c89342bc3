package org.gongkai.disclosure.render;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheVisitor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A section over a view the pages share writes again what it wrote the first time only when that read nothing but
 * the view; every page reads as mustache.java writes it, whatever the template reads from where.
 */
class SectionMemoTest {

    /** A shared view that counts the reads of its members. */
    public static final class Glossary implements Views.Shared {
        final AtomicInteger reads = new AtomicInteger();
        private final List<Map<String, String>> terms;

        Glossary(List<Map<String, String>> terms) {
            this.terms = terms;
        }

        public String heading() {
            reads.incrementAndGet();
            return "如何阅读 & <读>";
        }

        public List<Map<String, String>> terms() {
            reads.incrementAndGet();
            return terms;
        }
    }

    /** A page: its own title, and the shared view. */
    public record Page(String title, String lang, Glossary glossary) {
    }

    private static final Glossary GLOSSARY = new Glossary(List.of(Map.of("term", "定量", "text", "可计量 \"的\""),
            Map.of("term", "𠀋 <b>", "text", "")));

    private static final String PARTIAL = "<h2>{{heading}}</h2>{{#terms}}<dt>{{term}}</dt><dd>{{text}}</dd>{{/terms}}";

    private static String renderedByMustacheJava(String template, Object view) {
        StringWriter out = new StringWriter();
        new DefaultMustacheFactory(resource -> new StringReader(resource.startsWith("glossary") ? PARTIAL : template))
                .compile("page").execute(out, view);
        return out.toString();
    }

    private static Mustache ours(String template) {
        DefaultMustacheFactory factory = new DefaultMustacheFactory(
                resource -> new StringReader(resource.startsWith("glossary") ? PARTIAL : template)) {
            @Override
            public MustacheVisitor createMustacheVisitor() {
                return ViewCodes.visitor(this);
            }
        };
        factory.setObjectHandler(new ViewObjectHandler());
        return factory.compile("page");
    }

    private static String page(Mustache template, Object view) {
        PageBuffer buffer = PageBuffer.open();
        template.execute(buffer, view);
        return new String(PageBufferTest.bytes(buffer), StandardCharsets.UTF_8);
    }

    @Test
    void aSharedViewThatReadsOnlyItselfIsWrittenFromWhatItWroteFirst() {
        Mustache template = ours("<title>{{title}}</title>{{#glossary}}{{>glossary}}{{/glossary}}<p>{{title}}</p>");
        Glossary glossary = new Glossary(GLOSSARY.terms);
        String first = page(template, new Page("一", "zh", glossary));
        int readsOfTheFirstPage = glossary.reads.get();
        String second = page(template, new Page("二 <b>", "zh", glossary));
        int readsOfBoth = glossary.reads.get();
        assertThat(first).isEqualTo(renderedByMustacheJava(
                "<title>{{title}}</title>{{#glossary}}{{>glossary}}{{/glossary}}<p>{{title}}</p>",
                new Page("一", "zh", glossary)));
        assertThat(second).isEqualTo(renderedByMustacheJava(
                "<title>{{title}}</title>{{#glossary}}{{>glossary}}{{/glossary}}<p>{{title}}</p>",
                new Page("二 <b>", "zh", glossary))).contains("<title>二 &lt;b&gt;</title>", "&lt;读&gt;", "𠀋 &lt;b&gt;");
        assertThat(readsOfTheFirstPage).isPositive();
        assertThat(readsOfBoth).as("the second page read the view again").isEqualTo(readsOfTheFirstPage);
    }

    @Test
    void aSharedViewWhoseSectionReadsThePageIsRunOnEveryPage() {
        // The section reads the page's title and language from outside the view, and a name nothing has (which
        // the look-up seeks in every scope out to the page's).
        for (String inside : List.of("{{#glossary}}{{title}}{{>glossary}}{{/glossary}}",
                "{{#glossary}}{{#terms}}{{term}}/{{lang}};{{/terms}}{{/glossary}}",
                "{{#glossary}}{{heading}}{{missing}}{{/glossary}}",
                "{{#glossary}}{{#terms}}{{^text}}{{title}}{{/text}}{{/terms}}{{/glossary}}")) {
            Mustache template = ours(inside);
            Glossary glossary = new Glossary(GLOSSARY.terms);
            for (Page page : List.of(new Page("一", "zh", glossary), new Page("two", "en", glossary),
                    new Page("三", "zh-Hans", glossary))) {
                assertThat(page(template, page)).as(inside).isEqualTo(renderedByMustacheJava(inside, page));
            }
        }
    }

    @Test
    void eachSharedViewHasItsOwnBytesAndAWriterOtherThanAPageIsWrittenAsAlways() {
        String template = "[{{#glossary}}{{heading}}{{#terms}}{{term}}{{/terms}}{{/glossary}}]";
        Mustache ours = ours(template);
        Glossary zh = new Glossary(GLOSSARY.terms);
        Glossary en = new Glossary(List.of(Map.of("term", "quantitative")));
        for (int round = 0; round < 3; round++) {
            for (Glossary glossary : List.of(zh, en)) {
                Page page = new Page("p" + round, "zh", glossary);
                assertThat(page(ours, page)).isEqualTo(renderedByMustacheJava(template, page));
                StringWriter plain = new StringWriter();
                ours.execute(plain, page);
                assertThat(plain.toString()).isEqualTo(renderedByMustacheJava(template, page));
            }
        }
    }
}
