package org.gongkai.disclosure.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Recipient;

/**
 * The fingerprint of a set of indicators: their names and targets, normalised, in any order and under any level.
 * Two projects with the same fingerprint set the same targets, so copies are found by hashing each project once, not
 * by comparing projects in pairs. 128 bits of SHA-256: among a hundred thousand projects, two different sets share
 * a fingerprint with a chance below 10^-28.
 *
 * @param size the number of indicators
 */
public record IndicatorSet(long high, long low, int size) {

    /** Separates a name from its target, and one indicator from the next; no content text holds either. */
    private static final char FIELD = '\u001f';
    private static final char ROW = '\u001e';
    private static final char RECIPIENT = '\u001d';

    /** The fingerprint of the measurable targets among {@code indicators} (names and figures), the others left out. */
    public static IndicatorSet measured(List<Indicator> indicators, List<Recipient> recipients) {
        return of(indicators.stream().filter(Indicator::isMeasurable).toList(), recipients);
    }

    /** The fingerprint of every target; a target for each recipient counts with its recipient's name, in any order. */
    public static IndicatorSet of(List<Indicator> indicators, List<Recipient> recipients) {
        List<String> rows = new ArrayList<>(indicators.size());
        for (Indicator indicator : indicators) {
            rows.add(Normalized.text(indicator.name().zh()) + FIELD + targets(indicator, recipients));
        }
        Collections.sort(rows);
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
        for (String row : rows) {
            sha.update(row.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) ROW);
        }
        byte[] digest = sha.digest();
        return new IndicatorSet(bytesToLong(digest, 0), bytesToLong(digest, 8), indicators.size());
    }

    private static long bytesToLong(byte[] bytes, int from) {
        long value = 0;
        for (int i = from; i < from + 8; i++) {
            value = (value << 8) | (bytes[i] & 0xFF);
        }
        return value;
    }

    private static String targets(Indicator indicator, List<Recipient> recipients) {
        if (indicator.target() != null) {
            return Normalized.target(indicator.target());
        }
        List<String> each = new ArrayList<>();
        for (Indicator.ForRecipient one : indicator.forRecipients(recipients)) {
            each.add(Normalized.text(one.recipient().name().zh()) + FIELD
                    + (one.target() == null ? "" : Normalized.target(one.target())));
        }
        Collections.sort(each);
        return String.join(String.valueOf(RECIPIENT), each);
    }
}
