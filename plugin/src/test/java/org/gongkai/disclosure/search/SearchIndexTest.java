package org.gongkai.disclosure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;

/**
 * The search index of the Songjiang site, read back: its manifest, what results show of each project, and the exact
 * postings of the words a journalist types, down to the positions that tell a phrase from its characters apart.
 */
class SearchIndexTest {

    @TempDir
    static Path project;

    static SiteFixture site;
    static IndexReader index;
    static List<Project> projects;

    @BeforeAll
    static void generate() {
        ContentFixture content = ContentFixture.seed(project);
        site = new SiteFixture(content).generated();
        index = new IndexReader(site.tree());
        projects = content.load().projects();
    }

    private static int doc(String id) {
        for (int i = 0; i < projects.size(); i++) {
            if (projects.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void theManifestNamesTheShardsTheDeclarationAndTheRulesOfTheQuery() {
        JsonNode m = index.manifest;
        assertThat(m.get("format").asInt()).isEqualTo(1);
        assertThat(m.get("bits").asInt()).isEqualTo(2);
        assertThat(m.get("block").asInt()).isEqualTo(256);
        assertThat(m.get("docs").asInt()).isEqualTo(32);
        assertThat(m.get("weights").toString()).isEqualTo("[8,4,2,1]");
        assertThat(m.get("declarations").toString()).isEqualTo("[[\"\",2024,7]]");
        assertThat(m.get("stopwords")).extracting(JsonNode::asText).containsExactlyElementsOf(Analyzer.STOPWORDS);
        assertThat(site.tree().keySet().stream().filter(p -> p.startsWith("search/")).sorted().toList())
                .containsExactly("search/docs/0.js", "search/manifest.js", "search/t/0.js", "search/t/1.js",
                        "search/t/2.js", "search/t/3.js");
    }

    @Test
    void aResultShowsEachProjectsNameUnitYearAndAnnualFunds() {
        JsonNode docs = index.script("docs/0");
        assertThat(docs.get("unit").toString()).isEqualTo("[\"上海市松江区人民政府信访办公室(本级)\",\"Petitions Office of the "
                + "People's Government of Songjiang District, Shanghai (office level)\"]");
        assertThat(docs.get("year").asInt()).isEqualTo(2024);
        assertThat(docs.get("path").asText()).isEmpty();
        assertThat(docs.get("docs").get(3).toString()).isEqualTo(
                "[\"return-and-stability\",\"劝返稳控经费\",\"Funds for persuading petitioners to return and for stability "
                        + "control\",\"970000.00\"]");
        assertThat(docs.get("docs")).hasSize(7);
    }

    @Test
    void aPairOfCharactersIsFoundWithItsFieldsAndPositions() {
        // 劝返稳控经费: 稳控 stands at position 2 of the name; the narratives hold it too.
        Map<Integer, IndexReader.Posting> postings = index.postings("稳控");
        int doc = doc("return-and-stability");
        assertThat(postings).containsOnlyKeys(doc);
        IndexReader.Posting posting = postings.get(doc);
        assertThat(posting.fields()).isEqualTo(Field.NAME.bit() | Field.NARRATIVES.bit());
        assertThat(posting.positions().get(Field.NAME.ordinal())).containsExactly(2);
    }

    @Test
    void aPhraseStandsInItsPairsOneAfterAnotherWhereverItIsWritten() {
        // 维稳基金 is the name of the stability fund: its pairs at 0, 1 and 2, nowhere else in a name.
        int fund = doc("stability-fund");
        assertThat(index.postings("维稳").get(fund).positions().get(Field.NAME.ordinal())).containsExactly(0);
        assertThat(index.postings("稳基").get(fund).positions().get(Field.NAME.ordinal())).containsExactly(1);
        assertThat(index.postings("基金").get(fund).positions().get(Field.NAME.ordinal())).containsExactly(2);
        // 维稳 is in four projects, 基金 in one: the fund itself.
        assertThat(index.postings("维稳").keySet()).containsExactlyInAnyOrder(doc("non-establishment-staff"),
                doc("third-party-professionals"), doc("return-and-stability"), fund);
        assertThat(index.postings("基金").keySet()).containsExactly(fund);
    }

    @Test
    void wordsAndSingleCharactersAreFoundByFieldWithoutPositions() {
        Map<Integer, IndexReader.Posting> stability = index.postings(Analyzer.term("Stability"));
        assertThat(stability.get(doc("stability-fund")).fields())
                .isEqualTo(Field.NAME.bit() | Field.INDICATORS.bit() | Field.NARRATIVES.bit());
        assertThat(stability.get(doc("non-establishment-staff")).fields()).isEqualTo(Field.INDICATORS.bit());
        assertThat(stability.get(doc("stability-fund")).positions()).isEmpty();
        // Every project is the unit's: the unit's words are in every project's unit field.
        assertThat(index.postings(Analyzer.term("Petitions")).values()).hasSize(7)
                .allMatch(p -> (p.fields() & Field.UNIT.bit()) != 0);
        assertThat(index.postings("稳").keySet()).hasSize(4);
        assertThat(index.postings("the")).isEmpty();
    }

    @Test
    void theIndexHoldsExactlyTheTermsOfTheTextsAndEachTermsShardIsItsHashs() {
        // Recomputed straight from the projects' texts: every term, its projects and fields, and a pair's positions.
        Map<String, Map<Integer, Map<Integer, List<Integer>>>> expected = expected(projects,
                site.content().load().declaration().unit());
        assertThat(index.terms()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (String term : expected.keySet()) {
            Map<Integer, IndexReader.Posting> postings = index.postings(term);
            assertThat(postings.keySet()).as(term).isEqualTo(expected.get(term).keySet());
            expected.get(term).forEach((doc, fields) -> {
                int mask = fields.keySet().stream().mapToInt(f -> 1 << f).sum();
                assertThat(postings.get(doc).fields()).as(term + " in " + doc).isEqualTo(mask);
                if (term.codePointCount(0, term.length()) == 2 && Analyzer.isHan(term.codePointAt(0))) {
                    assertThat(postings.get(doc).positions()).as(term + " in " + doc).isEqualTo(fields);
                }
            });
        }
    }

    /** Every term of the projects, computed from their texts with the analyzer alone. */
    static Map<String, Map<Integer, Map<Integer, List<Integer>>>> expected(List<Project> projects,
            org.gongkai.disclosure.model.Text unit) {
        Map<String, Map<Integer, Map<Integer, List<Integer>>>> all = new TreeMap<>();
        for (int doc = 0; doc < projects.size(); doc++) {
            Project p = projects.get(doc);
            List<List<org.gongkai.disclosure.model.Text>> fields = List.of(List.of(p.name()),
                    List.of(unit, p.department(), p.implementer()),
                    p.indicators().stream().map(i -> i.name()).toList(),
                    narratives(p));
            for (int f = 0; f < 4; f++) {
                List<String> texts = new ArrayList<>();
                for (org.gongkai.disclosure.model.Text text : fields.get(f)) {
                    if (text != null) {
                        for (String s : text.en() == null ? List.of(text.zh()) : List.of(text.zh(), text.en())) {
                            if (!texts.contains(s)) {
                                texts.add(s);
                            }
                        }
                    }
                }
                int position = 0;
                int field = f;
                int d = doc;
                for (String text : texts) {
                    position = Analyzer.scan(text, position, new Analyzer.Sink() {
                        @Override
                        public void bigram(int first, int second, int at) {
                            entry(all, new StringBuilder().appendCodePoint(first).appendCodePoint(second).toString(), d,
                                    field).add(at);
                        }

                        @Override
                        public void unigram(int character) {
                            entry(all, new String(Character.toChars(character)), d, field);
                        }

                        @Override
                        public void word(String stem) {
                            entry(all, stem, d, field);
                        }
                    }) + 1;
                }
            }
        }
        return all;
    }

    private static List<org.gongkai.disclosure.model.Text> narratives(Project p) {
        List<org.gongkai.disclosure.model.Text> texts = new ArrayList<>();
        texts.add(p.sections().overview());
        texts.add(p.sections().basis());
        texts.add(p.sections().plan());
        texts.add(p.sections().budget());
        p.budgetItems().forEach(item -> texts.add(item.name()));
        texts.add(p.goals().overall());
        texts.add(p.goals().annual());
        return texts;
    }

    private static List<Integer> entry(Map<String, Map<Integer, Map<Integer, List<Integer>>>> all, String term, int doc,
            int field) {
        return all.computeIfAbsent(term, t -> new TreeMap<>()).computeIfAbsent(doc, d -> new TreeMap<>())
                .computeIfAbsent(field, f -> new ArrayList<>());
    }

    @Test
    void everyShardIsAScriptThatHandsItsDataToTheSearchScript() {
        Map<String, Integer> shards = new HashMap<>();
        for (String term : index.terms()) {
            shards.merge("t/" + index.shardOf(term), 1, Integer::sum);
        }
        assertThat(shards).containsOnlyKeys("t/0", "t/1", "t/2", "t/3");
        assertThat(new String(site.tree().get("search/t/0.js"), StandardCharsets.UTF_8))
                .startsWith("GongkaiSearch.put(\"t/0\",{").endsWith("});\n");
    }
}
