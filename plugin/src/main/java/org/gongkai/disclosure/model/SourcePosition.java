package org.gongkai.disclosure.model;

import java.util.Comparator;

/**
 * A place in a content file, as people read it: the path relative to the project, 1-based line and column.
 * Column counts characters (code points), so a line of Chinese text points where an editor does.
 */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {

    private static final Comparator<SourcePosition> ORDER = Comparator.comparing(SourcePosition::file)
            .thenComparingInt(SourcePosition::line)
            .thenComparingInt(SourcePosition::column);

    /** The position of a whole file, for problems that have no better place (an empty file, a bad encoding). */
    public static SourcePosition startOf(String file) {
        return new SourcePosition(file, 1, 1);
    }

    @Override
    public int compareTo(SourcePosition other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
