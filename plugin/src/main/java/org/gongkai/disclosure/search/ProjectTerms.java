package org.gongkai.disclosure.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.gongkai.disclosure.model.BudgetItem;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.Sections;
import org.gongkai.disclosure.model.Text;

/**
 * The search terms of one project, made on a worker while its pages are rendered: every Han character and pair of
 * characters with the fields it stands in (a pair also with its positions), and every word with its fields.
 * Compact, so that a batch of projects in flight stays small.
 */
public final class ProjectTerms {

    /** Positions of pairs are kept below this many code points into a field (far beyond any real text). */
    static final int MAX_POSITION = (1 << 20) - 1;

    /** Each Han occurrence as {@code term << 22 | field << 20 | position}, sorted; see {@link #term}. */
    final long[] han;
    final String[] words;
    final byte[] wordFields;

    private ProjectTerms(long[] han, String[] words, byte[] wordFields) {
        this.han = han;
        this.words = words;
        this.wordFields = wordFields;
    }

    /** The term of a Han occurrence: a character, or a pair as {@code first << 21 | second} (always larger). */
    static long term(long occurrence) {
        return occurrence >>> 22;
    }

    static int field(long occurrence) {
        return (int) (occurrence >>> 20) & 3;
    }

    static int position(long occurrence) {
        return (int) occurrence & MAX_POSITION;
    }

    static boolean isPair(long term) {
        return term >= 1L << 21;
    }

    /** The term as the index names it: its one or two characters. */
    static String name(long term) {
        if (!isPair(term)) {
            return new String(Character.toChars((int) term));
        }
        return new StringBuilder(4).appendCodePoint((int) (term >>> 21)).appendCodePoint((int) (term & 0x1FFFFF))
                .toString();
    }

    /** The terms of a project of a declaration of {@code unit}. */
    public static ProjectTerms of(Project project, Text unit) {
        Collector collector = new Collector();
        collector.field(Field.NAME, project.name());
        collector.field(Field.UNIT, unit, project.department(), project.implementer());
        Text[] indicators = project.indicators().stream().map(Indicator::name).toArray(Text[]::new);
        collector.field(Field.INDICATORS, indicators);
        Sections s = project.sections();
        Text[] narratives = new Text[6 + project.budgetItems().size()];
        int n = 0;
        narratives[n++] = s.overview();
        narratives[n++] = s.basis();
        narratives[n++] = s.plan();
        narratives[n++] = s.budget();
        for (BudgetItem item : project.budgetItems()) {
            narratives[n++] = item.name();
        }
        narratives[n++] = project.goals().overall();
        narratives[n] = project.goals().annual();
        collector.field(Field.NARRATIVES, narratives);
        return collector.done();
    }

    /** Gathers the occurrences, field by field. */
    static final class Collector implements Analyzer.Sink {
        private long[] han = new long[1024];
        private int count;
        private final Map<String, Integer> words = new HashMap<>();
        private int field;
        /** The single characters of the current field so far: each is recorded once a field, not at every place. */
        private int[] seen = new int[256];
        private int seenCount;

        void field(Field f, Text... texts) {
            field = f.ordinal();
            java.util.Arrays.fill(seen, 0);
            seenCount = 0;
            // A text given twice (the department that is also the unit, say) is indexed once.
            Set<String> strings = new LinkedHashSet<>();
            for (Text text : texts) {
                if (text != null) {
                    strings.add(text.zh());
                    if (text.en() != null) {
                        strings.add(text.en());
                    }
                }
            }
            int position = 0;
            for (String string : strings) {
                // One position between texts, so that no pair is taken across two of them.
                position = Analyzer.scan(string, position, this) + 1;
            }
        }

        @Override
        public void bigram(int first, int second, int position) {
            // Past the first million characters of a field every pair stands at the last position: still found,
            // and a phrase there is confirmed by its pairs being there at all (search.js), as no real filing needs.
            add(((long) first << 21 | second) << 22 | (long) field << 20 | Math.min(position, MAX_POSITION));
        }

        @Override
        public void unigram(int character) {
            if (firstInField(character)) {
                add((long) character << 22 | (long) field << 20);
            }
        }

        /** True the first time a character comes in the current field (an open-addressing set; 0 is no character). */
        private boolean firstInField(int character) {
            if (seenCount * 2 >= seen.length) {
                int[] old = seen;
                seen = new int[old.length * 2];
                seenCount = 0;
                for (int c : old) {
                    if (c != 0) {
                        insert(c);
                    }
                }
            }
            return insert(character);
        }

        private boolean insert(int character) {
            int mask = seen.length - 1;
            int i = (character * 0x9E3779B9) >>> 8 & mask;
            while (seen[i] != 0) {
                if (seen[i] == character) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            seen[i] = character;
            seenCount++;
            return true;
        }

        @Override
        public void word(String stem) {
            words.merge(stem, 1 << field, (a, b) -> a | b);
        }

        /** A sorted array without its repeats. */
        private static long[] distinct(long[] sorted) {
            int n = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[n++] = sorted[i];
                }
            }
            return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
        }

        private void add(long occurrence) {
            if (count == han.length) {
                han = Arrays.copyOf(han, count * 2);
            }
            han[count++] = occurrence;
        }

        ProjectTerms done() {
            long[] sorted = Arrays.copyOf(han, count);
            Arrays.sort(sorted);
            sorted = distinct(sorted); // the pairs past the last position come there once each
            String[] wordList = words.keySet().toArray(String[]::new);
            Arrays.sort(wordList);
            byte[] fields = new byte[wordList.length];
            for (int i = 0; i < wordList.length; i++) {
                fields[i] = words.get(wordList[i]).byteValue();
            }
            return new ProjectTerms(sorted, wordList, fields);
        }
    }
}
