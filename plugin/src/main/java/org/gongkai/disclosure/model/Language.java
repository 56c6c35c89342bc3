package org.gongkai.disclosure.model;

import java.util.Arrays;
import java.util.Optional;

/** A language the site is published in. Chinese is always the language of the filing itself. */
public enum Language {
    ZH("zh", "zh-CN"),
    EN("en", "en");

    private final String code;
    private final String htmlLang;

    Language(String code, String htmlLang) {
        this.code = code;
        this.htmlLang = htmlLang;
    }

    /** The code used in YAML and in URLs: {@code zh} or {@code en}. */
    public String code() {
        return code;
    }

    /** The value for {@code <html lang>} and {@code hreflang}. */
    public String htmlLang() {
        return htmlLang;
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }
}
