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
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close - i <= 3 && isDigits(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                if (index < args.size()) {
                    out.append(show.apply(args.get(index)));
                }
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
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
