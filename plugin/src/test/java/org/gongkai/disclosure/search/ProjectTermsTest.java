package org.gongkai.disclosure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gongkai.disclosure.model.Text;

/** The terms of a project's texts, and where they stand. */
class ProjectTermsTest {

    private static List<String> pairs(ProjectTerms terms) {
        return Arrays.stream(terms.han).filter(o -> ProjectTerms.isPair(ProjectTerms.term(o)))
                .mapToObj(o -> ProjectTerms.name(ProjectTerms.term(o)) + "@" + ProjectTerms.position(o)).toList();
    }

    @Test
    void pairsPastTheLastPositionAreKeptThereOnceEach() {
        ProjectTerms.Collector collector = new ProjectTerms.Collector();
        // Over a million characters of a narrative (the loader lets a file of 2 MB through), then a phrase, twice.
        collector.field(Field.NARRATIVES, new Text("a".repeat(1_100_000) + "独特短语，独特短语", null, null));
        int far = ProjectTerms.MAX_POSITION;
        assertThat(pairs(collector.done())).containsExactlyInAnyOrder("独特@" + far, "特短@" + far, "短语@" + far);
    }

    @Test
    void pairsWithinTheFirstMillionCharactersHaveTheirOwnPositions() {
        ProjectTerms.Collector collector = new ProjectTerms.Collector();
        collector.field(Field.NARRATIVES, new Text("独特短语", null, null));
        assertThat(pairs(collector.done())).containsExactlyInAnyOrder("独特@0", "特短@1", "短语@2");
    }
}
