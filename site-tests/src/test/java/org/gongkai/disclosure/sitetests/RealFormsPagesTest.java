package org.gongkai.disclosure.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The pages of the forms Songjiang's filing does not have ({@link RealFormsSite}): valid HTML, no WCAG 2.1 AA
 * violations, no sideways scroll of the page on a phone (a wide matrix scrolls inside its own box), and screenshots
 * at 320, 375 and 1280 px in both languages for people to look at.
 */
class RealFormsPagesTest {

    /** The elements that reach past the right edge of the window, to say what made a page scroll sideways. */
    private static final String WIDER = """
            const out = [];
            for (const e of document.querySelectorAll('body *')) {
              const r = e.getBoundingClientRect();
              if (r.right > document.documentElement.clientWidth + 0.5) {
                out.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ' + Math.round(r.right));
              }
            }
            return out.slice(0, 8).join(', ');
            """;

    private static Nginx nginx;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        nginx = Nginx.serve(RealFormsSite.directory(), "/finance/");
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() throws Exception {
        Resources.close(browser, nginx);
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        List<String> errors = new ArrayList<>();
        String[] page = {""};
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                errors.add(page[0] + ":" + e.getLineNumber() + ": warning: " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(page[0] + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        for (String each : RealFormsSite.PAGES) {
            page[0] = each;
            InputSource source = new InputSource(new ByteArrayInputStream(
                    Files.readAllBytes(RealFormsSite.directory().resolve(each))));
            source.setSystemId("https://example.gov.cn/finance/" + each);
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        }
        System.out.printf("vnu: %d pages of real forms validated, %d messages%n", RealFormsSite.PAGES.size(),
                errors.size());
        assertThat(errors).isEmpty();
    }

    @Test
    void everyPageHasNoWcag21AaViolations() {
        List<String> violations = new ArrayList<>();
        for (String page : RealFormsSite.PAGES) {
            browser.driver().get(nginx.root() + page);
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(browser.driver());
            assertThat(results.isErrored()).as(page + ": axe could not run").isFalse();
            for (Rule rule : results.getViolations()) {
                violations.add(page + ": " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
        System.out.printf("axe-core: %d pages of real forms audited, %d violations%n", RealFormsSite.PAGES.size(),
                violations.size());
        assertThat(violations).isEmpty();
    }

    @Test
    void noPageScrollsSidewaysOnAPhoneAndEachIsPhotographed() throws Exception {
        Path dir = Files.createDirectories(GeneratedSite.workDirectory("..").resolve("screenshots/real-forms"));
        for (int width : new int[] {320, 375, 1280}) {
            for (String page : RealFormsSite.PAGES) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                browser.driver().get(nginx.root() + page);
                long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth;");
                long clientWidth = (Long) browser.script("return document.documentElement.clientWidth;");
                assertThat(scrollWidth).as(() -> page + " at " + width + " px, wider: " + browser.script(WIDER))
                        .isLessThanOrEqualTo(clientWidth);
                if (page.contains("/projects/")) {
                    long height = (Long) browser.script("return document.documentElement.scrollHeight;");
                    browser.driver().manage().window().setSize(new Dimension(width, (int) Math.min(height, 8000)));
                    Files.write(dir.resolve(page.replace('/', '-').replace(".html", "") + "-" + width + ".png"),
                            browser.driver().getScreenshotAs(OutputType.BYTES));
                }
            }
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }
}
