package org.gongkai.disclosure.model;

import java.util.List;
import java.util.function.Function;

/**
 * Fills the {@code {0}}, {@code {1}}… of a message or label pattern in one pass, left to right. Only the pattern is
 * read for placeholders: a project named {@code Name {1} here} is shown as it is.
 */
public final class Placeholders {

    private Placeholders() {
    }

    /**
     * @param show how an argument is shown (a nested message in the reader's language, a number as text)
     */
    public static String fill(String pattern, List<?> args, Function<Object, String> show) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int copied = 0; // the text before this is in out; it is copied run by run, not character by character
        int open = pattern.indexOf('{');
        while (open >= 0) {
            int close = pattern.indexOf('}', open);
            if (close > open + 1 && close - open <= 3 && isDigits(pattern, open + 1, close)) {
                out.append(pattern, copied, open);
                int index = Integer.parseInt(pattern, open + 1, close, 10);
                if (index < args.size()) {
                    out.append(show.apply(args.get(index)));
                }
                copied = close + 1;
                open = pattern.indexOf('{', copied);
            } else {
                open = pattern.indexOf('{', open + 1);
            }
        }
        return out.append(pattern, copied, pattern.length()).toString();
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
