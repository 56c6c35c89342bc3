package org.gongkai.disclosure.render;

import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import org.gongkai.disclosure.model.Language;

/**
 * Renders the Markdown of narrative sections, safely: raw HTML in content is escaped, and link targets other
 * than web, mail and relative addresses ({@code javascript:}, {@code data:}…) are emptied, and images become links
 * to them. Headings are moved below the page's own ({@code #} becomes {@code h4}). Immutable and thread-safe; build once per run.
 */
public final class MarkdownRenderer {

    /**
     * Characters that can start Markdown syntax, entities or HTML. A one-line text without them is a plain
     * paragraph, as most narratives are; it needs no parser (the result is the same, as a test checks).
     */
    private static final boolean[] SYNTAX = new boolean[128];

    static {
        for (char c : "\\`*_[]<>#&!~|".toCharArray()) {
            SYNTAX[c] = true;
        }
        for (char c = 0; c < ' '; c++) {
            SYNTAX[c] = true;
        }
    }

    private static final Pattern NUMBERED_LIST_ITEM = Pattern.compile("^\\d{1,9}[.)](\\s.*|$)");

    /** The page's own headings reach h3; content headings start below them. */
    private static final int HEADING_SHIFT = 3;

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer chinese = renderer("");
    private final HtmlRenderer english = renderer("\n");

    static boolean isPlainParagraph(String text) {
        // One pass over an array: the client compiler, which builds run with, checks the index of every charAt.
        char[] chars = text.toCharArray();
        int end = chars.length;
        while (end > 0 && Character.isWhitespace(chars[end - 1])) {
            end--; // trailing white space, which strip() takes off the paragraph
        }
        if (end == 0 || Character.isWhitespace(chars[0])) {
            return false; // nothing, or leading spaces (four make a code block)
        }
        for (int i = 0; i < end; i++) {
            char c = chars[i];
            if (c < 128 && SYNTAX[c]) {
                return false; // syntax, or a line break (a control character) within the text: several lines
            }
        }
        // A line can begin a list, a quote, a heading, a thematic break or a numbered list.
        char first = chars[0];
        return !(first == '-' || first == '+' || first == '=' || Character.isDigit(first)
                && NUMBERED_LIST_ITEM.matcher(text.substring(0, end)).matches());
    }

    /** What commonmark escapes in text: {@code &}, {@code <}, {@code >} and {@code "} (only {@code "} can be here). */
    private static String escape(String text) {
        return text.indexOf('"') < 0 ? text : text.replace("\"", "&quot;");
    }

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
        if (isPlainParagraph(markdown)) {
            return "<p>" + escape(markdown.strip()) + "</p>";
        }
        Node document = parser.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + HEADING_SHIFT));
                visitChildren(heading);
            }

            @Override
            public void visit(Image image) {
                // The site loads nothing from elsewhere (and its security policy would block it): an image becomes
                // a link to it, named by its description.
                Link link = new Link(image.getDestination(), image.getTitle());
                Node child = image.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    link.appendChild(child);
                    child = next;
                }
                image.insertBefore(link);
                image.unlink();
                visitChildren(link);
            }
        });
        return (language == Language.ZH ? chinese : english).render(document).strip();
    }
}
