package org.gongkai.disclosure.render;

import java.util.List;

/**
 * What the templates of search and comparison see: the search box of every page ({@code search.mustache}), a
 * project against its previous year ({@code changes.mustache}), a declaration against its previous year and the
 * way to all its indicators ({@code compare.mustache}), and the page of the indicators of all projects
 * ({@code indicators.mustache}). Like {@link Views}, plain strings and small records, escaped by the templates.
 */
public final class SearchAndCompareViews {

    private SearchAndCompareViews() {
    }

    /**
     * The search box: the form leads to the site's index without JavaScript; with it, the search script shows the
     * results on the page, reading the index under {@code index} and its texts from {@code labels}.
     */
    public record Search(String action, String index, String script, String lang, List<Label> labels) {
    }

    /** A text the search script shows, passed as a {@code data-} attribute of the form. */
    public record Label(String name, String text) {
    }

    /** A project against the same project in its unit's declaration of the year before. */
    public record ProjectCompare(
            String heading,
            Views.Link previous,
            String renamed,
            String fundsCaption,
            String yearBefore,
            String yearAfter,
            String before,
            String after,
            String difference,
            String percent,
            String indicatorsSummary,
            IndicatorList added,
            IndicatorList removed,
            TargetChanges targets) {
    }

    /** Indicators added or removed, under their heading. */
    public record IndicatorList(String heading, List<IndicatorLine> items) {
    }

    /** An indicator added or removed: its levels, name and target. */
    public record IndicatorLine(Views.Txt level1, Views.Txt level2, Views.Txt name, Views.Txt target) {
    }

    /** The kept indicators whose targets changed, as a table. */
    public record TargetChanges(String heading, String caption, List<TargetRow> rows) {
    }

    public record TargetRow(Views.Txt level2, Views.Txt name, Views.Txt before, Views.Txt after) {
    }

    /** The first page of a declaration's index: against last year (when there is one), and all its indicators. */
    public record IndexCompare(YearChanges year, String noPrevious, Views.Link indicators, String indicatorsNote) {
    }

    public record YearChanges(
            String heading,
            String caption,
            String yearBefore,
            String yearAfter,
            List<TotalsRow> rows,
            String continued,
            Listed added,
            Listed removed,
            Views.Link previousIndex,
            String changesNote) {
    }

    /** Projects listed under a heading, with a note of those not listed. */
    public record Listed(String heading, List<Views.NamedLink> links, String more) {
    }

    /** A row of the table of this year against last year. */
    public record TotalsRow(String label, String before, String after, String difference, String percent) {
    }

    /** The page (or a page) of the indicators of all of a declaration's projects. */
    public record AllIndicatorsView(
            Views.Page page,
            Views.Txt title,
            boolean first,
            String intro,
            List<SharedSet> shared,
            String noShared,
            List<Option> level1,
            List<Option> level2,
            List<IndicatorGroup> groups,
            String caption,
            Views.Pager pager) {
    }

    /** Projects with the same set of indicators. */
    public record SharedSet(String label, List<Views.NamedLink> projects) {
    }

    /** A choice of the filter: its value, its label and (for a level 2) the level 1 it belongs to. */
    /** @param lang the language of the label when it is not the page's (a level without English), or null */
    public record Option(String value, String label, String parent, String lang) {

        Option(String value, Views.Txt label, String parent) {
            this(value, label.text(), parent, label.lang());
        }
    }

    /** The rows of one level 1 and level 2: a group the filter shows or hides whole. */
    public record IndicatorGroup(Views.Txt level1, Views.Txt level2, String level1Key, String level2Key, String id,
            List<IndicatorListRow> rows) {
    }

    /**
     * An indicator of a project. The first row of the same indicator of several projects in a row has its name, over
     * {@code span} rows; the others have none.
     */
    public record IndicatorListRow(Views.Txt name, int span, String key, Views.NamedLink project, Views.Txt target,
            String measurable, boolean isMeasurable) {
    }
}
