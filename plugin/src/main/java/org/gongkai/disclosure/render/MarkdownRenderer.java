package org.gongkai.disclosure.render;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import org.gongkai.disclosure.model.Language;

/**
 * Renders the Markdown of narrative sections, safely: raw HTML in content is escaped, and link targets other
 * than web, mail and relative addresses ({@code javascript:}, {@code data:}…) are emptied. Headings are moved below
 * the page's own ({@code #} becomes {@code h4}). Immutable and thread-safe; build once per run.
 */
public final class MarkdownRenderer {

    /** The page's own headings reach h3; content headings start below them. */
    private static final int HEADING_SHIFT = 3;

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer chinese = renderer("");
    private final HtmlRenderer english = renderer("\n");

    private static HtmlRenderer renderer(String softbreak) {
        return HtmlRenderer.builder()
                // commonmark's defaults are escapeHtml=false and sanitizeUrls=false; content is untrusted.
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new SafeUrls())
                // A line break inside a Chinese paragraph must not become a space between characters.
                .softbreak(softbreak)
                .build();
    }

    /** The HTML of a Markdown text written in {@code language}. */
    public String toHtml(String markdown, Language language) {
        Node document = parser.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + HEADING_SHIFT));
                visitChildren(heading);
            }
        });
        return (language == Language.ZH ? chinese : english).render(document).strip();
    }
}
