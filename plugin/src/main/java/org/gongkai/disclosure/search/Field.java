package org.gongkai.disclosure.search;

/**
 * The parts of a project that search weighs differently: a match in its name counts most, then its unit, then its
 * indicators, then the narratives. Each part's texts, in both languages, are indexed one after another.
 */
public enum Field {
    NAME(8),
    UNIT(4),
    INDICATORS(2),
    NARRATIVES(1);

    private final int weight;

    Field(int weight) {
        this.weight = weight;
    }

    /** What a match in this part adds to a project's score. */
    public int weight() {
        return weight;
    }

    /** This field's bit in a mask of fields. */
    public int bit() {
        return 1 << ordinal();
    }
}
