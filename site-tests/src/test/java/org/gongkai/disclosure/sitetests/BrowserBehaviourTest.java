package org.gongkai.disclosure.sitetests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gongkai.disclosure.load.LoadedContent;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.Yuan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader does in a real browser: switch language, read the figures, use a phone. */
class BrowserBehaviourTest {

    private static Nginx nginx;
    private static Browser browser;
    private static LoadedContent content;

    @BeforeAll
    static void start() throws Exception {
        nginx = Nginx.serve(GeneratedSite.directory(), "/xfb/2024/");
        browser = Browser.start(1280, 900);
        content = GeneratedSite.content();
    }

    @AfterAll
    static void stop() throws Exception {
        Resources.close(browser, nginx);
    }

    @Test
    void theLanguageSwitchLandsOnTheSameProjectInTheOtherLanguage() {
        for (Project project : content.projects()) {
            browser.driver().get(nginx.root() + "zh/projects/" + project.id() + ".html");
            browser.driver().findElement(By.cssSelector("a.lang-switch")).click();
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(nginx.root() + "en/projects/" + project.id() + ".html");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(project.name().en());
            browser.driver().findElement(By.cssSelector("a.lang-switch")).click();
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(project.name().zh());
        }
    }

    @Test
    void theIndexTableAndChartShowTheFiguresOfTheData() {
        Map<String, String> expected = new TreeMap<>();
        for (Project project : content.projects()) {
            expected.put(project.name().zh(), Yuan.grouped(project.annualFunds().total().yuan()));
        }
        browser.driver().get(nginx.root() + "zh/index.html");
        Map<String, String> table = new TreeMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("table.projects tbody tr"))) {
            table.put(row.findElement(By.cssSelector("th")).getText(), row.findElements(By.cssSelector("td.num")).get(0).getText());
        }
        assertThat(table).isEqualTo(expected);
        Map<String, String> chart = new TreeMap<>();
        for (WebElement bar : browser.driver().findElements(By.cssSelector("ol.bars li"))) {
            String amount = bar.findElement(By.cssSelector(".amount")).getText();
            chart.put(bar.findElement(By.cssSelector("a")).getText(), amount.substring(0, amount.indexOf(' ')));
            // The bar is drawn to scale: its width against the largest, as the figure says.
            double drawn = ((Number) browser.script("const r = arguments[0].querySelector('rect');"
                    + "return r.getBoundingClientRect().width / arguments[0].querySelector('svg').getBoundingClientRect().width;",
                    bar)).doubleValue();
            assertThat(drawn).isBetween(0.0, 1.0);
        }
        assertThat(chart).isEqualTo(expected);
        String total = browser.driver().findElement(By.cssSelector("table.projects tfoot td.num")).getText();
        assertThat(total).isEqualTo("4,424,484.70");
    }

    @Test
    void noPageScrollsSidewaysOnAPhone() throws Exception {
        browser.driver().manage().window().setSize(new Dimension(375, 812));
        try {
            long width = (Long) browser.script("return window.innerWidth;");
            assertThat(width).isEqualTo(375L);
            for (String page : GeneratedSite.pages()) {
                browser.driver().get(nginx.root() + page);
                long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth;");
                long clientWidth = (Long) browser.script("return document.documentElement.clientWidth;");
                assertThat(scrollWidth).as(page + " at 375 px").isLessThanOrEqualTo(clientWidth);
            }
            screenshots(375);
            browser.driver().manage().window().setSize(new Dimension(320, 812));
            screenshots(320);
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
        screenshots(1280);
    }

    /**
     * The department-wide form, above a unit's projects and alone, fits a phone without sideways scrolling; its
     * pages are photographed at both widths too.
     */
    @Test
    void theDepartmentsFormFitsAPhoneAndItsFiguresAreThoseOfTheForm() throws Exception {
        Path dir = Files.createDirectories(GeneratedSite.workDirectory("..").resolve("screenshots"));
        try (Nginx multi = Nginx.serve(MultiUnitSite.directory(), "/city/")) {
            browser.driver().get(multi.root() + "zh/" + MultiUnitSite.DEPARTMENT_ONLY + "/index.html");
            List<String> funds = browser.driver().findElements(By.cssSelector("table.department-expenditure tr")).stream()
                    .map(WebElement::getText).toList();
            assertThat(funds).containsExactly("明细 金额 占比", "基本支出 724.2318 74.8%", "项目支出 243.96 25.2%",
                    "合计 968.1918");
            for (int width : new int[] {375, 1280}) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                for (String page : MultiUnitSite.departmentPages()) {
                    browser.driver().get(multi.root() + page);
                    long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth;");
                    long clientWidth = (Long) browser.script("return document.documentElement.clientWidth;");
                    assertThat(scrollWidth).as(page + " at " + width + " px").isLessThanOrEqualTo(clientWidth);
                    long height = (Long) browser.script("return document.documentElement.scrollHeight;");
                    browser.driver().manage().window().setSize(new Dimension(width, (int) Math.min(height, 8000)));
                    byte[] png = browser.driver().getScreenshotAs(OutputType.BYTES);
                    String name = page.startsWith("zh/" + MultiUnitSite.DEPARTMENT_ONLY)
                            || page.startsWith("en/" + MultiUnitSite.DEPARTMENT_ONLY) ? "department-only" : "department-and-projects";
                    Files.write(dir.resolve(name + "-" + page.substring(0, 2) + "-" + width + ".png"), png);
                    browser.driver().manage().window().setSize(new Dimension(width, 900));
                }
            }
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /**
     * Screenshots of each page type, kept in target/screenshots for people to look at: the Songjiang site's pages,
     * one with search results, and the pages of the site of several units that compare a unit's years.
     */
    private static void screenshots(int width) throws Exception {
        Path dir = Files.createDirectories(GeneratedSite.workDirectory("..").resolve("screenshots"));
        for (String page : List.of("zh/index.html", "en/index.html", "zh/projects/stability-fund.html",
                "en/projects/stability-fund.html", "zh/indicators.html", "en/indicators.html")) {
            browser.driver().get(nginx.root() + page);
            screenshot(dir, page.replace('/', '-').replace(".html", "") + "-" + width, width);
        }
        SearchTest.search(browser, nginx.root() + "zh/projects/stability-fund.html", "维稳");
        screenshot(dir, "zh-search-results-" + width, width);
        SearchTest.search(browser, nginx.root() + "en/index.html", "stability");
        screenshot(dir, "en-search-results-" + width, width);
        try (Nginx multi = Nginx.serve(MultiUnitSite.directory(), "/city/")) {
            List<String> types = MultiUnitSite.pageTypes();
            for (String page : types.subList(7, types.size())) {
                browser.driver().get(multi.root() + page);
                screenshot(dir, "city-" + page.replace('/', '-').replace(".html", "") + "-" + width, width);
            }
        }
    }

    private static void screenshot(Path dir, String name, int width) throws Exception {
        long height = (Long) browser.script("return document.documentElement.scrollHeight;");
        browser.driver().manage().window().setSize(new Dimension(width, (int) Math.min(height, 6000)));
        byte[] png = browser.driver().getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name + ".png"), png);
    }
}
