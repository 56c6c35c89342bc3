package org.gongkai.disclosure.model;

import java.math.BigDecimal;


/** The weight (权重) of an indicator in points; the weights of a project add up to 100. */
public record Weight(BigDecimal points, SourcePosition at) {
}
