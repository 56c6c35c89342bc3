package org.gongkai.disclosure.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How text becomes search terms, here when the index is built and in the search script ({@code assets/search.js})
 * when a reader types a query; the two must agree, character for character.
 *
 * <ul>
 * <li>Chinese needs no dictionary: a run of Han characters gives every overlapping pair of characters (a bigram, with
 * its position, so that a phrase is confirmed by its pairs standing one after another) and every single character
 * (for queries of one character). A run ends at anything that is not Han, so pairs never span punctuation.</li>
 * <li>Every other run of letters, digits and combining marks is a word: folded (compatibility forms, accents and case
 * taken off), stop words and single letters dropped, then stemmed by {@link #stem}.</li>
 * </ul>
 */
public final class Analyzer {

    /** What {@link #scan} finds. */
    public interface Sink {
        /** A pair of Han characters at {@code position} (the first one's, in code points from the text's start). */
        void bigram(int first, int second, int position);

        /** A single Han character. */
        void unigram(int character);

        /** A word, folded and stemmed. */
        void word(String stem);
    }

    /** Words longer than this are not indexed (nor searched): no real word is, and they would bloat the index. */
    public static final int MAX_WORD = 48;

    /** English words too common to find anything by; the search script reads the same list from the manifest. */
    public static final List<String> STOPWORDS = List.of("a", "an", "and", "are", "as", "at", "be", "by", "for",
            "from", "has", "in", "into", "is", "it", "its", "of", "on", "or", "that", "the", "their", "this", "to",
            "was", "were", "which", "with");
    private static final Set<String> STOP = Set.copyOf(STOPWORDS);
    /**
     * Each thread's terms of the plain ASCII words it has seen (a site's English repeats a small vocabulary, and
     * stemming a word again cost more than looking it up), looked up from the word's characters.
     */
    private static final ThreadLocal<AsciiTerms> ASCII_TERMS = ThreadLocal.withInitial(AsciiTerms::new);
    private static final String NO_TERM = new String("no term"); // compared by identity, never a real term

    private Analyzer() {
    }

    /**
     * Scans {@code text}, whose first code point stands at {@code base}; returns the position after its last code
     * point, so that the texts of one field follow each other.
     */
    public static int scan(String text, int base, Sink sink) {
        // An array, not the string: the client compiler, which builds run with, checks the index of every charAt.
        char[] chars = text.toCharArray();
        AsciiTerms asciiTerms = ASCII_TERMS.get();
        int position = base;
        int runStart = -1;
        int previous = 0;
        int wordStart = -1;
        int i = 0;
        int length = chars.length;
        while (i < length) {
            int cp = Character.codePointAt(chars, i);
            int width = Character.charCount(cp);
            if (isHan(cp)) {
                if (wordStart >= 0) {
                    word(chars, wordStart, i, asciiTerms, sink);
                    wordStart = -1;
                }
                cp = hanFolded(cp);
                sink.unigram(cp);
                if (runStart >= 0) {
                    sink.bigram(previous, cp, position - 1);
                } else {
                    runStart = position;
                }
                previous = cp;
            } else {
                runStart = -1;
                if (isWordPart(cp)) {
                    if (wordStart < 0) {
                        wordStart = i;
                    }
                } else if (wordStart >= 0) {
                    word(chars, wordStart, i, asciiTerms, sink);
                    wordStart = -1;
                }
            }
            i += width;
            position++;
        }
        if (wordStart >= 0) {
            word(chars, wordStart, length, asciiTerms, sink);
        }
        return position;
    }

    private static void word(char[] chars, int start, int end, AsciiTerms asciiTerms, Sink sink) {
        if (end - start > MAX_WORD) {
            return;
        }
        String stem = asciiTerms.term(chars, start, end);
        if (stem == NO_TERM) {
            return;
        }
        if (stem == null) {
            stem = term(new String(chars, start, end - start)); // not plain ASCII: folded first
        }
        if (stem != null) {
            sink.word(stem);
        }
    }

    /**
     * The terms of plain ASCII words by the word in lower case (which is folded already), in an open-addressing table
     * looked up by the characters themselves: no string is made for a word seen before. Past {@link #MAX_WORDS}
     * words, or {@link #MAX_PROBES} slots from a word's own, new ones are stemmed each time and not kept, so that a
     * thread's table stays small and each look-up short.
     */
    static final class AsciiTerms {
        static final int MAX_WORDS = 8192;
        /**
         * Slots a look-up tries: words whose hashes collide (every word of "Aa" and "BB" of one length has the same
         * one) would otherwise make each look-up walk all of them. A word is kept only where a look-up will find it.
         */
        static final int MAX_PROBES = 32;
        private String[] words = new String[256];
        private String[] terms = new String[256];
        private int count;

        /** The term of {@code chars[start, end)}, {@link #NO_TERM} for none; null when the word is not plain ASCII. */
        String term(char[] chars, int start, int end) {
            int hash = 0;
            for (int i = start; i < end; i++) {
                char c = chars[i];
                if (c >= 0x80) {
                    return null;
                }
                hash = 31 * hash + lower(c); // as String.hashCode of the word in lower case
            }
            int mask = words.length - 1;
            int slot = (hash ^ hash >>> 16) & mask;
            int probes = 0;
            for (String word; probes < MAX_PROBES && (word = words[slot]) != null; probes++) {
                if (sameLowerCase(word, chars, start, end)) {
                    return terms[slot];
                }
                slot = (slot + 1) & mask;
            }
            char[] lower = new char[end - start];
            for (int i = start; i < end; i++) {
                lower[i - start] = lower(chars[i]);
            }
            String word = new String(lower);
            String term = termOfFolded(word);
            String kept = term == null ? NO_TERM : term;
            if (count < MAX_WORDS && probes < MAX_PROBES) {
                words[slot] = word;
                terms[slot] = kept;
                if (++count * 2 > words.length) {
                    grow();
                }
            }
            return kept;
        }

        private static char lower(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }

        private static boolean sameLowerCase(String word, char[] chars, int start, int end) {
            if (word.length() != end - start) {
                return false;
            }
            for (int i = start; i < end; i++) {
                if (word.charAt(i - start) != lower(chars[i])) {
                    return false;
                }
            }
            return true;
        }

        private void grow() {
            String[] oldWords = words;
            String[] oldTerms = terms;
            words = new String[oldWords.length * 2];
            terms = new String[oldWords.length * 2];
            int mask = words.length - 1;
            for (int i = 0; i < oldWords.length; i++) {
                if (oldWords[i] != null) {
                    int hash = oldWords[i].hashCode();
                    int slot = (hash ^ hash >>> 16) & mask;
                    for (int probes = 1; words[slot] != null && probes < MAX_PROBES; probes++) {
                        slot = (slot + 1) & mask;
                    }
                    if (words[slot] == null) {
                        words[slot] = oldWords[i];
                        terms[slot] = oldTerms[i];
                    } else {
                        count--; // where no look-up would find it
                    }
                }
            }
        }
    }

    /** A word as the index holds it, or null for a stop word, a single letter or a word too long. */
    public static String term(String word) {
        return termOfFolded(fold(word));
    }

    private static String termOfFolded(String folded) {
        if (folded.isEmpty() || folded.length() > MAX_WORD || STOP.contains(folded)
                || (folded.length() == 1 && !Character.isDigit(folded.charAt(0)))) {
            return null;
        }
        return stem(folded);
    }

    /** True for a character of the Han script (汉字), which is indexed by pairs of characters. */
    public static boolean isHan(int cp) {
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true; // the common block, most of any Chinese text, without a table lookup
        }
        return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** True for a letter, a decimal digit or a combining mark, which make up words (Han characters aside). */
    static boolean isWordPart(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** A compatibility ideograph (豈 U+F900…) as the unified one it stands for; any other character as it is. */
    static int hanFolded(int cp) {
        if ((cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F)) {
            String folded = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
            return folded.codePointCount(0, folded.length()) == 1 ? folded.codePointAt(0) : cp;
        }
        return cp;
    }

    /** Compatibility forms (full-width Ａ, ligatures) and accents taken off, then lower case. */
    static String fold(String word) {
        if (isPlainAscii(word)) {
            return word.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> {
            int type = Character.getType(cp);
            return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK;
        }).forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isPlainAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * A light English stemmer, enough that {@code monitoring}, {@code monitored} and {@code monitors} meet,
     * {@code services} meets {@code service} and {@code applied} meets {@code applies}: plural endings and
     * {@code -ied}, then {@code -ing}, {@code -ed} and {@code -ly}, then a doubled last consonant and a final
     * {@code e}. Words of three letters or fewer stay as they are.
     */
    public static String stem(String word) {
        String w = word;
        if (w.length() <= 3 || !isLatinLower(w)) {
            return w;
        }
        if ((w.endsWith("ies") || w.endsWith("ied")) && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ing") && w.length() >= 6) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.endsWith("ed") && w.length() >= 5) {
            w = undouble(w.substring(0, w.length() - 2));
        } else if (w.endsWith("ly") && w.length() >= 6) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.endsWith("e") && w.length() > 4) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && "bdfgklmnprt".indexOf(w.charAt(n - 1)) >= 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean isLatinLower(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
