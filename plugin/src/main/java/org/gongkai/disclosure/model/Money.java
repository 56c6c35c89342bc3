package org.gongkai.disclosure.model;

import java.math.BigDecimal;


/**
 * An amount of money in yuan, exact to the fen, as read from the source text (never through a double).
 *
 * @param yuan the amount in yuan, scale 2
 * @param resolution the smallest step the source text states, in yuan: {@code 0.01} for {@code 1859441.00},
 *     {@code 100} for {@code 442.45万元}. A figure stated in 万元 to two places only claims that precision.
 * @param written the value as the user wrote it, for messages
 */
public record Money(BigDecimal yuan, BigDecimal resolution, String written, SourcePosition at) {

    /** True when {@code exact} rounds to this amount at the precision this amount is stated in. */
    public boolean covers(BigDecimal exact) {
        BigDecimal half = resolution.divide(BigDecimal.valueOf(2));
        BigDecimal low = yuan.subtract(half);
        BigDecimal high = yuan.add(half);
        // Half-up rounding: the lower bound belongs to this figure, the upper bound to the next one.
        return exact.compareTo(low) >= 0 && exact.compareTo(high) < 0;
    }

    public boolean isStatedToTheFen() {
        return resolution.compareTo(new BigDecimal("0.01")) <= 0;
    }
}
