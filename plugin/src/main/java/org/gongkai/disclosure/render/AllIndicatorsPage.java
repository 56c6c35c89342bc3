package org.gongkai.disclosure.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.compare.IndicatorBrief;
import org.gongkai.disclosure.compare.ProjectBrief;
import org.gongkai.disclosure.model.Framework;
import org.gongkai.disclosure.model.Language;

/**
 * The indicators of all of a declaration's projects on one page (in pages of {@value #PAGE_ROWS} rows for the
 * largest): every indicator with its project, target and whether the target is measurable, ordered by level 1 and
 * level 2 as the framework lists them and then by indicator, so that the same indicator of several projects stands
 * together; with a filter by level 1 and level 2, and the projects that share one set of indicators.
 */
final class AllIndicatorsPage {

    static final int PAGE_ROWS = 500;

    /**
     * An indicator of a project, with the project's place and what orders it: its levels' and its name's ranks; and the
     * keys of its levels (their Chinese names, the level 2 after its level 1), made once for every page that lists it.
     */
    record Row(ProjectBrief project, int position, IndicatorBrief indicator, String key, int level1, int level2,
            int name, String level1Key, String level2Key) {
    }

    private final PageContext c;
    private final List<ProjectBrief> projects;
    private final List<Row> rows;
    /** How many of the rows have a measurable target, told on the first page. */
    private final long measurableRows;

    /** @param rows the projects' indicators in the page's order, the same in every language ({@link #ordered}) */
    AllIndicatorsPage(PageContext context, List<ProjectBrief> projects, List<Row> rows) {
        this.c = context;
        this.projects = projects;
        this.rows = rows;
        this.measurableRows = rows.stream().filter(r -> r.indicator().measurable()).count();
    }

    /** How many pages the indicators of a declaration take. */
    static int pages(long indicators) {
        return (int) Math.max(1, (indicators + PAGE_ROWS - 1) / PAGE_ROWS);
    }

    int pages() {
        return pages(rows.size());
    }

    SearchAndCompareViews.AllIndicatorsView view(int number) {
        int pages = pages();
        String path = c.paths.indicators(c.language, number);
        String title = c.labels.get("allIndicators.title");
        List<Views.Crumb> crumbs = new ArrayList<>();
        String index = SitePaths.link(path, c.paths.index(c.language));
        String here = c.declaration.unit().in(c.language) + " " + c.year();
        if (c.site != null) {
            crumbs.add(new Views.Crumb(SitePaths.link(path, SitePaths.siteIndex(c.language)), c.labels.get("home"), false));
            crumbs.add(new Views.Crumb(index, here, false));
        } else {
            crumbs.add(new Views.Crumb(index, c.labels.get("home"), false));
        }
        crumbs.add(new Views.Crumb(null, title, true));
        Views.Page page = c.page(path, number == 1 ? title : title + " (" + number + "/" + pages + ")", crumbs);
        int from = (number - 1) * PAGE_ROWS;
        int to = Math.min(rows.size(), from + PAGE_ROWS);
        Map<String, SearchAndCompareViews.Option> level1 = new LinkedHashMap<>();
        Map<String, SearchAndCompareViews.Option> level2 = new LinkedHashMap<>();
        List<SearchAndCompareViews.IndicatorGroup> groups = new ArrayList<>();
        List<SearchAndCompareViews.IndicatorListRow> group = null;
        String yes = c.labels.get("allIndicators.yes");
        String no = c.labels.get("allIndicators.no");
        String groupKey = null;
        List<Row> slice = rows.subList(from, to);
        for (int r = 0; r < slice.size(); r++) {
            IndicatorBrief i = slice.get(r).indicator();
            String l1 = slice.get(r).level1Key();
            String l2 = slice.get(r).level2Key();
            if (group == null || !l2.equals(groupKey)) {
                // A group of rows for each level 1 and level 2, which the filter shows or hides.
                groupKey = l2;
                group = new ArrayList<>();
                groups.add(new SearchAndCompareViews.IndicatorGroup(c.txt(i.level1()), c.txt(i.level2()), l1, l2,
                        "g" + (groups.size() + 1), group));
                level1.putIfAbsent(l1, new SearchAndCompareViews.Option(l1, c.txt(i.level1()), null));
                level2.putIfAbsent(l2, new SearchAndCompareViews.Option(l2, c.txt(i.level2()), l1));
            }
            // The same indicator of several projects: its name once, over their rows.
            int span = 0;
            String key = slice.get(r).key();
            if (group.isEmpty() || !slice.get(r - 1).key().equals(key)) {
                span = 1;
                while (r + span < slice.size() && slice.get(r + span).key().equals(key)) {
                    span++;
                }
            }
            boolean measurable = i.measurable();
            // The page is in the declaration's folder, beside its projects/.
            ProjectBrief project = slice.get(r).project();
            group.add(new SearchAndCompareViews.IndicatorListRow(span > 0 ? c.txt(i.name()) : null, span, key,
                    new Views.NamedLink("projects/" + project.id() + ".html", c.txt(project.name())),
                    target(i), measurable ? yes : no, measurable));
        }
        boolean first = number == 1;
        List<SearchAndCompareViews.SharedSet> shared = first ? shared(path) : List.of();
        return new SearchAndCompareViews.AllIndicatorsView(page, new Views.Txt(title, null, false), first,
                first ? c.labels.format("allIndicators.intro", rows.size(), projects.size(), measurableRows) : null,
                shared, first && shared.isEmpty() ? c.labels.get("allIndicators.noShared") : null,
                List.copyOf(level1.values()), List.copyOf(level2.values()), groups,
                pages == 1 ? c.labels.get("allIndicators.caption")
                        : c.labels.format("allIndicators.captionPaged", from + 1, to, rows.size()),
                Pagers.of(number, pages, SitePaths::indicatorsFile, c.labels));
    }

    private Views.Txt target(IndicatorBrief indicator) {
        boolean fallback = c.language == Language.EN && indicator.targetEn() == null;
        return new Views.Txt(indicator.targetText().in(c.language), fallback ? Language.ZH.htmlLang() : null, fallback);
    }

    /** The sets of indicators (by level 1, level 2 and name, whatever the targets) that several projects share. */
    private List<SearchAndCompareViews.SharedSet> shared(String path) {
        Map<String, List<ProjectBrief>> bySet = new LinkedHashMap<>();
        for (ProjectBrief project : projects) {
            if (project.indicators().isEmpty()) {
                continue;
            }
            List<String> keys = new ArrayList<>(project.indicators().stream().map(IndicatorBrief::key).toList());
            keys.sort(null);
            bySet.computeIfAbsent(String.join("\u0001", keys), k -> new ArrayList<>()).add(project);
        }
        List<SearchAndCompareViews.SharedSet> sets = new ArrayList<>();
        bySet.values().stream().filter(list -> list.size() > 1)
                .sorted(Comparator.comparingInt((List<ProjectBrief> list) -> -list.size()))
                .forEach(list -> {
                    List<Views.NamedLink> links = new ArrayList<>();
                    for (ProjectBrief project : list) {
                        links.add(new Views.NamedLink(SitePaths.link(path, c.paths.project(c.language, project.id())),
                                c.txt(project.name())));
                    }
                    sets.add(new SearchAndCompareViews.SharedSet(c.labels.format("allIndicators.sharedSet", list.size(),
                            list.get(0).indicators().size()), links));
                });
        return sets;
    }

    /**
     * Every indicator of every project: by level 1 and level 2 in the framework's order (others after, as they first
     * appear), then by indicator as it first appears, then by project.
     */
    static List<Row> ordered(List<ProjectBrief> projects, Framework framework) {
        Map<String, Integer> level1 = new HashMap<>();
        Map<String, Integer> level2 = new HashMap<>();
        if (framework != null) {
            for (Framework.Level1 l1 : framework.level1()) {
                level1.putIfAbsent(l1.name().zh(), level1.size());
                for (var l2 : l1.level2()) {
                    level2.putIfAbsent(l1.name().zh() + "/" + l2.zh(), level2.size());
                }
            }
        }
        Map<String, Integer> names = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (int p = 0; p < projects.size(); p++) {
            for (IndicatorBrief indicator : projects.get(p).indicators()) {
                String l1 = indicator.level1().zh().strip();
                String l2 = l1 + "/" + indicator.level2().zh().strip();
                String key = indicator.key();
                Integer rank1 = level1.computeIfAbsent(l1, k -> level1.size());
                Integer rank2 = level2.computeIfAbsent(l2, k -> level2.size());
                Integer name = names.computeIfAbsent(key, k -> names.size());
                rows.add(new Row(projects.get(p), p, indicator, key, rank1, rank2, name, l1, l2));
            }
        }
        rows.sort(Comparator.comparingInt(Row::level1).thenComparingInt(Row::level2).thenComparingInt(Row::name)
                .thenComparingInt(Row::position));
        return rows;
    }
}
