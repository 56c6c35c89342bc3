package org.gongkai.disclosure.model;


/**
 * A text of the declaration in Chinese and, when given or known from the glossary, in English.
 *
 * @param zh the Chinese text, as filed; never null
 * @param en the English text, or null when not (yet) translated
 * @param at where the value stands in its file
 */
public record Text(String zh, String en, SourcePosition at) {

    public Text {
        java.util.Objects.requireNonNull(zh, "zh");
    }

    public boolean isTranslated() {
        return en != null;
    }

    /** The text in the given language; Chinese where no English exists (the site marks those as untranslated). */
    public String in(Language language) {
        return language == Language.EN && en != null ? en : zh;
    }

    /** True when the reader of {@code language} sees the Chinese original in place of a translation. */
    public boolean isFallback(Language language) {
        return language == Language.EN && en == null;
    }

    public Text withEnglish(String english) {
        return new Text(zh, english, at);
    }
}
