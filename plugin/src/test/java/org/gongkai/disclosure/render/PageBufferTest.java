package org.gongkai.disclosure.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.github.mustachejava.util.HtmlEscaper;
import org.gongkai.disclosure.testing.MemoryOutput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's characters come out as its UTF-8 bytes, whatever way a template wrote them, page after page on a thread. */
class PageBufferTest {

    /** What {@link PageBuffer#writeTo} writes: the first bytes of the thread's array, copied here at their length. */
    static byte[] bytes(PageBuffer page) {
        MemoryOutput out = new MemoryOutput();
        try {
            page.writeTo(out, "page.html");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.written.get("page.html");
    }

    @Test
    void aSmallerPageAfterALargerOneIsWrittenAtItsOwnLength() {
        PageBuffer large = PageBuffer.open();
        large.write("x".repeat(100_000));
        assertThat(bytes(large)).hasSize(100_000);
        PageBuffer small = PageBuffer.open();
        small.write("短页");
        assertThat(bytes(small)).isEqualTo("短页".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyKindOfWriteGivesTheTextInOrder() throws IOException {
        PageBuffer page = PageBuffer.open();
        page.write("<title>");
        page.write("松江区信访办公室 2024".toCharArray(), 0, 9);
        page.write("</title>\n<p>x", 0, 12);
        page.write('&');
        page.append("amp; 𠀋");
        page.write(new char[] {'<', '/', 'p', '>'});
        assertThat(new String(bytes(page), StandardCharsets.UTF_8))
                .isEqualTo("<title>松江区信访办公室 </title>\n<p>&amp; 𠀋</p>");
    }

    @Test
    void nextPageOnTheSameThreadStartsEmpty() {
        PageBuffer first = PageBuffer.open();
        first.write("第一页：" + "长".repeat(100));
        assertThat(bytes(first)).hasSize(12 + 300);
        PageBuffer second = PageBuffer.open();
        second.write("p2");
        assertThat(bytes(second)).isEqualTo("p2".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void pageLargerThanTheBufferGrowsItExactly() {
        String row = "<tr><td>成本指标</td><td>≥95.00%</td></tr>\n";
        PageBuffer page = PageBuffer.open();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            page.write(row);
            page.write(i);
            expected.append(row).append((char) i);
        }
        assertThat(bytes(page)).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void pageRenderedWhileAnotherIsOpenHasItsOwnBuffer() {
        PageBuffer outer = PageBuffer.open();
        outer.write("outer ");
        PageBuffer inner = PageBuffer.open();
        inner.write("inner");
        assertThat(bytes(inner)).isEqualTo("inner".getBytes(StandardCharsets.US_ASCII));
        outer.write("page");
        assertThat(bytes(outer)).isEqualTo("outer page".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void everyLengthOfCharacterIsEncodedAsTheJdkDoes() {
        String text = "a\u00e9\u0800\uffff松𠀋 \ud800 x\udc00\ud83d";
        PageBuffer page = PageBuffer.open();
        page.write(text);
        assertThat(bytes(page)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void htmlIsEscapedAsTheTemplatesEscaperDoes() throws IOException {
        StringBuilder every = new StringBuilder("plain 松江 first, ");
        for (char c = 0; c < 200; c++) {
            every.append(c).append("松");
        }
        for (String text : new String[] {"", "no escapes 预算", every.toString(), "&", "a=b", "<p>"}) {
            StringWriter expected = new StringWriter();
            HtmlEscaper.escape(text, expected);
            PageBuffer page = PageBuffer.open();
            page.write("<b>");
            page.writeHtml(text);
            page.write("</b>");
            assertThat(new String(bytes(page), StandardCharsets.UTF_8)).isEqualTo("<b>" + expected + "</b>");
        }
    }

    @Test
    void aPairSplitBetweenWritesIsOneCharacterAndAHalfAloneIsAQuestionMark() {
        // As String.getBytes on the whole page: where a write ends does not change the bytes.
        String page = "a𠀋b\ud840|\udc0bc";
        for (int cut = 0; cut <= page.length(); cut++) {
            PageBuffer buffer = PageBuffer.open();
            buffer.write(page.substring(0, cut));
            buffer.writeHtml(page.substring(cut));
            assertThat(bytes(buffer)).as("cut at %d", cut).isEqualTo(page.getBytes(StandardCharsets.UTF_8));
        }
        PageBuffer endsHigh = PageBuffer.open();
        endsHigh.write("x\ud840");
        assertThat(bytes(endsHigh)).isEqualTo("x?".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aTemplatesTextGoesInAsItsBytesBetweenOtherWrites() {
        PageBuffer page = PageBuffer.open();
        page.writeUtf8("<p class=\"lede\">".getBytes(StandardCharsets.UTF_8));
        page.writeHtml("松江 & 2024");
        page.write('\ud840');
        page.writeUtf8("</p>".getBytes(StandardCharsets.UTF_8)); // a half of a pair before it is a ?, as on the page
        page.write("\ud840");
        page.write("\udc0b");
        assertThat(new String(bytes(page), StandardCharsets.UTF_8)).isEqualTo("<p class=\"lede\">松江 &amp; 2024?</p>𠀋");
    }

    @Test
    void aLongValueIsEscapedAndEncodedAcrossItsChunks() throws IOException {
        // Longer than the characters copied at a time, with a pair across each boundary of 2,048.
        StringBuilder text = new StringBuilder("a".repeat(2047)).append("𠀋").append("&".repeat(2047)).append("𠀋");
        while (text.length() < 10_000) {
            text.append("预算<绩效>&\"目标\" ").append("x".repeat(text.length() % 7)).append("𠀋");
        }
        StringWriter expected = new StringWriter();
        HtmlEscaper.escape(text.toString(), expected);
        PageBuffer page = PageBuffer.open();
        page.writeHtml(text.toString());
        page.write(text.toString());
        assertThat(new String(bytes(page), StandardCharsets.UTF_8)).isEqualTo(expected + text.toString());
    }
}
