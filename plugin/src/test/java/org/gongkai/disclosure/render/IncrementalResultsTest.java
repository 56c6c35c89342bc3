package org.gongkai.disclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.check.ResultRulesTest;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;

/**
 * The results are part of a declaration's fingerprint: a result added, changed or removed republishes the declaration
 * on the next incremental build, which gives the same bytes as a full one.
 */
class IncrementalResultsTest {

    private static final String PAGE = "en/projects/sample.html";

    @Test
    void aResultAddedChangedOrRemovedIsPublishedByTheNextBuild(@TempDir Path dir) throws Exception {
        ContentFixture content = ResultRulesTest.weighted(dir);
        SiteFixture site = new SiteFixture(content).generated();
        Map<String, byte[]> without = site.tree();
        assertThat(site.page(PAGE).select("section#results")).isEmpty();

        content.write(ResultRulesTest.RESULT, ResultRulesTest.GOOD);
        site.generated();
        assertThat(site.page(PAGE).select("table.results-budget tr").last().text())
                .isEqualTo("Score of the execution rate 9.83 of 10");
        assertThat(site.tree()).containsKey("data/results.csv");

        content.write(ResultRulesTest.RESULT, ResultRulesTest.GOOD.replace("score: 9.83", "score: 9.8")
                .replace("99.83", "99.8"));
        site.generated();
        assertThat(site.page(PAGE).select("table.results-budget tr").last().text())
                .isEqualTo("Score of the execution rate 9.8 of 10");
        Map<String, byte[]> incremental = site.tree();
        SiteFixture full = new SiteFixture(content).output(dir.resolve("full"));
        full.generateFull();
        assertThat(full.tree().keySet()).isEqualTo(incremental.keySet());
        full.tree().forEach((path, bytes) -> assertThat(incremental.get(path)).as(path).isEqualTo(bytes));

        Files.delete(content.file(ResultRulesTest.RESULT));
        site.generated();
        assertThat(site.tree().keySet()).isEqualTo(without.keySet());
        without.forEach((path, bytes) -> assertThat(site.tree().get(path)).as(path).isEqualTo(bytes));
    }
}
