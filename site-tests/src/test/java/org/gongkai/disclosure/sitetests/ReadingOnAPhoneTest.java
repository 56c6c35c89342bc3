package org.gongkai.disclosure.sitetests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the pages read on a phone and on paper, measured in Chromium: no word of a table cell split across lines, the
 * tables stacked as lists of label and value, what a project is for near the top, and the printed page on A4 with
 * its footer and page numbers. The figures measured are written to {@code target/screenshots/reading-figures.txt}.
 */
class ReadingOnAPhoneTest {

    /**
     * Every word of a visible table cell that has Latin letters or digits (English words, numbers, amounts) and
     * whose line boxes lie on more than one line; and every measurable target (operator, number and unit) that does
     * not keep to one line. Chinese breaks between characters as it always has; its numbers are checked.
     */
    private static final String SPLIT_WORDS = """
            const splits = [];
            const lines = (rects) => new Set([...rects].filter(r => r.width > 0).map(r => Math.round(r.top))).size;
            const segmenter = new Intl.Segmenter(document.documentElement.lang, {granularity: 'word'});
            for (const cell of document.querySelectorAll('main td, main th')) {
              if (cell.getClientRects().length === 0) continue;
              const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (const s of segmenter.segment(node.data)) {
                  if (!s.isWordLike || !/[A-Za-z0-9]/.test(s.segment)) continue;
                  const range = document.createRange();
                  range.setStart(node, s.index);
                  range.setEnd(node, s.index + s.segment.length);
                  if (lines(range.getClientRects()) > 1) splits.push(s.segment);
                }
              }
            }
            for (const target of document.querySelectorAll('main .measured')) {
              const range = document.createRange();
              range.selectNodeContents(target);
              if (target.getClientRects().length > 0 && lines(range.getClientRects()) > 1) splits.push(target.textContent);
            }
            return splits;
            """;

    private static Nginx nginx;
    private static Nginx realForms;
    private static Browser browser;
    private static final List<String> figures = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        nginx = Nginx.serve(GeneratedSite.directory(), "/xfb/2024/");
        realForms = Nginx.serve(RealFormsSite.directory(), "/forms/");
        browser = Browser.start(375, 812);
    }

    @AfterAll
    static void stop() throws Exception {
        Resources.close(browser, nginx, realForms);
        if (!figures.isEmpty()) {
            Path dir = Files.createDirectories(GeneratedSite.workDirectory("..").resolve("screenshots"));
            Files.write(dir.resolve("reading-figures.txt"), figures, StandardCharsets.UTF_8);
        }
    }

    @Test
    void noWordOfATableCellIsSplitAcrossLinesOnAPhoneInEitherLanguage() {
        List<String> failures = new ArrayList<>();
        for (int width : new int[] {320, 375}) {
            browser.driver().manage().window().setSize(new Dimension(width, 812));
            assertThat((Long) browser.script("return window.innerWidth;")).isEqualTo(width);
            for (String page : GeneratedSite.pages()) {
                check(nginx.root() + page, page + " at " + width + " px", failures);
            }
            for (String page : RealFormsSite.PAGES) {
                check(realForms.root() + page, page + " at " + width + " px", failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    private static void check(String url, String what, List<String> failures) {
        browser.driver().get(url);
        long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth;");
        long clientWidth = (Long) browser.script("return document.documentElement.clientWidth;");
        if (scrollWidth > clientWidth) {
            failures.add(what + ": scrolls sideways, " + scrollWidth + " > " + clientWidth);
        }
        // The search box and its button inside the header's margins: an English button once ran to the screen's edge.
        long searchOverrun = ((Number) browser.script("const row = document.querySelector('.search-row');"
                + " return row ? Math.round(row.getBoundingClientRect().right"
                + " - row.parentElement.getBoundingClientRect().right) : 0;")).longValue();
        if (searchOverrun > 0) {
            failures.add(what + ": the search box runs " + searchOverrun + " px past the header's margin");
        }
        @SuppressWarnings("unchecked")
        List<String> splits = (List<String>) browser.script(SPLIT_WORDS);
        if (!splits.isEmpty()) {
            failures.add(what + ": split " + splits);
        }
    }

    /** On a phone each row of the table of projects is a list: the project, then each figure under its name. */
    @Test
    void theTableOfProjectsIsAListOfLabelledFiguresOnAPhone() {
        browser.driver().manage().window().setSize(new Dimension(375, 812));
        browser.driver().get(nginx.root() + "en/index.html");
        assertThat(browser.script("""
                const row = document.querySelector('table.projects tbody tr');
                return [...row.children].map(cell => getComputedStyle(cell).display + ' '
                    + getComputedStyle(cell, '::before').content + ' ' + cell.textContent);
                """)).isEqualTo(List.of("block none Working funds for non-establishment staff",
                "block \"Category\" Other operating expenses", "block \"Annual funds (CNY)\" 1,859,441.00",
                "block \"Share\" 42.03%"));
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.driver().get(nginx.root() + "en/index.html");
        assertThat(browser.script("""
                const cell = document.querySelector('table.projects tbody tr td');
                return getComputedStyle(cell).display + ' ' + getComputedStyle(cell, '::before').content;
                """)).isEqualTo("table-cell none");
    }

    /**
     * What a citizen sees first on a phone: the figures of the index, and on a project page its amount and purpose
     * within the first screen. The heights are recorded for the redesign's before and after.
     */
    @Test
    void aProjectsAmountAndPurposeAreOnThePhonesFirstScreen() throws Exception {
        for (int width : new int[] {320, 375}) {
            browser.driver().manage().window().setSize(new Dimension(width, 812));
            for (String language : List.of("zh", "en")) {
                browser.driver().get(nginx.root() + language + "/index.html");
                figures.add(language + "/index.html at " + width + " px: height "
                        + browser.script("return document.documentElement.scrollHeight;") + " px");
                browser.driver().get(nginx.root() + language + "/projects/stability-fund.html");
                long purpose = ((Number) browser.script(
                        "return Math.round(document.querySelector('.purpose').getBoundingClientRect().top + scrollY);"))
                        .longValue();
                long amount = ((Number) browser.script(
                        "return Math.round(document.querySelector('.glance').getBoundingClientRect().top + scrollY);"))
                        .longValue();
                figures.add(language + "/projects/stability-fund.html at " + width + " px: at a glance at " + amount
                        + " px, purpose sentence at " + purpose + " px, height "
                        + browser.script("return document.documentElement.scrollHeight;") + " px");
                assertThat(purpose).as(language + " at " + width).isLessThan(812);
            }
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    /**
     * The header: the language switch beside the unit's name, not under it, at every width in both languages; its
     * height before the page's title is recorded.
     */
    @Test
    void theLanguageSwitchStaysBesideTheUnitsName() {
        for (int width : new int[] {320, 375, 1280}) {
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            for (String language : List.of("zh", "en")) {
                browser.driver().get(nginx.root() + language + "/projects/stability-fund.html");
                long offset = ((Number) browser.script("return Math.round(document.querySelector('.lang-switch')"
                        + ".getBoundingClientRect().top - document.querySelector('.site-unit').getBoundingClientRect().top);"))
                        .longValue();
                assertThat(offset).as(language + " at " + width).isBetween(-8L, 8L);
                figures.add(language + "/projects/stability-fund.html at " + width + " px: header "
                        + browser.script("return Math.round(document.querySelector('.site-header').getBoundingClientRect().height);")
                        + " px, title at "
                        + browser.script("return Math.round(document.querySelector('h1').getBoundingClientRect().top);") + " px");
            }
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    /**
     * Printed on A4: every page numbered "n / N", the footer with the source on the last page, the chart's heading
     * gone with the chart. The pages are kept as PNG beside the screenshots.
     */
    @Test
    void aPrintedPageIsA4WithItsFooterAndPageNumbers() throws Exception {
        Path dir = Files.createDirectories(GeneratedSite.workDirectory("..").resolve("screenshots/print"));
        for (String page : List.of("en/projects/stability-fund.html", "zh/projects/stability-fund.html",
                "en/index.html", "zh/index.html")) {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.driver().get(nginx.root() + page);
            // The page asks for A4 itself (a reader's browser prints what the page asks); WebDriver's print is given
            // the same size, since it cannot be told to prefer the page's.
            assertThat(browser.script("return [...document.styleSheets].flatMap(s => [...s.cssRules])"
                    + ".filter(r => r instanceof CSSMediaRule && r.conditionText === 'print').flatMap(m => [...m.cssRules])"
                    + ".filter(r => r instanceof CSSPageRule).map(r => r.style.getPropertyValue('size'));"))
                    .as(page).isEqualTo(List.of("a4"));
            PrintOptions options = new PrintOptions();
            options.setPageSize(new PageSize(29.7, 21.0));
            options.setPageMargin(new PageMargin(1.5, 1.2, 1.8, 1.2));
            options.setBackground(false);
            Pdf pdf = browser.driver().print(options);
            String name = page.replace('/', '-').replace(".html", "");
            Path file = dir.resolve(name + ".pdf");
            Files.write(file, Base64.getDecoder().decode(pdf.getContent()));
            String info = run("pdfinfo", file.toString());
            assertThat(info).as(page).containsPattern("Page size:\\s+595\\.\\d+ x 841\\.\\d+ pts \\(A4\\)");
            Matcher count = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
            assertThat(count.find()).isTrue();
            int pages = Integer.parseInt(count.group(1));
            List<String> texts = new ArrayList<>();
            for (int n = 1; n <= pages; n++) {
                texts.add(run("pdftotext", "-layout", "-f", String.valueOf(n), "-l", String.valueOf(n), file.toString(), "-"));
            }
            for (int n = 1; n <= pages; n++) {
                assertThat(texts.get(n - 1)).as(page + " page " + n).containsPattern("(?m)\\b" + n + " ?/ ?" + pages + "\\s*$");
            }
            String source = page.startsWith("en/")
                    ? "Source: Petitions Office of the People's Government of Songjiang District"
                    : "数据来源：上海市松江区人民政府信访办公室(本级)2024年";
            assertThat(String.join("\n", texts).replaceAll("\\s+", " ")).as(page).contains(source);
            assertThat(String.join("\n", texts)).as(page).doesNotContain(page.startsWith("en/")
                    ? "Bar chart of the annual funds" : "按年度资金申请总额从高到低排列的条形图");
            figures.add(page + " printed: " + pages + " A4 pages, footer printed");
            run("pdftoppm", "-png", "-r", "50", file.toString(), dir.resolve(name).toString());
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
