package org.gongkai.disclosure.model;

/** Which writing system a text uses; a text with no Chinese in it reads the same in every language. */
public final class Scripts {

    /**
     * No character before U+2E80 (the CJK radicals) is Chinese by {@link #isChinese}: an English text is told without
     * the two table searches for each of its letters.
     */
    static final int FIRST_CHINESE = 0x2E80;

    private Scripts() {
    }

    public static boolean containsChinese(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (codePoint >= FIRST_CHINESE && isChinese(codePoint)) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }

    static boolean isChinese(int codePoint) {
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
