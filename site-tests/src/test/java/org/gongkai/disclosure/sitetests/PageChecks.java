package org.gongkai.disclosure.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import nu.validator.validation.SimpleDocumentValidator;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The checks every generated site goes through in the real tools: the Nu HTML Checker, axe-core, phone widths. */
final class PageChecks {

    /** The elements that reach past the right edge of the window, to say what made a page scroll sideways. */
    static final String WIDER = """
            const out = [];
            for (const e of document.querySelectorAll('body *')) {
              const r = e.getBoundingClientRect();
              if (r.right > document.documentElement.clientWidth + 0.5) {
                out.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ' + Math.round(r.right));
              }
            }
            return out.slice(0, 8).join(', ');
            """;

    private PageChecks() {
    }

    /**
     * The Nu HTML Checker's messages on each page of {@code dir}, as {@code page:line: message}, the pages read as if
     * served under {@code base} (so that the checker applies the security policy as a browser would).
     */
    static List<String> vnuMessages(Path dir, List<String> pages, String base) throws Exception {
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
        for (String each : pages) {
            page[0] = each;
            InputSource source = new InputSource(new ByteArrayInputStream(Files.readAllBytes(dir.resolve(each))));
            source.setSystemId(base + each);
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        }
        return errors;
    }

    /** axe-core's WCAG 2.1 A and AA violations on each page served under {@code root}, as {@code page: rule: help}. */
    static List<String> axeViolations(Browser browser, String root, List<String> pages) {
        List<String> violations = new ArrayList<>();
        for (String page : pages) {
            browser.driver().get(root + page);
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(browser.driver());
            assertThat(results.isErrored()).as(page + ": axe could not run").isFalse();
            for (Rule rule : results.getViolations()) {
                violations.add(page + ": " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
        return violations;
    }

    /**
     * Asserts that no page served under {@code root} scrolls sideways at 320, 375 or 1280 px, and photographs those
     * {@code photographed} chooses, whole, into {@code screenshots}.
     */
    static void fitEveryWidth(Browser browser, String root, List<String> pages, Path screenshots,
            Predicate<String> photographed) throws Exception {
        Files.createDirectories(screenshots);
        try {
            for (int width : new int[] {320, 375, 1280}) {
                for (String page : pages) {
                    browser.driver().manage().window().setSize(new Dimension(width, 900));
                    browser.driver().get(root + page);
                    long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth;");
                    long clientWidth = (Long) browser.script("return document.documentElement.clientWidth;");
                    assertThat(scrollWidth).as(() -> page + " at " + width + " px, wider: " + browser.script(WIDER))
                            .isLessThanOrEqualTo(clientWidth);
                    if (photographed.test(page)) {
                        long height = (Long) browser.script("return document.documentElement.scrollHeight;");
                        browser.driver().manage().window().setSize(new Dimension(width, (int) Math.min(height, 8000)));
                        String name = page.replace('/', '-').replace(".html", "") + "-" + width + ".png";
                        Files.write(screenshots.resolve(name), browser.driver().getScreenshotAs(OutputType.BYTES));
                    }
                }
            }
        } finally {
            // The browser is shared by the test class: its other tests get their usual window even after a failure.
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
