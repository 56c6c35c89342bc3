package org.gongkai.disclosure.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.gongkai.disclosure.diag.Diagnostics;
import org.gongkai.disclosure.load.ContentLoader;
import org.gongkai.disclosure.load.DeclarationSource;
import org.gongkai.disclosure.load.SiteLayout;
import org.gongkai.disclosure.load.YamlReader;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.Yuan;

/**
 * The years compared, in a real browser, on the site of several units (served by nginx under a sub-path): each of a
 * unit's projects filed in both years shows the change of its annual funds, the indicators added and removed and the targets changed,
 * as the two filings say; the unit's index sets the year's totals against last year's; and the page of all indicators
 * filters by level 1 and level 2, served and from disk.
 */
class CompareTest {

    private static Nginx nginx;
    private static Browser browser;
    private static DeclarationSource before;
    private static DeclarationSource after;
    private static Map<String, Project> lastYear;
    private static Map<String, Project> thisYear;

    @BeforeAll
    static void start() throws Exception {
        nginx = Nginx.serve(MultiUnitSite.directory(), "/city/");
        browser = Browser.start(1280, 900);
        ContentLoader loader = new ContentLoader(new YamlReader(), MultiUnitSite.content());
        SiteLayout layout = loader.discover(MultiUnitSite.content(), new Diagnostics());
        for (DeclarationSource a : layout.declarations()) {
            for (DeclarationSource b : layout.declarations()) {
                if (a.declaration().unit().zh().equals(b.declaration().unit().zh())
                        && a.declaration().fiscalYear() + 1 == b.declaration().fiscalYear() && before == null) {
                    before = a;
                    after = b;
                }
            }
        }
        assertThat(before).as("a unit filing two years").isNotNull();
        lastYear = projects(loader, before);
        thisYear = projects(loader, after);
    }

    private static Map<String, Project> projects(ContentLoader loader, DeclarationSource source) throws IOException {
        Map<String, Project> projects = new LinkedHashMap<>();
        for (Path file : source.projectFiles()) {
            Project project = loader.readProject(file, source, new Diagnostics()).validated().orElseThrow();
            projects.put(project.id(), project);
        }
        return projects;
    }

    @AfterAll
    static void stop() throws Exception {
        Resources.close(browser, nginx);
    }

    private static String key(Indicator i) {
        return i.level1().zh() + "/" + i.level2().zh() + "/" + i.name().zh();
    }

    private List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    @Test
    void aProjectFiledInBothYearsShowsWhatChangedAsTheTwoFilingsSay() {
        int compared = 0;
        int withAddedOrRemoved = 0;
        // The first 40 of the unit's projects: enough to meet every kind of change, in a page load each.
        List<Project> first = thisYear.values().stream().limit(40).toList();
        for (Project now : first) {
            Project then = lastYear.get(now.id());
            browser.driver().get(nginx.root() + "zh/" + after.folder() + "/projects/" + now.id() + ".html");
            if (then == null) {
                assertThat(browser.driver().findElements(By.cssSelector("section.changes"))).as(now.id()).isEmpty();
                continue;
            }
            compared++;
            BigDecimal was = then.annualFunds().total().yuan();
            BigDecimal is = now.annualFunds().total().yuan();
            BigDecimal difference = is.subtract(was);
            String percent = difference.multiply(BigDecimal.valueOf(100)).divide(was, 1, RoundingMode.HALF_UP).toPlainString();
            assertThat(texts(".changes-funds td")).as(now.id()).containsExactly(Yuan.grouped(was), Yuan.grouped(is),
                    (difference.signum() > 0 ? "+" : "") + Yuan.grouped(difference),
                    (difference.signum() > 0 ? "+" : "") + percent + "%");
            // The indicators by level 1, level 2 and name: those of one year only, and the targets changed.
            Map<String, String> old = new LinkedHashMap<>();
            then.indicators().forEach(i -> old.put(key(i), i.target().written().zh()));
            List<String> added = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            for (Indicator i : now.indicators()) {
                String target = old.remove(key(i));
                if (target == null) {
                    added.add(i.name().zh() + ": " + i.target().written().zh());
                } else if (!target.equals(i.target().written().zh())) {
                    targets.add(i.name().zh() + " " + target + " " + i.target().written().zh());
                }
            }
            List<String> removed = old.entrySet().stream()
                    .map(e -> e.getKey().substring(e.getKey().lastIndexOf('/') + 1) + ": " + e.getValue()).toList();
            assertThat(texts(".changes-added li strong")).as(now.id())
                    .containsExactlyElementsOf(added.stream().map(a -> a.substring(0, a.indexOf(':'))).toList());
            assertThat(texts(".changes-added li")).allMatch(li -> added.stream().anyMatch(li::endsWith));
            assertThat(texts(".changes-removed li")).as(now.id()).hasSize(removed.size())
                    .allMatch(li -> removed.stream().anyMatch(li::endsWith));
            assertThat(browser.driver().findElements(By.cssSelector(".changes-targets tbody tr")).stream()
                    .map(row -> row.findElement(By.cssSelector("th")).getText() + " "
                            + row.findElements(By.cssSelector("td")).get(1).getText() + " "
                            + row.findElements(By.cssSelector("td")).get(2).getText()).toList())
                    .as(now.id()).containsExactlyElementsOf(targets);
            String summary = texts(".changes-summary").get(0);
            if (added.isEmpty() && removed.isEmpty()) {
                assertThat(summary).isEqualTo(targets.isEmpty() ? "绩效指标与上年相同（共 " + now.indicators().size()
                        + " 项），目标值均未改变。" : "绩效指标与上年相同（共 " + now.indicators().size() + " 项），其中 "
                        + targets.size() + " 项的目标值有变化。");
            } else {
                withAddedOrRemoved++;
                assertThat(summary).isEqualTo("保留上年指标 " + (now.indicators().size() - added.size()) + " 项。");
            }
        }
        // Every project filed last year too was compared on its page (the generated second years keep most projects).
        assertThat(compared).isEqualTo((int) first.stream().filter(p -> lastYear.containsKey(p.id())).count()).isPositive();
        assertThat(withAddedOrRemoved).as("projects whose indicators changed").isPositive();
    }

    @Test
    void theUnitsIndexSetsTheYearsTotalsAgainstLastYearsInBothLanguages() {
        BigDecimal was = lastYear.values().stream().map(p -> p.annualFunds().total().yuan()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal is = thisYear.values().stream().map(p -> p.annualFunds().total().yuan()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        browser.driver().get(nginx.root() + "en/" + after.folder() + "/index.html");
        assertThat(texts("#compare-heading")).containsExactly("Compared with fiscal year " + before.declaration().fiscalYear());
        BigDecimal difference = is.subtract(was);
        assertThat(texts(".compare-totals tbody tr td")).containsExactly(
                String.valueOf(lastYear.size()), String.valueOf(thisYear.size()), "0", "0.0%",
                Yuan.grouped(was), Yuan.grouped(is), (difference.signum() > 0 ? "+" : "") + Yuan.grouped(difference),
                (difference.signum() > 0 ? "+" : "") + difference.multiply(BigDecimal.valueOf(100))
                        .divide(was, 1, RoundingMode.HALF_UP).toPlainString() + "%");
        // The generator drops a unit's first project in its second year and adds one.
        List<String> gone = new ArrayList<>(lastYear.keySet());
        gone.removeAll(thisYear.keySet());
        assertThat(browser.driver().findElements(By.cssSelector(".compare-removed a")).stream()
                .map(a -> a.getAttribute("href")).toList())
                .containsExactlyElementsOf(gone.stream().map(id -> nginx.root() + "en/" + before.folder() + "/projects/"
                        + id + ".html").toList());
        browser.driver().findElement(By.cssSelector("a.all-indicators-link")).click();
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(nginx.root() + "en/" + after.folder() + "/indicators.html");
    }

    @Test
    void thePageOfAllIndicatorsFiltersByLevelOneAndLevelTwoServedAndFromDisk() {
        for (String root : List.of(nginx.root(), MultiUnitSite.directory().toUri().toString())) {
            browser.driver().get(root + "zh/" + after.folder() + "/indicators.html");
            List<WebElement> groups = browser.driver().findElements(By.cssSelector("#all-indicators tbody"));
            int rows = browser.driver().findElements(By.cssSelector("#all-indicators tbody tr:not(.group)")).size();
            assertThat(browser.driver().findElement(By.cssSelector(".level-filter")).isDisplayed()).isTrue();
            Select level1 = new Select(browser.driver().findElement(By.id("filter-level1")));
            Select level2 = new Select(browser.driver().findElement(By.id("filter-level2")));
            level1.selectByValue("成本指标");
            List<WebElement> shown = groups.stream().filter(WebElement::isDisplayed).toList();
            assertThat(shown).extracting(g -> g.getAttribute("data-level1")).containsOnly("成本指标");
            // Every project has one cost indicator, and they come first.
            long shownRows = shown.stream().mapToLong(g -> g.findElements(By.cssSelector("tr:not(.group)")).size()).sum();
            assertThat(shownRows).isEqualTo(thisYear.size());
            assertThat(browser.driver().findElement(By.cssSelector(".level-filter [role=status]")).getText())
                    .isEqualTo(shownRows + " / " + rows);
            // A level 2 of another level 1 cannot be chosen with it.
            assertThat(level2.getOptions().stream().filter(WebElement::isEnabled).map(o -> o.getAttribute("value"))
                    .toList()).containsExactly("", "成本指标/经济成本指标");
            level1.selectByValue("产出指标");
            level2.selectByValue("产出指标/质量指标");
            assertThat(groups.stream().filter(WebElement::isDisplayed).map(g -> g.getAttribute("data-level2")).toList())
                    .containsExactly("产出指标/质量指标");
            level1.selectByValue("");
            level2.selectByValue("");
            assertThat(groups.stream().filter(WebElement::isDisplayed).count()).isEqualTo(groups.size());
        }
    }
}
