package org.gongkai.disclosure.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.gongkai.disclosure.model.Declared;
import org.gongkai.disclosure.model.ProjectSummary;

/**
 * A declaration's index, in pages of {@value #PAGE_SIZE} projects: the first page has the key figures, the summary,
 * the chart of the largest projects and the downloads; every page has its slice of the table, the total of all
 * projects and the pager. Built from summaries, so the projects themselves are not needed.
 */
final class IndexPage {

    static final int PAGE_SIZE = 100;
    static final int CHART_BARS = 20;
    /** Above this many rows a page gets a filter box. */
    static final int FILTER_FROM = 20;

    private final PageContext c;

    IndexPage(PageContext context) {
        this.c = context;
    }

    static int pages(int projects) {
        return Math.max(1, (projects + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    Views.IndexView view(List<ProjectSummary> projects, int pageNumber, List<Views.Download> downloads) {
        return view(projects, pageNumber, downloads, null);
    }

    /** @param compare the first page's comparison with last year and its way to all indicators; null on the others */
    Views.IndexView view(List<ProjectSummary> projects, int pageNumber, List<Views.Download> downloads,
            SearchAndCompareViews.IndexCompare compare) {
        int pages = pages(projects.size());
        String path = c.paths.index(c.language, pageNumber);
        BigDecimal total = projects.stream().map(ProjectSummary::annualTotal).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        String heading = c.declaration.title().in(c.language);
        Views.Page page = c.page(path, pageNumber == 1 ? heading : heading + " (" + pageNumber + "/" + pages + ")",
                crumbs(path, pageNumber));

        int from = (pageNumber - 1) * PAGE_SIZE;
        int to = Math.min(projects.size(), from + PAGE_SIZE);
        List<Views.ProjectRow> rows = new ArrayList<>(to - from);
        for (ProjectSummary p : projects.subList(from, to)) {
            rows.add(new Views.ProjectRow(c.txt(p.name()), projectHref(p), c.txt(p.category()),
                    c.formats.amount(p.annualTotal()), c.formats.percent(p.annualTotal(), total)));
        }
        String caption = pages == 1 ? c.labels.get("projects.caption")
                : c.labels.format("projects.captionPaged", from + 1, to, projects.size());
        boolean first = pageNumber == 1;
        List<ProjectSummary> chartOrder = first ? largestFirst(projects) : List.of();
        return new Views.IndexView(page, c.txt(c.declaration.title()), first,
                first ? c.html(c.declaration.summary()) : null,
                first ? figures(projects, total) : List.of(), rows, caption, c.formats.amount(total),
                c.labels.format("projects.totalAll", projects.size()),
                first ? bars(chartOrder) : List.of(), first ? chartNote(chartOrder) : null,
                first ? downloads : List.of(), Pagers.of(pageNumber, pages, SitePaths::indexFile, c.labels), rows.size() >= FILTER_FROM,
                first ? compare : null);
    }

    private List<Views.Crumb> crumbs(String path, int pageNumber) {
        List<Views.Crumb> crumbs = new ArrayList<>();
        String here = c.declaration.unit().in(c.language) + " " + c.year();
        String first = pageNumber == 1 ? null : SitePaths.link(path, c.paths.index(c.language));
        if (c.site != null) {
            crumbs.add(new Views.Crumb(SitePaths.link(path, SitePaths.siteIndex(c.language)), c.labels.get("home"), false));
            crumbs.add(new Views.Crumb(first, here, pageNumber == 1));
        } else {
            crumbs.add(new Views.Crumb(first, c.labels.get("home"), pageNumber == 1));
        }
        if (pageNumber > 1) {
            crumbs.add(new Views.Crumb(null, c.labels.format("pager.page", pageNumber), true));
        }
        return crumbs;
    }

    private static String projectHref(ProjectSummary p) {
        return "projects/" + p.id() + ".html";
    }

    /** The projects by annual funds, largest first (in file order among equals): the chart's order. */
    private static List<ProjectSummary> largestFirst(List<ProjectSummary> projects) {
        return projects.stream().sorted(Comparator.comparing(ProjectSummary::annualTotal).reversed()
                .thenComparingInt(ProjectSummary::position)).toList();
    }

    /** The largest projects' bars, every bar on the scale of the largest. */
    private List<Views.Bar> bars(List<ProjectSummary> largestFirst) {
        List<ProjectSummary> largest = largestFirst.subList(0, Math.min(CHART_BARS, largestFirst.size()));
        BigDecimal max = largest.isEmpty() ? BigDecimal.ZERO : largest.get(0).annualTotal();
        List<Views.Bar> bars = new ArrayList<>();
        for (ProjectSummary p : largest) {
            String width = max.signum() == 0 ? "0"
                    : p.annualTotal().multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP).toPlainString();
            bars.add(new Views.Bar(c.txt(p.name()), projectHref(p), c.formats.money(p.annualTotal()), width));
        }
        return bars;
    }

    /** What the chart leaves out, when it cannot show every project. */
    private String chartNote(List<ProjectSummary> largestFirst) {
        if (largestFirst.size() <= CHART_BARS) {
            return null;
        }
        BigDecimal rest = largestFirst.stream().skip(CHART_BARS).map(ProjectSummary::annualTotal)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return c.labels.format("chart.rest", CHART_BARS, largestFirst.size() - CHART_BARS, c.formats.money(rest));
    }

    private List<Views.Figure> figures(List<ProjectSummary> projects, BigDecimal total) {
        long indicators = projects.stream().mapToLong(ProjectSummary::indicators).sum();
        long measurable = projects.stream().mapToLong(ProjectSummary::measurable).sum();
        List<Views.Figure> figures = new ArrayList<>();
        figures.add(new Views.Figure(c.labels.get("figures.projects"),
                c.labels.format("figures.projectsValue", projects.size()), null));
        figures.add(new Views.Figure(c.labels.get("figures.total"), c.formats.money(total), null));
        figures.add(new Views.Figure(c.labels.get("figures.measurable"),
                c.labels.format("figures.measurableValue", measurable, indicators), null));
        Declared declared = c.declaration.declared();
        if (declared != null && declared.total() != null) {
            // The check has passed, so the stated figure agrees with the projects at its precision.
            figures.add(new Views.Figure(c.labels.get("figures.declared"), c.formats.declared(declared.total()),
                    c.labels.get("figures.declaredMatches")));
        }
        return figures;
    }
}
