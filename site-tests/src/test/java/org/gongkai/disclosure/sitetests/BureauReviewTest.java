package org.gongkai.disclosure.sitetests;

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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review reports in real tools: every page valid by the Nu HTML Checker, every page type in both languages free
 * of WCAG 2.1 AA violations in Chromium, nothing refused by their security policy, readable on a phone; screenshots
 * in target/screenshots.
 */
class BureauReviewTest {

    private static Nginx nginx;
    private static Nginx multi;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        nginx = Nginx.serve(ReviewReports.songjiang(), "/review/");
        multi = Nginx.serve(ReviewReports.multiUnit(), "/city-review/");
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() throws Exception {
        Resources.close(browser, nginx, multi);
    }

    private static final class Errors implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        String page;

        @Override
        public void warning(SAXParseException e) {
            errors.add(page + ":" + e.getLineNumber() + ": warning: " + e.getMessage());
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(page + ":" + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    private static List<String> validate(Path report, List<String> pages) throws Exception {
        Errors handler = new Errors();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        for (String page : pages) {
            handler.page = page;
            org.xml.sax.InputSource source = new org.xml.sax.InputSource(new java.io.ByteArrayInputStream(
                    Files.readAllBytes(report.resolve(page))));
            source.setSystemId("https://example.gov.cn/review/" + page);
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        }
        return handler.errors;
    }

    @Test
    void everyPageOfBothReportsPassesTheNuHtmlChecker() throws Exception {
        List<String> songjiang = ReviewReports.pages(ReviewReports.songjiang());
        assertThat(songjiang).containsExactly("en/index.html", "index.html", "zh/index.html");
        assertThat(validate(ReviewReports.songjiang(), songjiang)).isEmpty();
        List<String> city = ReviewReports.multiUnitPageTypes();
        System.out.printf("vnu: %d review pages validated%n", songjiang.size() + city.size());
        assertThat(validate(ReviewReports.multiUnit(), city)).isEmpty();
    }

    @Test
    void everyPageTypeInBothLanguagesHasNoWcag21AaViolationsAndNothingRefusedByItsPolicy() {
        List<String> violations = new ArrayList<>();
        List<String> console = new ArrayList<>();
        browser.console();
        for (String page : ReviewReports.pages(ReviewReports.songjiang())) {
            audit(nginx.root() + page, violations, console);
        }
        for (String page : ReviewReports.multiUnitPageTypes()) {
            audit(multi.root() + page, violations, console);
        }
        // From disk, as a bureau opens the folder it was sent.
        browser.driver().get(ReviewReports.songjiang().resolve("zh/index.html").toUri().toString());
        browser.console().forEach(message -> console.add("zh/index.html (file): " + message));
        assertThat(violations).isEmpty();
        assertThat(console).isEmpty();
    }

    private static void audit(String url, List<String> violations, List<String> console) {
        browser.driver().get(url);
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser.driver());
        assertThat(results.isErrored()).as(url + ": axe could not run").isFalse();
        for (Rule rule : results.getViolations()) {
            violations.add(url + ": " + rule.getId() + ": " + rule.getHelp() + " at "
                    + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
        }
        browser.console().forEach(message -> console.add(url + ": " + message));
    }

    @Test
    void aPublishedIndexWithTheReviewsSummaryIsValidAndAccessible() throws Exception {
        Path site = ReviewReports.siteWithSummaries();
        List<String> pages = List.of("zh/songjiang-xfb-2024/index.html", "en/songjiang-xfb-2024/index.html");
        assertThat(validate(site, pages)).isEmpty();
        List<String> violations = new ArrayList<>();
        List<String> console = new ArrayList<>();
        browser.console();
        try (Nginx served = Nginx.serve(site, "/city/")) {
            for (String page : pages) {
                audit(served.root() + page, violations, console);
                assertThat(browser.driver().findElements(By.cssSelector("table.review-summary tbody tr"))).hasSize(4);
            }
            Path dir = Files.createDirectories(GeneratedSite.workDirectory("..").resolve("screenshots"));
            browser.driver().get(served.root() + pages.get(0));
            byte[] png = browser.driver().getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve("review-summary-zh-declaration-1280.png"), png);
        }
        assertThat(violations).isEmpty();
        assertThat(console).isEmpty();
    }

    @Test
    void theLanguageSwitchLeadsToTheSameProjectsInTheOtherLanguage() {
        browser.driver().get(nginx.root() + "zh/index.html");
        assertThat(browser.driver().findElement(By.cssSelector("#p6")).getText()).isEqualTo("维稳基金");
        browser.driver().findElement(By.cssSelector("a.lang-switch")).click();
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(nginx.root() + "en/index.html");
        assertThat(browser.driver().findElement(By.cssSelector("#p6")).getText()).isEqualTo("Stability maintenance fund");
    }

    @Test
    void noPageScrollsSidewaysOnAPhoneAndScreenshotsAreKept() throws Exception {
        Path dir = Files.createDirectories(GeneratedSite.workDirectory("..").resolve("screenshots"));
        for (int width : new int[] {375, 1280}) {
            for (String page : List.of("zh/index.html", "en/index.html")) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                browser.driver().get(nginx.root() + page);
                long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth;");
                long clientWidth = (Long) browser.script("return document.documentElement.clientWidth;");
                assertThat(scrollWidth).as(page + " at " + width + " px").isLessThanOrEqualTo(clientWidth);
                long height = (Long) browser.script("return document.documentElement.scrollHeight;");
                browser.driver().manage().window().setSize(new Dimension(width, (int) Math.min(height, 6000)));
                byte[] png = browser.driver().getScreenshotAs(OutputType.BYTES);
                Files.write(dir.resolve("review-" + page.replace('/', '-').replace(".html", "") + "-" + width + ".png"),
                        png);
            }
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }
}
