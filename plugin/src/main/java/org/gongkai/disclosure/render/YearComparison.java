package org.gongkai.disclosure.render;

import org.gongkai.disclosure.compare.ProjectChanges;

/**
 * A project against the same project (by id) in its unit's declaration of the fiscal year before.
 *
 * @param folder the folder of last year's declaration
 */
public record YearComparison(int year, String folder, ProjectChanges changes) {
}
