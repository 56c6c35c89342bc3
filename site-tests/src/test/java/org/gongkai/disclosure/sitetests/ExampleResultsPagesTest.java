package org.gongkai.disclosure.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages of the example of invented self-evaluations ({@link ExampleResultsSite}): valid HTML, no WCAG 2.1 AA
 * violations, no sideways scroll on a phone of 320 or 375 px, the example band on every page, and screenshots at 320,
 * 375 and 1280 px in both languages for people to look at.
 */
class ExampleResultsPagesTest {

    private static Nginx nginx;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        nginx = Nginx.serve(ExampleResultsSite.directory(), "/demo/");
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() throws Exception {
        Resources.close(browser, nginx);
    }

    @Test
    void everyPageCarriesTheExampleBandAndTheProjectPagesTheirResults() throws Exception {
        for (String page : ExampleResultsSite.PAGES) {
            org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(ExampleResultsSite.directory().resolve(page).toFile(),
                    "UTF-8");
            assertThat(html.select("p.example-band[role=note]")).as(page).hasSize(1);
        }
        org.jsoup.nodes.Document rural = org.jsoup.Jsoup.parse(
                ExampleResultsSite.directory().resolve("en/projects/rural-water.html").toFile(), "UTF-8");
        assertThat(rural.select("table.results tfoot").text()).isEqualTo("Total score 91.72 of 100");
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        List<String> errors = PageChecks.vnuMessages(ExampleResultsSite.directory(), ExampleResultsSite.PAGES, "https://example.gov.cn/demo/");
        System.out.printf("vnu: %d pages of the results example validated, %d messages%n", ExampleResultsSite.PAGES.size(), errors.size());
        assertThat(errors).isEmpty();
    }

    @Test
    void everyPageHasNoWcag21AaViolations() {
        List<String> violations = PageChecks.axeViolations(browser, nginx.root(), ExampleResultsSite.PAGES);
        System.out.printf("axe-core: %d pages of the results example audited, %d violations%n", ExampleResultsSite.PAGES.size(),
                violations.size());
        assertThat(violations).isEmpty();
    }

    @Test
    void noPageScrollsSidewaysOnAPhoneAndEachIsPhotographed() throws Exception {
        PageChecks.fitEveryWidth(browser, nginx.root(), ExampleResultsSite.PAGES,
                GeneratedSite.workDirectory("..").resolve("screenshots/results-demo"), page -> page.startsWith("zh/") || page.startsWith("en/"));
    }
}
