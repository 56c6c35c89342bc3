package org.gongkai.disclosure.render;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.disclosure.model.Language;

/**
 * The first sentence of a narrative (a project's overview), said first on its page as what the project is for. Chinese
 * ends a sentence at 。！？; English at . ! or ? before a capital, except after a common abbreviation (No., Art.) or an initialism (U.S., e.g.). Only
 * the first paragraph is read, and no more than {@value #MAX_CHARS} characters of it are searched.
 */
final class FirstSentence {

    static final int MAX_CHARS = 2_000;

    private static final Pattern ENGLISH_END = Pattern.compile("[.!?][\"”’)]?(?=\\s+[\"“(*_]*[A-Z0-9])");
    private static final Set<String> ABBREVIATIONS = Set.of("no", "nos", "art", "arts", "mr", "mrs", "ms",
            "dr", "st", "vol", "cf", "etc", "fig", "p", "pp");

    private FirstSentence() {
    }

    /** The first sentence of {@code text} in the language it is written in; the first paragraph when it has no end. */
    static String of(String text, Language language) {
        String paragraph = text.strip();
        int blank = paragraph.indexOf("\n\n");
        if (blank >= 0) {
            paragraph = paragraph.substring(0, blank);
        }
        String searched = paragraph.length() > MAX_CHARS ? paragraph.substring(0, MAX_CHARS) : paragraph;
        if (language == Language.ZH) {
            int end = chineseEnd(searched);
            return end < 0 ? paragraph : searched.substring(0, end + 1).strip();
        }
        Matcher end = ENGLISH_END.matcher(searched);
        while (end.find()) {
            if (!afterAbbreviation(searched, end.start())) {
                return searched.substring(0, end.end()).strip();
            }
        }
        return paragraph;
    }

    /** The first 。, ！ or ？ of {@code text}; -1 when it has none. */
    private static int chineseEnd(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                return i;
            }
        }
        return -1;
    }

    private static boolean afterAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String written = text.substring(start, dot);
        if (written.contains(".")) {
            return true; // an initialism such as U.S. or e.g.
        }
        String word = written.toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(text.charAt(start));
    }
}
