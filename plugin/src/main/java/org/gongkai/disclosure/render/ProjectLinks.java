package org.gongkai.disclosure.render;

import java.util.List;

import org.gongkai.disclosure.model.Text;

/**
 * What a project page links to besides itself, known only once its neighbours are read: the previous and next
 * project, the same project in the unit's other years, and its rows in the declaration's downloads.
 *
 * @param previous the previous project, or null
 * @param next the next project, or null
 * @param projectRow its row in {@code projects.csv} (the header is row 1)
 * @param firstIndicatorRow its first row in {@code indicators.csv}
 * @param indicatorCount how many rows it has there
 */
public record ProjectLinks(Neighbour previous, Neighbour next, List<OtherYear> otherYears, int projectRow,
        int firstIndicatorRow, int indicatorCount) {

    public ProjectLinks {
        otherYears = List.copyOf(otherYears);
    }

    /** A neighbouring project: its id and name. */
    public record Neighbour(String id, Text name) {
    }

    /** The same project in another year's declaration of the same unit, in that declaration's folder. */
    public record OtherYear(int year, String folder) {
    }
}
