package org.gongkai.disclosure.check;

/** What a text without English is: an error (the default), or a warning and a visible note on the site. */
public enum TranslationPolicy {
    ERROR,
    WARN
}
