package org.gongkai.disclosure.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The index of a site of several declarations, grouped by year (latest first) and unit, with each declaration's
 * total and the total of each year. Up to {@value #INLINE} declarations are listed on the index itself; beyond that
 * the index shows each year's totals and links to the year's own pages, {@value #PAGE_SIZE} declarations each.
 */
final class SiteIndexPage {

    static final int INLINE = 300;
    static final int PAGE_SIZE = 200;

    private final PageContext c;
    private final List<DeclarationEntry> entries;

    SiteIndexPage(PageContext context, List<DeclarationEntry> entries) {
        this.c = context;
        this.entries = entries;
    }

    /** The years, latest first, each with its declarations ordered by unit. */
    static Map<Integer, List<DeclarationEntry>> byYear(List<DeclarationEntry> entries) {
        Map<Integer, List<DeclarationEntry>> years = new TreeMap<>(Comparator.reverseOrder());
        for (DeclarationEntry entry : entries) {
            years.computeIfAbsent(entry.declaration().fiscalYear(), y -> new ArrayList<>()).add(entry);
        }
        years.values().forEach(list -> list.sort(Comparator.comparing((DeclarationEntry e) -> e.declaration().unit().zh())
                .thenComparing(DeclarationEntry::folder)));
        return years;
    }

    /** True when the site index lists every declaration itself, rather than linking each year's pages. */
    static boolean inline(int declarations) {
        return declarations <= INLINE;
    }

    /** How many declarations each year has, latest year first. */
    static Map<Integer, Integer> declarationsByYear(List<DeclarationEntry> entries) {
        Map<Integer, Integer> years = new TreeMap<>(Comparator.reverseOrder());
        entries.forEach(entry -> years.merge(entry.declaration().fiscalYear(), 1, Integer::sum));
        return years;
    }

    static int yearPages(int declarations) {
        return Math.max(1, (declarations + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    Views.SiteIndexView index() {
        String path = SitePaths.siteIndex(c.language);
        Views.Page page = c.page(path, c.site.title().in(c.language), List.of(new Views.Crumb(null, c.labels.get("home"), true)));
        boolean inline = inline(entries.size());
        List<Views.YearGroup> groups = new ArrayList<>();
        for (Map.Entry<Integer, List<DeclarationEntry>> year : byYear(entries).entrySet()) {
            List<DeclarationEntry> list = year.getValue();
            groups.add(group(year.getKey(), inline ? list : List.of(), list, inline ? null : SitePaths.yearIndexFile(year.getKey(), 1)));
        }
        return new Views.SiteIndexView(page, c.txt(c.site.title()), Views.Items.of(figures()), groups, null,
                inline && entries.size() >= IndexPage.FILTER_FROM);
    }

    /** Page {@code number} of a year's declarations. */
    Views.SiteIndexView year(int year, List<DeclarationEntry> list, int number) {
        int pages = yearPages(list.size());
        String path = SitePaths.yearIndex(c.language, year, number);
        String heading = c.labels.format("site.year", year);
        Views.Page page = c.page(path, number == 1 ? heading : heading + " (" + number + "/" + pages + ")", List.of(
                new Views.Crumb("index.html", c.labels.get("home"), false), new Views.Crumb(null, heading, true)));
        int from = (number - 1) * PAGE_SIZE;
        List<DeclarationEntry> slice = list.subList(from, Math.min(list.size(), from + PAGE_SIZE));
        Views.Pager pager = Pagers.of(number, pages, n -> SitePaths.yearIndexFile(year, n), c.labels);
        return new Views.SiteIndexView(page, new Views.Txt(heading, null, false), null,
                List.of(group(year, slice, list, null)), pager, slice.size() >= IndexPage.FILTER_FROM);
    }

    private Views.YearGroup group(int year, List<DeclarationEntry> shown, List<DeclarationEntry> all, String more) {
        List<Views.DeclarationRow> rows = new ArrayList<>();
        for (DeclarationEntry entry : shown) {
            rows.add(new Views.DeclarationRow(c.txt(entry.declaration().unit()), entry.folder() + "/index.html",
                    String.valueOf(entry.projects().size()), c.formats.amount(entry.annualTotal()),
                    entry.department() == null ? null : c.labels.get("site.department")));
        }
        BigDecimal total = all.stream().map(DeclarationEntry::annualTotal).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        int projects = all.stream().mapToInt(e -> e.projects().size()).sum();
        return new Views.YearGroup(c.labels.format("site.year", year), "year-" + year, rows, String.valueOf(projects),
                c.formats.amount(total), more == null ? null
                : new Views.Link(more, c.labels.format("site.yearMore", all.size(), year)));
    }

    private List<Views.Figure> figures() {
        int projects = entries.stream().mapToInt(e -> e.projects().size()).sum();
        long units = entries.stream().map(e -> e.declaration().unit().zh()).distinct().count();
        return List.of(
                new Views.Figure(c.labels.get("site.declarations"), String.valueOf(entries.size()), null),
                new Views.Figure(c.labels.get("site.units"), String.valueOf(units), null),
                new Views.Figure(c.labels.get("figures.projects"), c.labels.format("figures.projectsValue", projects), null));
    }
}
