package org.gongkai.disclosure.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.gongkai.disclosure.diag.ProgressListener;
import org.gongkai.disclosure.engine.ConfigurationException;
import org.gongkai.disclosure.engine.Engine;
import org.gongkai.disclosure.engine.Settings;
import org.gongkai.disclosure.engine.SiteSettings;
import org.gongkai.disclosure.model.SiteOptions;
import org.gongkai.disclosure.search.Analyzer;

/**
 * Searching in a real browser: what a reader typing 稳控, 维稳基金, stability or 劝返 into the box finds on the Songjiang
 * site, opened from disk and served by nginx under a sub-path, with nothing refused by the pages' security policy;
 * that a phrase is found only where its characters stand together; that without JavaScript the box leads to the
 * index; that a site of hundreds of projects pages its results; and that the script makes the same terms as the
 * index.
 */
class SearchTest {

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

    /** The Songjiang site's root, served or on disk, ending in "/". */
    private static List<String> roots() {
        return List.of(nginx.root(), GeneratedSite.directory().toUri().toString());
    }

    /** Types the query into the page's box and waits for its results; the texts of the result links, marks in []. */
    static List<String> search(Browser browser, String page, String query) {
        browser.driver().get(page);
        WebElement box = browser.driver().findElement(By.id("site-search"));
        box.sendKeys(query);
        return results(browser, query);
    }

    /** The results shown for {@code query}, once its status says how many were found. */
    static List<String> results(Browser browser, String query) {
        WebElement status = browser.driver().findElement(By.cssSelector(".search-status"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> status.getText().contains(query)
                && !browser.driver().findElements(By.cssSelector(".search-more")).isEmpty());
        List<String> names = new ArrayList<>();
        for (WebElement link : browser.driver().findElements(By.cssSelector(".search-list li > a"))) {
            String html = link.getAttribute("innerHTML").replaceAll("<mark>(.*?)</mark>", "[$1]");
            names.add(Jsoup.parse(html).text());
        }
        return names;
    }

    static String status(Browser browser) {
        return browser.driver().findElement(By.cssSelector(".search-status")).getText();
    }

    @Test
    void typingFindsTheExpectedProjectsServedUnderASubPathAndFromDisk() {
        browser.console(); // drop what came before
        for (String root : roots()) {
            assertThat(search(browser, root + "zh/index.html", "稳控")).as(root).containsExactly("劝返[稳控]经费");
            assertThat(status(browser)).isEqualTo("找到 1 个与“稳控”相关的项目");
            assertThat(browser.driver().findElement(By.cssSelector(".search-meta")).getText())
                    .isEqualTo("上海市松江区人民政府信访办公室(本级) · 2024年度 · 年度资金 970,000.00 元");
            assertThat(browser.driver().findElement(By.cssSelector(".search-where")).getText())
                    .isEqualTo("匹配：项目名称、项目说明与目标");

            assertThat(search(browser, root + "zh/projects/stability-fund.html", "维稳基金")).containsExactly("[维稳基金]");
            assertThat(search(browser, root + "zh/index.html", "劝返")).containsExactly("[劝返]稳控经费");
            // In English: the names in English, those that match by their name first, then the best field.
            assertThat(search(browser, root + "en/index.html", "stability")).containsExactly(
                    "Funds for persuading petitioners to return and for [stability] control",
                    "[Stability] maintenance fund", "Working funds for non-establishment staff",
                    "Lawyers, psychological counsellors and other third-party social forces");
            assertThat(status(browser)).isEqualTo("4 projects found for “stability”");
            // Chinese typed on an English page: the Chinese name shown beside the English one, marked.
            assertThat(search(browser, root + "en/projects/return-and-stability.html", "维稳基金"))
                    .containsExactly("Stability maintenance fund · [维稳基金]");
        }
        assertThat(browser.console()).as("console messages").isEmpty();
    }

    @Test
    void aResultIsALinkToTheProjectsPage() {
        search(browser, nginx.root() + "en/projects/stability-fund.html", "劝返");
        browser.driver().findElement(By.cssSelector(".search-list li > a")).click();
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(nginx.root() + "en/projects/return-and-stability.html");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("Funds for persuading petitioners to return and for stability control");
    }

    @Test
    void anAddressWithAQueryShowsItsResultsOnArrival() {
        browser.driver().get(nginx.root() + "zh/index.html?q=" + URLEncoder.encode("维稳", StandardCharsets.UTF_8));
        assertThat(results(browser, "维稳")).containsExactly("[维稳]基金", "编外人员工作经费", "律师、心理咨询师等第三方社会力量",
                "劝返稳控经费");
        assertThat(browser.driver().findElement(By.id("site-search")).getAttribute("value")).isEqualTo("维稳");
    }

    @Test
    void aQueryLongerThanAnyNameIsCutBeforeItIsParsed() {
        // The first 200 characters are 维稳 and spaces; what follows them is never read, nor the shards it would need.
        String query = "维稳" + " ".repeat(300) + "基金".repeat(200);
        browser.driver().get(nginx.root() + "zh/index.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(results(browser, "维稳")).containsExactly("[维稳]基金", "编外人员工作经费", "律师、心理咨询师等第三方社会力量",
                "劝返稳控经费");
        assertThat(browser.driver().findElement(By.id("site-search")).getAttribute("maxlength")).isEqualTo("200");
    }

    @Test
    void withoutJavaScriptTheBoxLeadsToTheIndex() {
        try (Browser plain = Browser.withoutScripts(1280, 900)) {
            for (String root : roots()) {
                plain.driver().get(root + "zh/projects/stability-fund.html");
                plain.driver().findElement(By.id("site-search")).sendKeys("稳控" + Keys.ENTER);
                new WebDriverWait(plain.driver(), Duration.ofSeconds(10))
                        .until(d -> d.getCurrentUrl().contains("/zh/index.html"));
                assertThat(plain.driver().getCurrentUrl()).isEqualTo(root + "zh/index.html?q=%E7%A8%B3%E6%8E%A7");
                assertThat(plain.driver().findElement(By.tagName("h1")).getText()).isEqualTo("财政支出项目绩效目标申报表");
                assertThat(plain.driver().findElement(By.cssSelector(".search-results")).isDisplayed()).isFalse();
            }
            assertThat(plain.console()).as("console messages").isEmpty();
        }
    }

    @Test
    void aPhraseIsFoundOnlyWhereItsCharactersStandTogether() {
        // The third project gets 维稳 in 维稳基层, 稳基 in 稳基础 and 基金 in 设立基金: every pair of 维稳基金, apart.
        Path site = apartSite();
        String page = site.resolve("zh/index.html").toUri().toString();
        assertThat(search(browser, page, "维稳基金")).containsExactly("[维稳基金]");
        assertThat(search(browser, page, "维稳基")).containsExactly("[维稳基]金", "律师、心理咨询师等第三方社会力量");
        assertThat(search(browser, page, "稳基础")).containsExactly("律师、心理咨询师等第三方社会力量");
        assertThat(search(browser, page, "基金维稳")).isEmpty();
        assertThat(status(browser)).isEqualTo("没有与“基金维稳”相关的项目。");
    }

    /** The Songjiang content with the pairs of 维稳基金 written apart in one project, generated. */
    private static Path apartSite() {
        return site("apart", content -> {
            Path source = Path.of(System.getProperty("content.directory", "../site-content/src/disclosure"));
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = content.resolve(source.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
                Path third = content.resolve("projects/03-third-party-professionals.yaml");
                Files.writeString(third, Files.readString(third).replaceFirst("随着松江的发展,",
                        "随着松江的发展,维稳基层工作与稳基础、设立基金,"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A site generated from content that {@code writer} puts in its folder (once). */
    private static Path site(String name, java.util.function.Consumer<Path> writer) {
        Path work = GeneratedSite.workDirectory(name);
        Path content = work.resolve("content");
        Path output = work.resolve("site");
        try {
            if (!Files.exists(content)) {
                writer.accept(content);
            }
            var report = new Engine(Settings.forProject(work).withContentDir(content), ProgressListener.SILENT)
                    .generate(new SiteSettings(output, null, SiteOptions.NONE));
            assertThat(report.generated()).as(report.check().diagnostics().toString()).isTrue();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSiteOfHundredsOfProjectsShowsTenResultsAtATimeAndCountsThem() throws Exception {
        try (Nginx multi = Nginx.serve(MultiUnitSite.directory(), "/city/")) {
            // Every project has the indicator 群众满意度: a pair is exact at once.
            List<String> first = search(browser, multi.root() + "zh/index.html", "满意");
            assertThat(first).hasSize(10);
            assertThat(status(browser)).isEqualTo("找到 400 个与“满意”相关的项目");
            browser.driver().findElement(By.cssSelector(".search-more")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.cssSelector(".search-list li")).size() == 20);
            // A phrase is confirmed by its positions; where they came with its terms, at once.
            search(browser, multi.root() + "en/index.html", "满意度");
            assertThat(status(browser)).isEqualTo("400 projects found for “满意度”");
        }
    }

    @Test
    void aPhraseInEveryProjectIsConfirmedAsMoreResultsAreAskedFor() {
        // 300 projects whose narrative repeats 预算绩效管理 sixty times: its positions come in several files.
        Path site = site("dense", content -> {
            String project = """
                    id: p%1$d
                    name: {zh: 项目%1$d, en: Project %1$d}
                    nature: 其他经常性项目
                    category: 其他运转类
                    department: {zh: 样例局, en: Sample Bureau}
                    implementer: {zh: 样例局, en: Sample Bureau}
                    start: 2024-01-01
                    end: 2024-12-31
                    funds: {total: 100.00, fiscal: 100.00, other: 0.00}
                    annual-funds: {total: 100.00, appropriation: 100.00, carryover: 0.00, other: 0.00}
                    sections:
                      overview: {zh: %2$s, en: Budget performance management}
                    goals: {overall: {zh: 总目标, en: Overall goal}, annual: {zh: 年度目标, en: Annual goal}}
                    indicators:
                      - {level1: 产出指标, level2: 数量指标, name: {zh: 次数, en: Times}, target: "=1(次)"}
                    """;
            for (int i = 1; i <= 300; i++) {
                write(content.resolve("projects/" + String.format("%03d", i) + ".yaml"),
                        project.formatted(i, "预算绩效管理，".repeat(60)));
            }
            write(content.resolve("declaration.yaml"), "fiscal-year: 2024\nunit: {zh: 样例局, en: Sample Bureau}\n"
                    + "title: {zh: 申报表, en: Declaration}\n");
        });
        assertThat(site.resolve("search/p")).isDirectory();
        List<String> first = search(browser, site.resolve("zh/index.html").toUri().toString(), "预算绩效管理");
        assertThat(first).hasSize(10);
        String counted = status(browser);
        assertThat(counted).matches("与“预算绩效管理”相关的项目至少 [0-9]+ 个、至多 300 个；显示更多时继续核对");
        int atLeast = Integer.parseInt(counted.replaceAll(".*至少 ([0-9]+) 个.*", "$1"));
        assertThat(atLeast).isBetween(10, 299);
        // Asking for more confirms more, until every one is.
        for (int shown = 20; shown <= 300 && !status(browser).startsWith("找到"); shown += 10) {
            browser.driver().findElement(By.cssSelector(".search-more")).click();
            int wanted = shown;
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.cssSelector(".search-list li")).size() == wanted);
        }
        assertThat(status(browser)).isEqualTo("找到 300 个与“预算绩效管理”相关的项目");
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theScriptMakesTheSameTermsAsTheIndex() throws Exception {
        browser.driver().get(nginx.root() + "en/index.html");
        Set<String> texts = new LinkedHashSet<>(List.of("The Monitoring of SCHOOLS, café — Ｆｕｌｌ-time people's services",
                "applied applies planned timely improve improved stability status analysis 2024 1,859,441.00",
                "G60科创走廊 维稳，基金 \uF900 𠀀𠀁 ÉCOLE naïve Straße ǆungla", "a".repeat(Analyzer.MAX_WORD + 1)));
        for (String project : List.of("non-establishment-staff", "stability-fund", "return-and-stability")) {
            String page = Files.readString(GeneratedSite.directory().resolve("en/projects/" + project + ".html"));
            texts.add(Jsoup.parse(page).select("main").text());
            page = Files.readString(GeneratedSite.directory().resolve("zh/projects/" + project + ".html"));
            texts.add(Jsoup.parse(page).select("main").text());
        }
        for (String text : texts) {
            List<String> java = new ArrayList<>();
            Analyzer.scan(text, 0, new Analyzer.Sink() {
                @Override
                public void bigram(int first, int second, int position) {
                    java.add(new StringBuilder().appendCodePoint(first).appendCodePoint(second).toString());
                }

                @Override
                public void unigram(int character) {
                    java.add(new String(Character.toChars(character)));
                }

                @Override
                public void word(String stem) {
                    java.add(stem);
                }
            });
            Object script = browser.driver().executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "GongkaiSearch.terms(arguments[0]).then(done, function (e) { done('failed: ' + e); });", text);
            assertThat(script).as(text.length() > 60 ? text.substring(0, 60) : text).isEqualTo(java);
        }
    }
}
