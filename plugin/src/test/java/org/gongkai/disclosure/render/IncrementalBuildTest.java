package org.gongkai.disclosure.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.engine.GenerateReport;
import org.gongkai.disclosure.search.Analyzer;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reruns rewrite only what depends on what changed, and always give the same site as a full build. A file taken
 * unchanged from the published site keeps its inode (it is hard-linked), so inodes tell what was rewritten.
 */
class IncrementalBuildTest {

    @TempDir
    Path project;

    private ContentFixture content(Path dir) {
        return ContentFixture.twoUnitsTwoYears(dir);
    }

    private static Map<String, Object> inodes(Path site) {
        Map<String, Object> inodes = new TreeMap<>();
        SiteFixture.tree(site).keySet().forEach(path -> {
            try {
                inodes.put(path, Files.getAttribute(site.resolve(path), "unix:ino"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return inodes;
    }

    private static Set<String> rewritten(Map<String, Object> before, Map<String, Object> after) {
        Set<String> changed = new TreeSet<>();
        after.forEach((path, inode) -> {
            if (!inode.equals(before.get(path))) {
                changed.add(path);
            }
        });
        return changed;
    }

    /** The shards of the search index (search/t/*.js) that hold the term of {@code word}. */
    private static List<String> shardsHolding(SiteFixture site, String word) {
        String key = "\"" + Analyzer.term(word) + "\":";
        return site.tree().entrySet().stream()
                .filter(file -> file.getKey().matches("search/t/[0-9]+\\.js")
                        && new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8).contains(key))
                .map(Map.Entry::getKey).toList();
    }

    @SafeVarargs
    private static Set<String> union(List<String>... lists) {
        Set<String> all = new TreeSet<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    @Test
    void anUnchangedRerunWritesNothing() {
        SiteFixture site = new SiteFixture(content(project)).generated();
        Map<String, Object> before = inodes(site.output());
        GenerateReport again = site.generate();
        assertThat(again.written().files()).isZero();
        assertThat(inodes(site.output())).isEqualTo(before);
        assertThat(Files.exists(site.output().resolveSibling(".disclosure.gongkai/staging"))).isFalse();
    }

    @Test
    void aChangedProjectRewritesOnlyThePagesThatDependOnItAndTheResultEqualsAFullBuild() {
        ContentFixture content = content(project.resolve("incremental"));
        SiteFixture site = new SiteFixture(content).generated();
        Map<String, Object> before = inodes(site.output());

        content.replace("xfb-2024/projects/01.yaml", "en: Sample project 1}", "en: Renamed project 1}");
        site.generated();

        // Only the English name changed: p1's English page; p2's, whose "previous project" link names p1; the
        // English index of the declaration and its English page of all indicators; the downloads that hold the name;
        // what search results show of the declaration's projects; and the two shards of the search index that hold
        // the words whose projects changed: "renamed", new, and "sample", no longer in p1's name. Nothing else, not
        // even the Chinese pages of the same projects, is written again.
        Map<String, Object> after = inodes(site.output());
        assertThat(rewritten(before, after)).containsExactlyInAnyOrderElementsOf(union(List.of(
                "en/xfb-2024/projects/p1.html", "en/xfb-2024/projects/p2.html", "en/xfb-2024/index.html",
                "en/xfb-2024/indicators.html", "data/xfb-2024/projects.csv", "data/xfb-2024/disclosure.json",
                "data/xfb-2024/changes.csv", "search/docs/xfb-2024/0.js"),
                shardsHolding(site, "renamed"), shardsHolding(site, "sample")));
        assertThat(shardsHolding(site, "renamed")).hasSize(1);

        ContentFixture fresh = content(project.resolve("full"));
        fresh.replace("xfb-2024/projects/01.yaml", "en: Sample project 1}", "en: Renamed project 1}");
        Map<String, byte[]> full = new SiteFixture(fresh).generated().tree();
        Map<String, byte[]> incremental = site.tree();
        assertThat(incremental.keySet()).isEqualTo(full.keySet());
        full.forEach((path, bytes) -> assertThat(incremental.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void addingAndRemovingProjectsGivesTheSameSiteAsAFullBuild() {
        ContentFixture content = content(project.resolve("incremental"));
        SiteFixture site = new SiteFixture(content).generated();
        content.write("jyj-2024/projects/06.yaml", content.read("jyj-2024/projects/05.yaml").replace("id: p5", "id: p6"));
        try {
            Files.delete(content.file("xfb-2023/projects/03.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        site.generated();
        ContentFixture fresh = content(project.resolve("full"));
        fresh.write("jyj-2024/projects/06.yaml", fresh.read("jyj-2024/projects/05.yaml").replace("id: p5", "id: p6"));
        try {
            Files.delete(fresh.file("xfb-2023/projects/03.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, byte[]> full = new SiteFixture(fresh).generated().tree();
        assertThat(site.tree().keySet()).isEqualTo(full.keySet()).contains("zh/jyj-2024/projects/p6.html")
                .doesNotContain("zh/xfb-2023/projects/p3.html");
        full.forEach((path, bytes) -> assertThat(site.tree().get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void aThemeChangeRebuildsEveryPage() throws IOException {
        ContentFixture content = content(project);
        Path theme = Files.createDirectories(project.resolve("theme/assets"));
        Files.writeString(theme.resolve("extra.css"), "a {}");
        SiteFixture site = new SiteFixture(content).theme(project.resolve("theme")).generated();
        Map<String, Object> before = inodes(site.output());
        Files.writeString(theme.resolve("extra.css"), "a { color: red; }");
        GenerateReport report = site.generate();
        // Every page may use the theme: each file of the site is written anew, none is taken from before.
        Map<String, Object> after = inodes(site.output());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(rewritten(before, after)).isEqualTo(after.keySet());
        assertThat(report.written().files()).isEqualTo(after.size() - 1); // all but the marker, which is not counted
        assertThat(site.text("assets/extra.css")).isEqualTo("a { color: red; }");
    }

    @Test
    void aDeclarationFolderRemovedFromThePublishedSiteIsNoticedAndTheSiteRebuiltWhole() throws IOException {
        SiteFixture site = new SiteFixture(content(project)).generated();
        Map<String, byte[]> before = site.tree();
        org.gongkai.disclosure.write.SiteWriterAccess.deleteTree(site.output().resolve("zh/jyj-2024"));
        site.content().replace("xfb-2024/projects/01.yaml", "en: Sample project 1}", "en: Renamed project 1}");

        assertThat(site.generate().generated()).isTrue();

        assertThat(site.tree().get("zh/jyj-2024/projects/p3.html")).isEqualTo(before.get("zh/jyj-2024/projects/p3.html"));
        assertThat(site.tree().keySet()).isEqualTo(before.keySet());
    }

    /**
     * A rerun trusts the marker to list every file of an unchanged declaration only while it is the very file the last
     * build left; edited since, even by a letter that keeps it as long and in order, each of their files is looked up
     * in it, and one it no longer lists builds the site whole.
     */
    @Test
    void aPageRemovedByHandWithItsLineOfTheMarkerIsNoticedAndTheSiteRebuiltWhole() throws IOException {
        SiteFixture site = new SiteFixture(content(project)).generated();
        Map<String, byte[]> before = site.tree();
        String page = "zh/jyj-2024/projects/p3.html";
        Files.delete(site.output().resolve(page));
        Path marker = site.output().resolve(org.gongkai.disclosure.write.SiteWriter.MARKER);
        String listed = Files.readString(marker);
        Files.writeString(marker, listed.replace(page + "\n", "zh/jyj-2024/projects/p3.htmx\n"));
        assertThat(Files.size(marker)).isEqualTo(listed.length());
        site.content().replace("xfb-2024/projects/01.yaml", "en: Sample project 1}", "en: Renamed project 1}");

        assertThat(site.generate().generated()).isTrue();

        assertThat(site.tree().get(page)).isEqualTo(before.get(page));
        assertThat(Files.readString(marker)).contains(page + "\n");
        ContentFixture fresh = content(project.resolve("full"));
        fresh.replace("xfb-2024/projects/01.yaml", "en: Sample project 1}", "en: Renamed project 1}");
        assertSameSite(site.output(), fresh);
    }

    @Test
    void aFullBuildOnRequestRestoresASinglePageRemovedByHand() throws IOException {
        SiteFixture site = new SiteFixture(content(project)).generated();
        Map<String, byte[]> before = site.tree();
        Files.delete(site.output().resolve("zh/jyj-2024/projects/p3.html"));

        assertThat(site.generate().written().files()).isZero(); // trusted as published: the content is unchanged
        assertThat(site.generateFull().generated()).isTrue();

        assertThat(site.tree().get("zh/jyj-2024/projects/p3.html")).isEqualTo(before.get("zh/jyj-2024/projects/p3.html"));
    }

    /** Generates incrementally into {@code output} and returns what the run said of the declarations it took. */
    private static String reusedLine(ContentFixture content, Path output) {
        List<String> lines = new java.util.ArrayList<>();
        try {
            new org.gongkai.disclosure.engine.Engine(content.settings(), lines::add)
                    .generate(new org.gongkai.disclosure.engine.SiteSettings(output, null,
                            org.gongkai.disclosure.model.SiteOptions.NONE, false), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.gongkai.disclosure.engine.ConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return lines.stream().filter(line -> line.contains("declarations unchanged")).findFirst().orElse("none taken");
    }

    /**
     * A unit's years depend on each other in two ways: a year compares its projects with the year before's, so a
     * change there builds it again; the other years' pages only link the same ids, so a project renamed this year
     * leaves last year as published, and one removed this year builds last year again (its page loses the link).
     * Each time the site is the one a full build gives.
     */
    @Test
    void aYearIsBuiltAgainForWhatItTakesFromItsUnitsOtherYearsAndNoMore() {
        ContentFixture content = content(project.resolve("incremental"));
        Path output = project.resolve("incremental-site");
        reusedLine(content, output);
        ContentFixture fresh = content(project.resolve("full"));

        content.replace("xfb-2024/projects/01.yaml", "en: Sample project 1}", "en: Renamed project 1}");
        fresh.replace("xfb-2024/projects/01.yaml", "en: Sample project 1}", "en: Renamed project 1}");
        assertThat(reusedLine(content, output)).as("only 2024 is built: 2023 and the other unit are taken")
                .endsWith("(2 of 3 declarations unchanged)");
        assertSameSite(output, fresh);

        content.replace("xfb-2023/projects/02.yaml", "en: Sample project 2}", "en: Renamed in 2023}");
        fresh.replace("xfb-2023/projects/02.yaml", "en: Sample project 2}", "en: Renamed in 2023}");
        assertThat(reusedLine(content, output)).as("2023 and 2024, which compares with it, are built")
                .endsWith("(1 of 3 declarations unchanged)");
        assertSameSite(output, fresh);

        for (ContentFixture each : List.of(content, fresh)) {
            try {
                Files.delete(each.file("xfb-2024/projects/03.yaml"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(reusedLine(content, output)).as("2024's ids changed: 2023's p3 no longer links it")
                .endsWith("(1 of 3 declarations unchanged)");
        assertSameSite(output, fresh);
    }

    private static void assertSameSite(Path output, ContentFixture fresh) {
        Map<String, byte[]> full = new SiteFixture(fresh).output(fresh.file("..").resolve("full-site-" + System.nanoTime()))
                .generated().tree();
        Map<String, byte[]> incremental = SiteFixture.tree(output);
        assertThat(incremental.keySet()).isEqualTo(full.keySet());
        full.forEach((path, bytes) -> assertThat(incremental.get(path)).as(path).isEqualTo(bytes));
    }
}
