package org.gongkai.disclosure.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.gongkai.disclosure.model.DateValue;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.model.Yuan;

/**
 * How figures read in each language: money exactly and readably ({@code 1,859,441.00 元（185.94 万元）},
 * {@code CNY 1,859,441.00 (1.86 million)}), dates ({@code 2024年1月1日}, {@code 1 January 2024}) and
 * targets ({@code ≥85.00(%)} as filed, {@code ≥ 85.00 %} in English). Immutable.
 */
public final class Formats {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");
    private static final BigDecimal MILLION = new BigDecimal("1000000");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private final Language language;
    private final Glossary glossary;

    public Formats(Language language, Glossary glossary) {
        this.language = language;
        this.glossary = glossary;
    }

    public Language language() {
        return language;
    }

    /** An amount with its unit and, when large, a rounded reading aid. */
    public String money(BigDecimal yuan) {
        String exact = Yuan.grouped(yuan);
        if (language == Language.ZH) {
            return yuan.compareTo(TEN_THOUSAND) >= 0
                    ? exact + " 元（" + Yuan.inWan(yuan, 2).toPlainString() + " 万元）"
                    : exact + " 元";
        }
        return yuan.compareTo(MILLION) >= 0
                ? "CNY " + exact + " (" + yuan.movePointLeft(6).setScale(2, RoundingMode.HALF_UP).toPlainString() + " million)"
                : "CNY " + exact;
    }

    /**
     * A total as the declaration states it, without its Chinese original: in Chinese as written ({@code 442.45万元});
     * in English exactly when stated to the fen, otherwise in millions at the precision it was stated in
     * ({@code CNY 4.4245 million}), the original ({@link #declaredOriginal}) to be shown apart.
     */
    public String declaredValue(Money stated) {
        if (language == Language.ZH) {
            return stated.written();
        }
        if (stated.isStatedToTheFen()) {
            return money(stated.yuan());
        }
        BigDecimal millions = stated.yuan().movePointLeft(6).stripTrailingZeros();
        return "CNY " + (millions.scale() < 0 ? millions.setScale(0) : millions).toPlainString() + " million";
    }

    /** The Chinese original of a stated total, shown beside {@link #declaredValue} on English pages; or null. */
    public String declaredOriginal(Money stated) {
        return language == Language.ZH || stated.isStatedToTheFen() ? null : stated.written();
    }

    /** An amount in a table whose header names the unit. */
    public String amount(BigDecimal yuan) {
        return Yuan.grouped(yuan);
    }

    /** A date as filed, to the day, the month or the year: {@code 2024年3月}, {@code March 2024}. */
    public String date(DateValue date) {
        return switch (date.precision()) {
            case DAY -> date(date.date());
            case MONTH -> language == Language.ZH ? date.date().getYear() + "年" + date.date().getMonthValue() + "月"
                    : ENGLISH_MONTH.format(date.date());
            case YEAR -> language == Language.ZH ? date.date().getYear() + "年" : String.valueOf(date.date().getYear());
        };
    }

    public String date(LocalDate date) {
        return language == Language.ZH
                ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"
                : ENGLISH_DATE.format(date);
    }

    /** A share of a whole as a percentage with two decimals, rounded half up. */
    public String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "–";
        }
        BigDecimal share = part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
        return share.toPlainString() + "%";
    }

    /** Whether a target shown in this language has no text of its own in it (the Chinese stands in). */
    public boolean isUntranslated(Target target) {
        return language == Language.EN && !target.isTranslated();
    }

    /**
     * A target in this language: Chinese as filed; English as translated or composed from its parts
     * ({@code = 96 times}), or the Chinese where it has no English (marked untranslated on the page).
     */
    public String target(Target target) {
        if (language == Language.ZH) {
            return target.written().zh();
        }
        String english = target.english(glossary);
        return english == null ? target.written().zh() : english;
    }
}
