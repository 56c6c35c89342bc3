package org.gongkai.disclosure.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages of the forms Songjiang's filing does not have ({@link RealFormsSite}): valid HTML, no WCAG 2.1 AA
 * violations, no sideways scroll of the page on a phone (a wide matrix scrolls inside its own box), and screenshots
 * at 320, 375 and 1280 px in both languages for people to look at.
 */
class RealFormsPagesTest {

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
        List<String> errors = PageChecks.vnuMessages(RealFormsSite.directory(), RealFormsSite.PAGES, "https://example.gov.cn/finance/");
        System.out.printf("vnu: %d pages of real forms validated, %d messages%n", RealFormsSite.PAGES.size(), errors.size());
        assertThat(errors).isEmpty();
    }

    @Test
    void everyPageHasNoWcag21AaViolations() {
        List<String> violations = PageChecks.axeViolations(browser, nginx.root(), RealFormsSite.PAGES);
        System.out.printf("axe-core: %d pages of real forms audited, %d violations%n", RealFormsSite.PAGES.size(),
                violations.size());
        assertThat(violations).isEmpty();
    }

    @Test
    void noPageScrollsSidewaysOnAPhoneAndEachIsPhotographed() throws Exception {
        PageChecks.fitEveryWidth(browser, nginx.root(), RealFormsSite.PAGES,
                GeneratedSite.workDirectory("..").resolve("screenshots/real-forms"), page -> page.contains("/projects/"));
    }
}
