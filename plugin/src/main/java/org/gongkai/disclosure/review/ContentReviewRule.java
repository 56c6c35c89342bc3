package org.gongkai.disclosure.review;

import java.util.List;

/**
 * A review that compares projects with each other (across a unit, across units, across years), run once every
 * project has been reviewed on its own. It must not compare projects in pairs: a city has a hundred thousand.
 */
public non-sealed interface ContentReviewRule extends ReviewRule {

    void review(List<ReviewedDeclaration> declarations, RuleSettings settings);
}
