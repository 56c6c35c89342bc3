package org.gongkai.disclosure.model;

/** The comparison a numeric target states: {@code ≥85%} means at least 85 percent. */
public enum Operator {
    EQ("="),
    GE("≥"),
    LE("≤"),
    GT(">"),
    LT("<");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The mathematical sign used for display and in the data downloads. */
    public String symbol() {
        return symbol;
    }
}
