package org.gongkai.disclosure.model;

import java.math.BigDecimal;

/**
 * A share of a whole as the form states it (占比), in per cent, with the places it was written with: {@code 88.3%}
 * claims a tenth of a per cent, {@code 75.99%} a hundredth.
 */
public record Share(BigDecimal percent, SourcePosition at) {

    /** As filed: {@code 88.3%}. */
    public String written() {
        return percent.toPlainString() + "%";
    }
}
