package org.gongkai.disclosure.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.compare.DeclarationChanges;
import org.gongkai.disclosure.compare.ProjectBrief;
import org.gongkai.disclosure.compare.ProjectChanges;

/**
 * The section of a declaration's first index page ({@code compare.mustache}) that sets this year's declaration
 * against the unit's of the fiscal year before (the number of projects and the annual funds of both years, the
 * projects new and gone), and leads to the page of the indicators of all its projects.
 */
final class CompareSection {

    /** Projects listed by name as new or gone; the rest are counted, and all are in changes.csv. */
    static final int LISTED = 100;

    private final PageContext c;

    CompareSection(PageContext context) {
        this.c = context;
    }

    /** @param changes the declaration against last year's, or null when the unit has none on the site */
    SearchAndCompareViews.IndexCompare view(DeclarationChanges changes) {
        return view(changes, true);
    }

    /** @param withProjects false for a unit that files only the department's form: no page of projects' indicators */
    SearchAndCompareViews.IndexCompare view(DeclarationChanges changes, boolean withProjects) {
        String path = c.paths.index(c.language);
        Views.Link indicators = !withProjects ? null : new Views.Link(SitePaths.link(path,
                c.paths.indicators(c.language, 1)), c.labels.get("compare.indicators"));
        String noPrevious = changes == null && c.site != null
                ? c.labels.format("compare.noPrevious", c.declaration.fiscalYear() - 1) : null;
        return new SearchAndCompareViews.IndexCompare(changes == null ? null : year(changes, path), noPrevious,
                indicators, c.labels.get("compare.indicatorsNote"));
    }

    private SearchAndCompareViews.YearChanges year(DeclarationChanges d, String path) {
        List<SearchAndCompareViews.TotalsRow> rows = List.of(
                new SearchAndCompareViews.TotalsRow(c.labels.get("compare.projects"), String.valueOf(d.previousProjects()),
                        String.valueOf(d.projects()), signed(d.projects() - d.previousProjects()),
                        ChangesSection.percent(ProjectChanges.percent(BigDecimal.valueOf(d.projects()
                                - d.previousProjects()), BigDecimal.valueOf(d.previousProjects())), c)),
                new SearchAndCompareViews.TotalsRow(c.labels.get("compare.total"), c.formats.amount(d.previousTotal()),
                        c.formats.amount(d.total()), ChangesSection.signed(d.difference()),
                        ChangesSection.percent(d.percent(), c)));
        List<Views.NamedLink> added = new ArrayList<>();
        for (ProjectBrief project : d.added()) {
            added.add(new Views.NamedLink(SitePaths.link(path, c.paths.project(c.language, project.id())),
                    c.txt(project.name())));
        }
        List<Views.NamedLink> removed = new ArrayList<>();
        SitePaths previous = c.paths.of(d.previousFolder());
        for (ProjectBrief project : d.removed()) {
            removed.add(new Views.NamedLink(SitePaths.link(path, previous.project(c.language, project.id())),
                    c.txt(project.name())));
        }
        return new SearchAndCompareViews.YearChanges(
                c.labels.format("compare.heading", d.previousYear()),
                c.labels.get("compare.caption"),
                c.labels.format("declaration.year", d.previousYear()),
                c.labels.format("declaration.year", c.declaration.fiscalYear()),
                rows,
                c.labels.format("compare.continued", d.continued(), d.changed()),
                listed(added, "compare.added", d.added().size()),
                listed(removed, "compare.removed", d.removed().size()),
                new Views.Link(SitePaths.link(path, previous.index(c.language)),
                        c.labels.format("compare.previousIndex", d.previousYear())),
                c.labels.get("compare.changesCsv"));
    }

    /** A list of projects under its heading, the first {@value #LISTED} of them by name; null when empty. */
    private SearchAndCompareViews.Listed listed(List<Views.NamedLink> links, String headingKey, int count) {
        if (links.isEmpty()) {
            return null;
        }
        List<Views.NamedLink> shown = new ArrayList<>(links.subList(0, Math.min(LISTED, links.size())));
        String more = links.size() > LISTED ? c.labels.format("compare.more", links.size() - LISTED) : null;
        return new SearchAndCompareViews.Listed(c.labels.format(headingKey, count), shown, more);
    }

    private static String signed(int difference) {
        return (difference > 0 ? "+" : "") + difference;
    }
}
