package org.gongkai.disclosure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How texts become terms: pairs of Han characters with positions, single characters, folded and stemmed words. */
class AnalyzerTest {

    /** Every term scanned, as "pair@position", "char" or "word:stem". */
    private static List<String> terms(String text, int base) {
        List<String> terms = new ArrayList<>();
        int end = Analyzer.scan(text, base, new Analyzer.Sink() {
            @Override
            public void bigram(int first, int second, int position) {
                terms.add(new StringBuilder().appendCodePoint(first).appendCodePoint(second) + "@" + position);
            }

            @Override
            public void unigram(int character) {
                terms.add(new String(Character.toChars(character)));
            }

            @Override
            public void word(String stem) {
                terms.add("word:" + stem);
            }
        });
        terms.add("end@" + end);
        return terms;
    }

    @Test
    void aRunOfHanCharactersGivesEachCharacterAndEveryPairWithItsPosition() {
        assertThat(terms("劝返稳控经费", 0)).containsExactly("劝", "返", "劝返@0", "稳", "返稳@1", "控", "稳控@2", "经",
                "控经@3", "费", "经费@4", "end@6");
    }

    @Test
    void punctuationDigitsAndLatinLettersEndARunSoNoPairSpansThem() {
        assertThat(terms("维稳，基金", 10)).containsExactly("维", "稳", "维稳@10", "基", "金", "基金@13", "end@15");
        assertThat(terms("G60科创走廊", 0)).containsExactly("word:g60", "科", "创", "科创@3", "走", "创走@4", "廊",
                "走廊@5", "end@7");
        // A character beyond the Basic Multilingual Plane counts as one position.
        assertThat(terms("𠀀𠀁", 0)).containsExactly("𠀀", "𠀁", "𠀀𠀁@0", "end@2");
    }

    @Test
    void wordsAreFoldedStemmedAndStopWordsAndSingleLettersDropped() {
        assertThat(terms("The Monitoring of SCHOOLS, a café — Ｆｕｌｌ-time people's services", 0)).containsExactly(
                "word:monitor", "word:school", "word:cafe", "word:full", "word:time", "word:peopl", "word:servic",
                "end@63");
        assertThat(List.of("monitoring", "monitored", "monitors", "applied", "applies", "stability", "status",
                "analysis", "planned", "timely", "improve", "improved", "2024"))
                .extracting(Analyzer::term)
                .containsExactly("monitor", "monitor", "monitor", "apply", "apply", "stability", "status", "analysis",
                        "plan", "time", "improv", "improv", "2024");
        assertThat(Analyzer.term("the")).isNull();
        assertThat(Analyzer.term("s")).isNull();
        assertThat(Analyzer.term("7")).isEqualTo("7");
        assertThat(Analyzer.term("a".repeat(Analyzer.MAX_WORD + 1))).isNull();
    }

    /**
     * A scanned word has the term {@link Analyzer#term} gives it, however often it comes and in whatever case: more
     * words than a thread keeps, and words whose hashes all collide, which a thread keeps only as far as a look-up
     * goes to find them.
     */
    @Test
    void aWordScannedAgainHasTheTermItHadTheFirstTime() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < Analyzer.AsciiTerms.MAX_WORDS + 2_000; i++) {
            words.add("Service" + Integer.toString(i, 36) + (i % 3 == 0 ? "ing" : i % 3 == 1 ? "s" : ""));
        }
        for (int i = 0; i < 1 << 10; i++) { // "Aa" and "BB" have one hash, so all 1,024 of these words have one
            StringBuilder word = new StringBuilder();
            for (int bit = 0; bit < 10; bit++) {
                word.append((i >> bit & 1) == 0 ? "Aa" : "BB");
            }
            words.add(word.toString());
        }
        words.addAll(List.of("The", "of", "A", "monitoring", "MONITORED", "café", "Ｆｕｌｌ", "x", "7"));
        List<String> expected = new ArrayList<>();
        for (String word : words) {
            String term = Analyzer.term(word);
            if (term != null) {
                expected.add("word:" + term);
            }
        }
        for (int round = 0; round < 3; round++) {
            List<String> scanned = new ArrayList<>();
            for (String word : words) {
                scanned.addAll(terms(round == 2 ? word.toLowerCase(java.util.Locale.ROOT) : word, 0));
                scanned.remove(scanned.size() - 1); // its end
            }
            assertThat(scanned).as("round %d", round).isEqualTo(round == 2 ? expected.stream()
                    .map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList() : expected);
        }
    }

    @Test
    void aCompatibilityIdeographIsIndexedAsTheCharacterItStandsFor() {
        // U+F900 豈 is the compatibility form of U+8C48 豈.
        assertThat(terms("\uF900", 0)).containsExactly("\u8C48", "end@1");
    }
}
