package org.gongkai.disclosure.model;

import java.math.BigDecimal;

/**
 * A score (得分) as the self-evaluation states it, exactly as written ({@code 9.86} keeps its two places). It may be
 * read below 0, so that the check can say so in the budget officer's terms.
 */
public record Score(BigDecimal points, SourcePosition at) {
}
