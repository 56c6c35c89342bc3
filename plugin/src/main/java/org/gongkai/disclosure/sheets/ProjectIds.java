package org.gongkai.disclosure.sheets;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Ids from projects' names: the pinyin of each Chinese character (its first reading, without tones, ü as v), letters
 * and digits as they are, lower-case, one hyphen between syllables and words; cut at a syllable to fit the id rules,
 * and made unique with {@code -2}, {@code -3}… in reading order, so that importing the same file again gives the same
 * ids.
 */
final class ProjectIds {

    /** The format's limit on ids. */
    static final int MAX_LENGTH = 64;
    /** Room left for a suffix such as {@code -12}. */
    private static final int MAX_BASE = MAX_LENGTH - 4;
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private final Set<String> taken = new HashSet<>();

    /** Ids given on the sheets (项目标识) are kept as given, and no made id takes them. */
    void reserve(String id) {
        taken.add(id);
    }

    /** A new id for the name, unique among those given so far. */
    String next(String name) {
        String base = base(name);
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        taken.add(id);
        return id;
    }

    /** The id a name reads as, before it is made unique; {@code project} for a name with nothing to spell. */
    static String base(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                word.append(c);
                continue;
            }
            flush(word, words);
            String syllable = pinyin(c);
            if (syllable != null) {
                words.add(syllable);
            }
        }
        flush(word, words);
        StringBuilder id = new StringBuilder();
        for (String w : words) {
            String piece = w.length() > MAX_BASE ? w.substring(0, MAX_BASE) : w;
            if (id.length() + (id.length() == 0 ? 0 : 1) + piece.length() > MAX_BASE) {
                break;
            }
            if (id.length() > 0) {
                id.append('-');
            }
            id.append(piece);
        }
        return id.length() == 0 ? "project" : id.toString();
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static String pinyin(char c) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
            return null;
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? null : readings[0].replaceAll("[^a-z]", "");
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin4j refuses a fixed, valid format", e);
        }
    }
}
