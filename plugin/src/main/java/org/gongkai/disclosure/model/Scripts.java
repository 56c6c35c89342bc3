package org.gongkai.disclosure.model;

/** Which writing system a text uses; a text with no Chinese in it reads the same in every language. */
public final class Scripts {

    private Scripts() {
    }

    public static boolean containsChinese(String text) {
        return text.codePoints().anyMatch(Scripts::isChinese);
    }

    private static boolean isChinese(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        // Chinese punctuation (，。、（）) marks a Chinese text as much as characters do.
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || (block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && codePoint != 0xFF05);
    }
}
