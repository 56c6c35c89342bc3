package org.gongkai.disclosure.compare;

import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Text;

/**
 * An indicator as a comparison needs it: its levels and name, its target as filed and in English, and whether the
 * target can be measured ({@link org.gongkai.disclosure.model.Target#isMeasurable()}).
 *
 * @param targetEn the target in English, as translated or composed; null when it has none
 */
public record IndicatorBrief(Text level1, Text level2, Text name, String target, String targetEn, boolean measurable) {

    public static IndicatorBrief of(Indicator indicator, Glossary glossary) {
        return new IndicatorBrief(plain(indicator.level1()), plain(indicator.level2()), plain(indicator.name()),
                indicator.target().written().zh(), indicator.target().english(glossary),
                indicator.target().isMeasurable());
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
