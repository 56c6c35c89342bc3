package org.gongkai.disclosure.review;

import java.util.Comparator;

import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.model.SourcePosition;
import org.gongkai.disclosure.model.Text;

/**
 * One finding of the review about one project: which rule, how much it matters, the indicator (or the level or
 * field) it is about, where it stands, and why, in the budget officer's terms.
 *
 * @param subject the indicator's name, or the level of indicators or the field the finding is about; null when it
 *     is about the project as a whole
 */
public record Finding(String rule, ReviewCategory category, ReviewSeverity severity, Text subject, SourcePosition at,
        Message reason) {

    /** File, line and column, then the rule: the order a reader goes through a project. */
    static final Comparator<Finding> READING_ORDER = Comparator.comparing(Finding::at).thenComparing(Finding::rule);
}
