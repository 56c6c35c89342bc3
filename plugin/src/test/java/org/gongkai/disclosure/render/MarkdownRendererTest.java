package org.gongkai.disclosure.render;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.Sections;
import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The Markdown of narratives: safe, and the same whether the plain-paragraph fast path is taken or not. */
class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer commonmark = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).softbreak("").build();

    @TempDir
    java.nio.file.Path project;

    private String slowPath(String markdown) {
        return commonmark.render(parser.parse(markdown)).strip();
    }

    @Test
    void theFastPathGivesCommonmarksOutputForEverySeedNarrative() {
        List<String> texts = new ArrayList<>();
        for (Project p : ContentFixture.seed(project).load().projects()) {
            for (Sections.Section section : p.sections().present()) {
                texts.add(section.text().zh());
                texts.add(section.text().en());
            }
            for (Text goal : List.of(p.goals().overall(), p.goals().annual())) {
                texts.add(goal.zh());
                texts.add(goal.en());
            }
        }
        long fast = texts.stream().filter(MarkdownRenderer::isPlainParagraph).count();
        assertThat(fast).isGreaterThan(texts.size() / 2);
        for (String text : texts) {
            assertThat(renderer.toHtml(text, Language.ZH)).as(text).isEqualTo(slowPath(text));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"普通段落,没有任何标记。", "A plain \"quoted\" sentence; with punctuation (and brackets).",
        "2024年本项目预算金额为25.4万元", "100%完成", "- a list", "1. numbered", "2024. a year starts a list",
        "# heading", "> quote", "*emphasis*", "a & b", "<b>x</b>", "line one\nline two", "    indented code",
        "trailing  ", "a_b", "[link](x)", "+ plus", "=== setext", " leading space", "ends with a line break\n",
        "\u3000全角空格开头", "2024年\n", "1) item", "12345", "a tab\tinside", "\n\n", ""})
    void everyTextRendersAsCommonmarkWould(String text) {
        String expected = slowPath(text);
        String actual = renderer.toHtml(text, Language.ZH);
        if (!text.startsWith("#")) {
            assertThat(actual).isEqualTo(expected);
        } else {
            assertThat(actual).isEqualTo("<h4>heading</h4>"); // headings move below the page's own
        }
    }
}
