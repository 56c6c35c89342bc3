package org.gongkai.disclosure.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.diag.MessageCatalog;
import org.gongkai.disclosure.model.Declared;
import org.gongkai.disclosure.model.Department;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.model.Placeholders;
import org.gongkai.disclosure.model.ProjectSummary;
import org.gongkai.disclosure.model.ResultSummary;
import org.gongkai.disclosure.model.Scoring;
import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.review.ReviewCategory;
import org.gongkai.disclosure.review.ReviewSummary;

/**
 * A declaration's index, in pages of {@value #PAGE_SIZE} projects: the first page has the key figures, the summary,
 * the department's form when it files one (部门整体支出绩效目标申报表), the chart of the largest projects and the
 * downloads; every page has its slice of the table, the total of all projects and the pager. Built from summaries, so
 * the projects themselves are not needed. A unit that files only the department's form has no table of projects.
 */
final class IndexPage {

    static final int PAGE_SIZE = 100;
    static final int CHART_BARS = 20;
    static final int ANSWER_PROJECTS = 3;
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
        return view(projects, null, pageNumber, downloads, null, null);
    }

    /**
     * @param department the department's form, shown on the first page; null when the declaration files none
     * @param review the summary of the declaration's review, shown on the first page; or null
     * @param compare the first page's comparison with last year and its way to all indicators; null on the others
     */
    Views.IndexView view(List<ProjectSummary> projects, Department department, int pageNumber,
            List<Views.Download> downloads, ReviewSummary review, SearchAndCompareViews.IndexCompare compare) {
        int pages = pages(projects.size());
        String path = c.paths.index(c.language, pageNumber);
        BigDecimal total = projects.stream().map(ProjectSummary::annualTotal).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        String heading = c.declaration.title().in(c.language);
        Views.Page page = c.page(path, pageNumber == 1 ? heading : heading + " (" + pageNumber + "/" + pages + ")",
                crumbs(path, pageNumber));

        int from = (pageNumber - 1) * PAGE_SIZE;
        int to = Math.min(projects.size(), from + PAGE_SIZE);
        boolean results = projects.stream().anyMatch(p -> p.result() != null);
        List<Views.ProjectRow> rows = new ArrayList<>(to - from);
        for (ProjectSummary p : projects.subList(from, to)) {
            rows.add(new Views.ProjectRow(c.txt(p.name()), projectHref(p), c.txt(p.category()),
                    c.formats.amount(p.annualTotal()), c.formats.percent(p.annualTotal(), total),
                    results ? resultCells(p.result()) : null));
        }
        String caption = pages == 1 ? c.labels.get("projects.caption")
                : c.labels.format("projects.captionPaged", from + 1, to, projects.size());
        boolean first = pageNumber == 1;
        List<ProjectSummary> chartOrder = first ? largestFirst(projects) : List.of();
        boolean hasProjects = !projects.isEmpty() || department == null;
        List<Views.Figure> figures = new ArrayList<>(!first || !hasProjects ? List.of() : figures(projects, total));
        if (first && department != null) {
            departmentFigures(figures, department, hasProjects);
        }
        if (first && results) {
            figures.addAll(ResultTotals.of(projects).figures(c, projects.size()));
        }
        return new Views.IndexView(page, c.txt(c.declaration.title()),
                c.declaration.unitCode() == null ? null
                        : c.labels.format("unitCode", c.declaration.unitCode().zh()), first,
                first ? c.html(c.declaration.summary()) : null,
                figures, rows, caption, c.formats.amount(total),
                c.labels.format("projects.totalAll", projects.size()),
                first ? bars(chartOrder) : List.of(), first ? chartNote(chartOrder) : null,
                first ? downloads : List.of(), Pagers.of(pageNumber, pages, SitePaths::indexFile, c.labels), rows.size() >= FILTER_FROM,
                first && department != null ? new DepartmentSection(c).view(department) : null, hasProjects,
                first && review != null ? review(review) : null, first ? compare : null,
                first && !projects.isEmpty() ? answer(chartOrder, total) : null,
                first ? new ProjectPage(c).howToRead("howToRead.index") : null);
    }

    /**
     * The answer of the first 30 seconds: how much the unit requests for how many projects, and where most of it
     * goes (the largest {@value #ANSWER_PROJECTS} projects and their shares).
     */
    private Views.Html answer(List<ProjectSummary> largestFirst, BigDecimal total) {
        // HTML, so that a name without English is marked as Chinese inside the English sentence; every text escaped.
        String sentence = html("answer.total", name(c.declaration.unit()), c.declaration.fiscalYear(),
                c.formats.money(total), largestFirst.size());
        if (largestFirst.size() >= 2) {
            List<String> largest = largestFirst.stream().limit(ANSWER_PROJECTS)
                    .map(p -> html("answer.project", name(p.name()), c.formats.percent(p.annualTotal(), total)))
                    .toList();
            String list = largest.size() == 1 ? largest.get(0)
                    : String.join(Escape.html(c.labels.get("answer.separator")), largest.subList(0, largest.size() - 1))
                            + Escape.html(c.labels.get("answer.lastSeparator")) + largest.get(largest.size() - 1);
            sentence += html("answer.largest", new Escape.Safe(list));
        }
        return new Views.Html(sentence, null, false);
    }

    /** A label filled in as HTML: the label and plain arguments escaped, {@link Escape.Safe} ones as they are. */
    private String html(String key, Object... args) {
        return Placeholders.fill(Escape.html(c.labels.get(key)), Arrays.asList(args),
                arg -> arg instanceof Escape.Safe safe ? safe.html() : Escape.html(String.valueOf(arg)));
    }

    /**
     * A content text in the page's language as the {@code txt} partial shows it elsewhere: in a span marked Chinese
     * where it has no English, followed by the note that it is not translated.
     */
    private Escape.Safe name(Text text) {
        Views.Txt shown = c.txt(text);
        String escaped = Escape.html(shown.text());
        String marked = shown.lang() == null ? escaped : "<span lang=\"" + shown.lang() + "\">" + escaped + "</span>";
        return new Escape.Safe(shown.untranslated()
                ? marked + " <small class=\"untranslated\">" + Escape.html(c.labels.get("untranslated")) + "</small>"
                : marked);
    }

    /**
     * The department's figures: its income and expenditure this year and, for a unit that files only this form, the
     * share of its measurable targets.
     */
    private void departmentFigures(List<Views.Figure> figures, Department department, boolean withProjects) {
        if (department.income() != null) {
            figures.add(new Views.Figure(c.labels.get("figures.departmentIncome"),
                    c.formats.money(department.income().total().yuan()), null));
        }
        if (department.expenditure() != null) {
            figures.add(new Views.Figure(c.labels.get("figures.departmentExpenditure"),
                    c.formats.money(department.expenditure().total().yuan()), null));
        }
        if (!withProjects) {
            long measurable = department.indicators().stream().filter(Indicator::isMeasurable).count();
            figures.add(new Views.Figure(c.labels.get("figures.measurable"),
                    c.labels.format("figures.measurableValue", measurable, department.indicators().size()), null));
        }
    }

    /** A project's self-evaluation in the table: execution rate, total score, targets met; or "to come". */
    private String resultCells(ResultSummary r) {
        if (r == null) {
            return c.labels.get("results.toCome");
        }
        return c.labels.format("results.row", r.adjusted() == null || r.executed() == null ? "–"
                        : c.formats.percent(r.executed(), r.adjusted()),
                r.totalScore() == null ? "–" : Scoring.plain(r.totalScore()), r.met(), r.measurable());
    }

    /** The self-evaluations of a declaration's projects, added up: money executed of money budgeted, targets met. */
    private record ResultTotals(int evaluated, BigDecimal adjusted, BigDecimal executed, int met, int measurable) {

        static ResultTotals of(List<ProjectSummary> projects) {
            int evaluated = 0;
            int met = 0;
            int measurable = 0;
            BigDecimal adjusted = BigDecimal.ZERO.setScale(2);
            BigDecimal executed = BigDecimal.ZERO.setScale(2);
            for (ProjectSummary p : projects) {
                ResultSummary r = p.result();
                if (r == null) {
                    continue;
                }
                evaluated++;
                met += r.met();
                measurable += r.measurable();
                if (r.adjusted() != null && r.executed() != null) {
                    adjusted = adjusted.add(r.adjusted());
                    executed = executed.add(r.executed());
                }
            }
            return new ResultTotals(evaluated, adjusted, executed, met, measurable);
        }

        List<Views.Figure> figures(PageContext c, int projects) {
            List<Views.Figure> figures = new ArrayList<>();
            figures.add(new Views.Figure(c.labels.get("figures.evaluated"), evaluated == projects
                    ? c.labels.format("figures.evaluatedAll", evaluated)
                    : c.labels.format("figures.evaluatedSome", evaluated, projects, projects - evaluated), null));
            figures.add(new Views.Figure(c.labels.get("figures.executed"), c.labels.format("figures.executedValue",
                    c.formats.money(executed), c.formats.money(adjusted), c.formats.percent(executed, adjusted)), null));
            figures.add(new Views.Figure(c.labels.get("figures.met"), c.labels.format("figures.metValue", met,
                    measurable, c.formats.percent(BigDecimal.valueOf(met), BigDecimal.valueOf(measurable))), null));
            return figures;
        }
    }

    private Views.ReviewSummary review(ReviewSummary review) {
        MessageCatalog catalog = MessageCatalog.of(c.language);
        List<Views.ReviewRow> rows = new ArrayList<>();
        for (ReviewCategory category : ReviewCategory.values()) {
            rows.add(new Views.ReviewRow(catalog.format(Message.of(category.messageKey())),
                    String.valueOf(review.byCategory().getOrDefault(category, 0L))));
        }
        return new Views.ReviewSummary(c.labels.get("review.note"), c.labels.get("review.caption"), rows,
                c.labels.format("review.total", review.total(), review.concern(), review.advice()));
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
            Money stated = declared.total();
            figures.add(new Views.Figure(c.labels.get("figures.declared"), c.formats.declaredValue(stated),
                    stated.isStatedToTheFen() ? c.labels.get("figures.declaredMatches")
                            : c.labels.format("figures.declaredMatchesTo",
                                    stated.resolution().stripTrailingZeros().toPlainString()),
                    c.formats.declaredOriginal(stated)));
        }
        return figures;
    }
}
