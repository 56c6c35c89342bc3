package org.gongkai.disclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.ProjectSummary;
import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;

/** The one list of the site's files: what it holds for sites small and large, and that it is what is published. */
class RouteTableTest {

    private static final List<Language> BOTH = List.of(Language.ZH, Language.EN);

    private static DeclarationEntry entry(String folder, int year, int projects) {
        List<ProjectSummary> summaries = new ArrayList<>();
        for (int i = 0; i < projects; i++) {
            summaries.add(new ProjectSummary(i, "p" + i, new Text("项目" + i, "Project " + i, null), null,
                    BigDecimal.TEN.setScale(2), BigDecimal.ONE.setScale(2), 3, 2, 2 + 3 * i));
        }
        Declaration declaration = new Declaration(null, year, null, new Text("单位" + folder, null, null), null,
                new Text("申报表", null, null), null, null, BOTH, null);
        return new DeclarationEntry(folder, declaration, summaries, List.of("projects.csv", "indicators.csv",
                "changes.csv", "disclosure.json", "datapackage.json"));
    }

    @Test
    void aSingleDeclarationHasItsIndexPagesProjectsDownloadsAndTheSitesOwnFiles() {
        RouteTable routes = RouteTable.of(BOTH, false, List.of(entry(null, 2024, 150)), List.of("site.css", "site.js"));
        assertThat(routes.of(RouteTable.Kind.DECLARATION_INDEX)).extracting(RouteTable.Route::path)
                .containsExactly("zh/index.html", "zh/index-2.html", "en/index.html", "en/index-2.html");
        assertThat(routes.of(RouteTable.Kind.PROJECT)).hasSize(300).extracting(RouteTable.Route::path)
                .contains("zh/projects/p0.html", "en/projects/p149.html");
        assertThat(routes.of(RouteTable.Kind.DOWNLOAD)).extracting(RouteTable.Route::path).containsExactly(
                "data/projects.csv", "data/indicators.csv", "data/changes.csv", "data/disclosure.json",
                "data/datapackage.json");
        // 150 projects of 3 indicators: 450 rows, one page of all indicators in each language.
        assertThat(routes.of(RouteTable.Kind.INDICATORS)).extracting(RouteTable.Route::path)
                .containsExactly("zh/indicators.html", "en/indicators.html");
        // What search results show of the projects, 32 to a file; the index's own files are given.
        assertThat(routes.of(RouteTable.Kind.SEARCH)).extracting(RouteTable.Route::path).containsExactly(
                "search/docs/0.js", "search/docs/1.js", "search/docs/2.js", "search/docs/3.js", "search/docs/4.js");
        assertThat(routes.of(RouteTable.Kind.SITEMAP)).extracting(RouteTable.Route::path).containsExactly("sitemap.xml");
        assertThat(routes.paths()).contains("index.html", "404.html", "assets/site.css", "assets/site.js")
                .doesNotHaveDuplicates().hasSize(4 + 300 + 2 + 5 + 5 + 1 + 2 + 2);
        assertThat(routes.count(RouteTable.Kind::isIndex)).isEqualTo(4);
        assertThat(routes.count(RouteTable.Kind::isIndexed)).isEqualTo(4 + 300 + 2);
    }

    @Test
    void aCitysSiteOfManyDeclarationsGetsYearPagesAndASplitSitemap() {
        List<DeclarationEntry> entries = new ArrayList<>();
        for (int i = 0; i < 320; i++) {
            entries.add(entry("unit-" + i, i % 2 == 0 ? 2024 : 2023, 80));
        }
        RouteTable routes = RouteTable.of(BOTH, true, entries, List.of());
        // 320 declarations are more than the site index lists itself: 160 a year, one year page of up to 200 each.
        assertThat(routes.of(RouteTable.Kind.YEAR_INDEX)).extracting(RouteTable.Route::path)
                .containsExactly("zh/year-2024.html", "zh/year-2023.html", "en/year-2024.html", "en/year-2023.html");
        long addresses = routes.count(RouteTable.Kind::isIndexed);
        // In each language: the site index, 2 year pages, 320 declaration indexes, 25,600 project pages and 320
        // pages of all indicators. In two languages that is 52,486 addresses, over the sitemap protocol's 50,000 a
        // file.
        assertThat(addresses).isEqualTo(2 * (1 + 2 + 320 + 320 * 80 + 320));
        assertThat(routes.of(RouteTable.Kind.SITEMAP)).extracting(RouteTable.Route::path)
                .containsExactly("sitemap-1.xml", "sitemap-2.xml", "sitemap.xml");
        assertThat(routes.paths()).doesNotHaveDuplicates();
    }

    @Test
    void thePublishedSiteHoldsExactlyTheFilesItsMarkerLists(@TempDir java.nio.file.Path project) {
        SiteFixture site = new SiteFixture(ContentFixture.seed(project)).generated();
        Set<String> files = new HashSet<>(site.tree().keySet());
        files.remove(".gongkai");
        List<String> marker = List.of(site.text(".gongkai").split("\n"));
        assertThat(marker.subList(marker.indexOf("gongkai-files 1") + 1, marker.size())).containsExactlyInAnyOrderElementsOf(files);
        // Landing and 404; two indexes; 14 project pages; two pages of all indicators; five downloads; the sitemap;
        // five assets; the search index's manifest, its four shards and its one file of project descriptions.
        assertThat(files).hasSize(2 + 2 + 7 * 2 + 2 + 5 + 1 + 5 + 6);
        assertThat(files).contains("search/manifest.js", "search/t/0.js", "search/t/3.js", "search/docs/0.js",
                "assets/search.js", "assets/indicators.js", "data/changes.csv");
    }
}
