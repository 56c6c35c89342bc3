package org.gongkai.disclosure.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Recipient;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.model.Text;

/**
 * An indicator as a comparison needs it: its levels and name, its target as filed and in English, and whether the
 * target can be measured ({@link org.gongkai.disclosure.model.Target#isMeasurable()}).
 *
 * @param targetEn the target in English, as translated or composed; null when it has none
 */
public record IndicatorBrief(Text level1, Text level2, Text name, String target, String targetEn, boolean measurable) {

    public static IndicatorBrief of(Indicator indicator, Glossary glossary) {
        return of(indicator, List.of(), glossary);
    }

    /**
     * An indicator with one target for each recipient (分配对象) has them all as its target, each after its
     * recipient's name and ordered by the names ({@code 甲村：1；乙村：2}): listing the recipients in another order
     * changes no target.
     */
    public static IndicatorBrief of(Indicator indicator, List<Recipient> recipients, Glossary glossary) {
        if (indicator.target() != null) {
            return new IndicatorBrief(plain(indicator.level1()), plain(indicator.level2()), plain(indicator.name()),
                    indicator.target().written().zh(), indicator.target().english(glossary), indicator.isMeasurable());
        }
        List<String[]> pairs = new ArrayList<>();
        for (Indicator.ForRecipient each : indicator.forRecipients(recipients)) {
            if (each.target() == null) {
                continue;
            }
            Text name = each.recipient().name();
            String en = each.target().english(glossary);
            pairs.add(new String[] {name.zh(), name.zh() + "：" + each.target().written().zh(),
                    en == null ? null : (name.en() != null ? name.en() : name.zh()) + ": " + en});
        }
        pairs.sort(Comparator.comparing((String[] p) -> p[0]));
        String zh = pairs.stream().map(p -> p[1]).collect(Collectors.joining("；"));
        String en = pairs.isEmpty() || pairs.stream().anyMatch(p -> p[2] == null) ? null
                : pairs.stream().map(p -> p[2]).collect(Collectors.joining("; "));
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
