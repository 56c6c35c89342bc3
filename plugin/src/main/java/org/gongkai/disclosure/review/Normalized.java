package org.gongkai.disclosure.review;

import java.math.BigDecimal;
import java.text.Normalizer;

import org.gongkai.disclosure.model.Target;

/**
 * Texts as the review compares them: full-width and half-width forms alike (NFKC), white space dropped, so that a
 * target copied with a space or a full-width parenthesis more is still the same target.
 */
final class Normalized {

    private Normalized() {
    }

    static String text(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A target as it is met: {@code =96.00(次)} and {@code 96次} are the same target; a word as written. */
    static String target(Target target) {
        if (target.isNumeric()) {
            BigDecimal value = target.value().stripTrailingZeros();
            String number = (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
            return target.operator().symbol() + number + (target.unit() == null ? "" : text(target.unit().zh()));
        }
        return text(target.written().zh());
    }
}
