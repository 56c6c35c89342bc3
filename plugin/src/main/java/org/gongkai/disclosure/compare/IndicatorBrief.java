package org.gongkai.disclosure.compare;

import java.util.List;
import java.util.stream.Collectors;

import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.model.Text;

/**
 * An indicator as a comparison needs it: its levels and name, its target as filed and in English, and whether the
 * target can be measured ({@link org.gongkai.disclosure.model.Target#isMeasurable()}).
 *
 * @param targetEn the target in English, as translated or composed; null when it has none
 */
public record IndicatorBrief(Text level1, Text level2, Text name, String target, String targetEn, boolean measurable) {

    /** An indicator with one target for each recipient has them all, in the recipients' order, as its target. */
    public static IndicatorBrief of(Indicator indicator, Glossary glossary) {
        List<Target> targets = indicator.targets().stream().filter(java.util.Objects::nonNull).toList();
        String zh = targets.stream().map(t -> t.written().zh()).collect(Collectors.joining("；"));
        List<String> english = targets.stream().map(t -> t.english(glossary)).toList();
        String en = english.isEmpty() || english.contains(null) ? null : String.join("; ", english);
        return new IndicatorBrief(plain(indicator.level1()), plain(indicator.level2()), plain(indicator.name()), zh, en,
                indicator.isMeasurable());
    }

    /** What makes two indicators the same from one year to the next: both levels and the name, as filed. */
    public String key() {
        return level1.zh().strip() + '\u0000' + level2.zh().strip() + '\u0000' + name.zh().strip();
    }

    /** The target as a text of both languages (English where it has any). */
    public Text targetText() {
        return new Text(target, targetEn, null);
    }

    /** A text without its place in a file: a comparison outlives the file it was read from. */
    static Text plain(Text text) {
        return text == null ? null : new Text(text.zh(), text.en(), null);
    }
}
