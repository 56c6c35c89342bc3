package org.gongkai.disclosure.model;

/**
 * What a level-1 indicator measures, independent of its name in a given framework. A project is expected
 * to have output, outcome and satisfaction indicators.
 */
public enum IndicatorRole {
    COST,
    OUTPUT,
    OUTCOME,
    SATISFACTION
}
