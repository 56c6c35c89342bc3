package org.gongkai.disclosure.sitetests;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type in both languages has no axe-core violations of the WCAG 2.1 A and AA rules in a real browser,
 * and the site can be used with the keyboard alone.
 */
class AccessibilityTest {

    /** One page of each type in each language. */
    static final List<String> PAGE_TYPES = List.of("index.html", "404.html", "zh/index.html", "en/index.html",
            "zh/projects/non-establishment-staff.html", "en/projects/non-establishment-staff.html",
            "zh/projects/stability-fund.html", "en/projects/stability-fund.html", "zh/indicators.html",
            "en/indicators.html");

    private static Nginx nginx;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        nginx = Nginx.serve(GeneratedSite.directory(), "/xfb/2024/");
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() throws Exception {
        Resources.close(browser, nginx);
    }

    @Test
    void everyPageTypeInBothLanguagesHasNoWcag21AaViolations() {
        List<String> violations = new ArrayList<>();
        long started = System.nanoTime();
        int rulesPassed = 0;
        for (String page : PAGE_TYPES) {
            browser.driver().get(nginx.root() + page);
            Results results = new AxeBuilder()
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(browser.driver());
            assertThat(results.isErrored()).as(page + ": axe could not run").isFalse();
            rulesPassed += results.getPasses().size();
            for (Rule rule : results.getViolations()) {
                violations.add(page + ": " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
        System.out.printf("axe-core: %d pages audited, %d rule checks passed, %d violations (%d ms)%n", PAGE_TYPES.size(),
                rulesPassed, violations.size(), (System.nanoTime() - started) / 1_000_000);
        assertThat(violations).isEmpty();
    }

    @Test
    void aPageShowingSearchResultsHasNoWcag21AaViolationsInEitherLanguage() {
        List<String> violations = new ArrayList<>();
        for (String[] search : List.of(new String[] {"zh/index.html", "维稳"}, new String[] {"en/projects/stability-fund.html",
                "stability"})) {
            assertThat(SearchTest.search(browser, nginx.root() + search[0], search[1])).isNotEmpty();
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(browser.driver());
            assertThat(results.isErrored()).isFalse();
            for (Rule rule : results.getViolations()) {
                violations.add(search[0] + " with results: " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theMultiUnitSitesPageTypesHaveNoViolationsAndTheFilterBoxWorks() throws Exception {
        try (Nginx multi = Nginx.serve(MultiUnitSite.directory(), "/city/")) {
            List<String> violations = new ArrayList<>();
            for (String page : MultiUnitSite.pageTypes()) {
                browser.driver().get(multi.root() + page);
                Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze(browser.driver());
                for (Rule rule : results.getViolations()) {
                    violations.add(page + ": " + rule.getId() + ": " + rule.getHelp());
                }
            }
            System.out.printf("axe-core: %d multi-unit pages audited, %d violations%n", MultiUnitSite.pageTypes().size(),
                    violations.size());
            assertThat(violations).isEmpty();
            // The filter box narrows the table as one types, without a server round trip.
            String paged = MultiUnitSite.pageTypes().get(3);
            browser.driver().get(multi.root() + paged);
            WebElement filter = browser.driver().findElement(By.cssSelector(".filter input"));
            assertThat(filter.isDisplayed()).isTrue();
            int rows = browser.driver().findElements(By.cssSelector("#projects-table tbody tr")).size();
            String name = browser.driver().findElement(By.cssSelector("#projects-table tbody tr th a")).getText();
            filter.sendKeys(name);
            long shown = browser.driver().findElements(By.cssSelector("#projects-table tbody tr")).stream()
                    .filter(WebElement::isDisplayed).count();
            assertThat(rows).isGreaterThan(20);
            assertThat(shown).isBetween(1L, (long) rows - 1);
        }
    }

    @Test
    void thePagesKeepTheirSecurityPolicyWithoutAViolationServedOrOpenedFromDisk() throws Exception {
        List<String> messages = new ArrayList<>();
        browser.console(); // drop what earlier tests logged
        try (Nginx multi = Nginx.serve(MultiUnitSite.directory(), "/city/")) {
            for (String page : MultiUnitSite.pageTypes()) {
                browser.driver().get(multi.root() + page);
                browser.console().forEach(message -> messages.add(page + " (served): " + message));
            }
        }
        for (String page : PAGE_TYPES) {
            browser.driver().get(nginx.root() + page);
            browser.console().forEach(message -> messages.add(page + " (served): " + message));
        }
        // From disk, the filter script must still run under the policy's script-src 'self'.
        String paged = MultiUnitSite.pageTypes().get(3);
        browser.driver().get(MultiUnitSite.directory().resolve(paged).toUri().toString());
        browser.console().forEach(message -> messages.add(paged + " (file): " + message));
        WebElement filter = browser.driver().findElement(By.cssSelector(".filter input"));
        assertThat(filter.isDisplayed()).as("the filter script ran from disk").isTrue();

        System.out.printf("Content-Security-Policy: %d served and 1 opened-from-disk pages, %d console messages%n",
                MultiUnitSite.pageTypes().size() + PAGE_TYPES.size(), messages.size());
        assertThat(messages).isEmpty();
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichMovesFocusToTheMainContent() {
        for (String page : List.of("zh/projects/stability-fund.html", "en/index.html")) {
            browser.driver().get(nginx.root() + page);
            WebElement body = browser.driver().findElement(By.tagName("body"));
            body.sendKeys(Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            assertThat(focused.getAttribute("class")).as(page).contains("skip-link");
            assertThat(focused.isDisplayed()).isTrue();
            assertThat((Long) browser.script("return arguments[0].getBoundingClientRect().top >= 0 ? 1 : 0;", focused))
                    .as("the skip link is on screen when focused").isEqualTo(1L);
            focused.sendKeys(Keys.ENTER);
            assertThat(browser.driver().getCurrentUrl()).endsWith("#main");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");
        }
    }

    @Test
    void theLanguageSwitchIsReachableByKeyboardAndFocusIsVisible() {
        browser.driver().get(nginx.root() + "zh/projects/stability-fund.html");
        WebElement body = browser.driver().findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        int tabs = 1;
        while (!"lang-switch".equals(focused.getAttribute("class")) && tabs < 10) {
            focused.sendKeys(Keys.TAB);
            focused = browser.driver().switchTo().activeElement();
            tabs++;
        }
        assertThat(focused.getAttribute("class")).as("language switch within %d tabs", tabs).isEqualTo("lang-switch");
        String outline = (String) browser.script(
                "const s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;", focused);
        assertThat(outline).doesNotStartWith("none").doesNotEndWith(" 0px");
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/xfb/2024/en/projects/stability-fund.html");
    }
}
