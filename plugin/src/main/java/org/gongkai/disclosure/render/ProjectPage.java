package org.gongkai.disclosure.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.gongkai.disclosure.model.AnnualFunds;
import org.gongkai.disclosure.model.BudgetItem;
import org.gongkai.disclosure.model.BudgetYears;
import org.gongkai.disclosure.model.Evaluation;
import org.gongkai.disclosure.model.FundSource;
import org.gongkai.disclosure.model.Funds;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.Recipient;
import org.gongkai.disclosure.model.SourcePosition;
import org.gongkai.disclosure.model.Text;

/**
 * The view of a project page: every field of the declaration in the order of the official form, as far as the
 * project's form has it.
 */
final class ProjectPage {

    /** The 如何阅读本页 views, by language and introduction: a few, shared by every page ({@link Views.Shared}). */
    private static final Map<String, Views.HowToRead> HOW_TO_READ = new ConcurrentHashMap<>();

    static final int HEADLINE_TARGETS = 3;

    private final PageContext c;

    ProjectPage(PageContext context) {
        this.c = context;
    }

    Views.ProjectView view(Project p, ProjectLinks links) {
        return view(p, null, links, null);
    }

    /**
     * The page of a project and, when it has one, its self-evaluation.
     *
     * @param comparison the project against last year's, or null when it has none
     */
    Views.ProjectView view(Project p, Evaluation evaluation, ProjectLinks links, YearComparison comparison) {
        String path = c.paths.project(c.language, p.id());
        String name = p.name().in(c.language);
        List<Views.Crumb> crumbs = new ArrayList<>();
        String index = SitePaths.link(path, c.paths.index(c.language));
        if (c.site != null) {
            crumbs.add(new Views.Crumb(SitePaths.link(path, SitePaths.siteIndex(c.language)), c.labels.get("home"), false));
            crumbs.add(new Views.Crumb(index, c.declaration.unit().in(c.language) + " " + c.year(), false));
        } else {
            crumbs.add(new Views.Crumb(index, c.labels.get("home"), false));
        }
        crumbs.add(new Views.Crumb(null, name, true));
        Views.Page page = c.page(path, name, crumbs);
        Views.IndicatorTable table = new IndicatorTableView(c).of(p.indicators(), p.weighting(),
                c.labels.format("indicators.caption", name, p.indicators().size()));
        String period = period(p);
        boolean budgetSection = p.sections().budget() != null || !p.budgetItems().isEmpty();
        return new Views.ProjectView(
                page,
                c.txt(p.name()),
                facts(p),
                Views.Items.of(funds(p.funds())),
                annualFunds(p.annualFunds()),
                p.funds() != null && (p.funds().fiscal() != null || p.funds().other() != null),
                p.annualFunds().appropriation() != null || p.annualFunds().carryover() != null
                        || p.annualFunds().other() != null,
                !p.annualFunds().sources().isEmpty() || (p.funds() != null && !p.funds().sources().isEmpty()),
                headings(p, period, budgetSection),
                c.html(p.sections().overview()),
                c.html(p.sections().basis()),
                c.html(p.sections().necessity()),
                c.html(p.sections().measures()),
                c.txt(p.implementer()),
                c.html(p.sections().plan()),
                period,
                budgetSection,
                c.html(p.sections().budget()),
                items(p),
                p.budgetItems().stream().anyMatch(item -> item.basis() != null),
                p.budgetItems().isEmpty() ? null : c.formats.amount(p.annualFunds().total().yuan()),
                c.txt(p.goals().overall()),
                c.txt(p.goals().annual()),
                table.indicatorsCaption(),
                table.columns(),
                table.indicators(),
                table.weightTotal(),
                table.budgetExecutionNote(),
                recipients(p),
                Downloads.forProject(p.id(), links, c),
                otherYears(p, links),
                link(links.previous(), "previous"),
                link(links.next(), "next"),
                new ResultSection(c).view(evaluation, name),
                new ChangesSection(c).view(p.id(), comparison),
                glance(p),
                howToRead("howToRead.project"),
                sameGoals(p),
                budgetNotes(p));
    }

    /** The check warns of a budget section that gives another year's budget; the page tells its readers too. */
    private List<Views.EditorNote> budgetNotes(Project p) {
        Text budget = p.sections().budget();
        if (budget == null) {
            return List.of();
        }
        int fiscalYear = c.declaration.fiscalYear();
        return BudgetYears.otherThan(fiscalYear, budget.zh()).stream()
                .map(m -> new Views.EditorNote(c.labels.format("editorNote.budgetYear", m.year(), fiscalYear), m.clause()))
                .toList();
    }

    /** 如何阅读本页, with the terms of the form explained: one view for all pages of a language that show it. */
    Views.HowToRead howToRead(String introKey) {
        return HOW_TO_READ.computeIfAbsent(c.language.code() + " " + introKey, k -> new Views.HowToRead(
                c.labels.get("howToRead"), c.labels.get(introKey), Terms.of(c.language)));
    }

    /** The goal for the year says word for word what the overall goal says (in the page's language). */
    private boolean sameGoals(Project p) {
        Text overall = p.goals().overall();
        Text annual = p.goals().annual();
        return overall != null && annual != null && overall.zh().strip().equals(annual.zh().strip())
                && overall.in(c.language).strip().equals(annual.in(c.language).strip());
    }

    /**
     * What a citizen needs first: the year's money and its share of the declaration's stated total, what the
     * project is for, and its headline measurable targets; the form follows.
     */
    private Views.Glance glance(Project p) {
        BigDecimal annual = p.annualFunds().total().yuan();
        Money stated = c.declaration.declared() == null ? null : c.declaration.declared().total();
        String share = stated == null || stated.yuan().signum() == 0 ? null
                : c.labels.format("glance.share", c.formats.percent(annual, stated.yuan()), c.formats.declaredValue(stated));
        Views.Html purpose = null;
        Text overview = p.sections().overview();
        if (overview != null) {
            Language written = overview.isFallback(c.language) ? Language.ZH : c.language;
            purpose = c.html(sentence(overview, written));
        }
        return new Views.Glance(c.formats.money(annual), share, purpose, Views.Items.of(headlineTargets(p.indicators())));
    }

    private Text sentence(Text overview, Language written) {
        String first = FirstSentence.of(overview.in(c.language), written);
        return overview.isFallback(c.language) ? new Text(first, null, overview.at())
                : c.language == Language.ZH ? new Text(first, overview.en(), overview.at())
                : new Text(overview.zh(), first, overview.at());
    }

    /**
     * Up to {@value #HEADLINE_TARGETS} measurable targets: the first of each level-1 indicator in the form's order
     * (output, outcome, satisfaction…), then the next measurable ones.
     */
    private List<Views.HeadlineTarget> headlineTargets(List<Indicator> indicators) {
        // Chosen by position, in the form's order. An indicator equal to one chosen is not chosen again, so each chosen
        // one is the first of its equals, and the form's order is theirs.
        int n = indicators.size();
        boolean[] chosen = new boolean[n];
        List<Indicator> picked = new ArrayList<>(HEADLINE_TARGETS);
        java.util.Set<String> levels = new java.util.HashSet<>();
        for (int k = 0; k < n && picked.size() < HEADLINE_TARGETS; k++) {
            Indicator i = indicators.get(k);
            if (headline(i) && levels.add(i.level1().zh())) {
                chosen[k] = true;
                picked.add(i);
            }
        }
        for (int k = 0; k < n && picked.size() < HEADLINE_TARGETS; k++) {
            Indicator i = indicators.get(k);
            if (!chosen[k] && headline(i) && !isAmong(i, picked)) {
                chosen[k] = true;
                picked.add(i);
            }
        }
        IndicatorTableView table = new IndicatorTableView(c);
        List<Views.HeadlineTarget> targets = new ArrayList<>(picked.size());
        for (int k = 0; k < n; k++) {
            if (chosen[k]) {
                Indicator i = indicators.get(k);
                targets.add(new Views.HeadlineTarget(c.txt(i.name()), table.target(i.target())));
            }
        }
        return targets;
    }

    /**
     * True when {@code indicator} equals one of {@code picked}. Indicators read from the content each have their own
     * place in it, so the places are compared first: the record's generated {@code equals} sets up method handles on
     * its first call in a JVM, milliseconds of a small site's build, to find what the places already tell.
     */
    private static boolean isAmong(Indicator indicator, List<Indicator> picked) {
        for (Indicator other : picked) {
            if (samePlace(other.at(), indicator.at()) && other.equals(indicator)) {
                return true;
            }
        }
        return false;
    }

    private static boolean samePlace(SourcePosition a, SourcePosition b) {
        return a == b || a != null && b != null && a.line() == b.line() && a.column() == b.column()
                && Objects.equals(a.file(), b.file());
    }

    private static boolean headline(Indicator indicator) {
        return indicator.isMeasurable() && indicator.target() != null;
    }

    private List<Views.Fact> facts(Project p) {
        List<Views.Fact> facts = new ArrayList<>();
        facts.add(new Views.Fact(c.labels.get("project.name"), c.txt(p.name())));
        fact(facts, "project.code", p.code());
        fact(facts, "project.nature", p.nature());
        fact(facts, "project.category", p.category());
        fact(facts, "project.department", p.department());
        fact(facts, "project.implementer", p.implementer());
        if (p.start() != null) {
            facts.add(new Views.Fact(c.labels.get("project.start"), plain(c.formats.date(p.start()))));
        }
        if (p.end() != null) {
            facts.add(new Views.Fact(c.labels.get("project.end"), plain(c.formats.date(p.end()))));
        }
        return facts;
    }

    private void fact(List<Views.Fact> facts, String label, Text value) {
        if (value != null) {
            facts.add(new Views.Fact(c.labels.get(label), c.txt(value)));
        }
    }

    private static Views.Txt plain(String text) {
        return new Views.Txt(text, null, false);
    }

    /** 实施周期: from the planned start to the planned end, as far as the form gives them. */
    private String period(Project p) {
        if (p.start() != null && p.end() != null) {
            return c.labels.format("period", c.formats.date(p.start()), c.formats.date(p.end()));
        }
        if (p.start() != null) {
            return c.labels.format("period.from", c.formats.date(p.start()));
        }
        return p.end() == null ? null : c.labels.format("period.until", c.formats.date(p.end()));
    }

    /** The sections' headings, numbered in the order of the form over the parts this project's form has. */
    private Views.Headings headings(Project p, String period, boolean budgetSection) {
        List<String> numerals = List.of(c.labels.get("section.numerals").split(","));
        int[] next = {0};
        Function<String, String> numbered = key -> c.labels.format("section.numbered", numerals.get(next[0]++),
                c.labels.get(key));
        String overview = p.sections().overview() == null ? null : numbered.apply("section.overview");
        String basis = p.sections().basis() == null ? null : numbered.apply("section.basis");
        String necessity = p.sections().necessity() == null ? null : numbered.apply("section.necessity");
        String measures = p.sections().measures() == null ? null : numbered.apply("section.measures");
        String implementer = p.implementer() == null ? null : numbered.apply("section.implementer");
        String plan = p.sections().plan() == null ? null : numbered.apply("section.plan");
        String periodHeading = period == null ? null : numbered.apply("section.period");
        String budget = budgetSection ? numbered.apply("section.budget") : null;
        return new Views.Headings(overview, basis, necessity, measures, implementer, plan, periodHeading, budget,
                numbered.apply("section.goals"));
    }

    private List<Views.Amount> funds(Funds f) {
        if (f == null) {
            return List.of();
        }
        List<Views.Amount> amounts = new ArrayList<>();
        amounts.add(amount("funds.total", f.total(), true));
        if (f.fiscal() != null) {
            amounts.add(amount("funds.fiscal", f.fiscal(), false));
        }
        sources(amounts, f.sources());
        if (f.other() != null) {
            amounts.add(amount("funds.other", f.other(), false));
        }
        return amounts;
    }

    private List<Views.Amount> annualFunds(AnnualFunds a) {
        List<Views.Amount> amounts = new ArrayList<>();
        amounts.add(amount("annual.total", a.total(), true));
        if (a.appropriation() != null) {
            amounts.add(amount("annual.appropriation", a.appropriation(), false));
        }
        sources(amounts, a.sources());
        if (a.carryover() != null) {
            amounts.add(amount("annual.carryover", a.carryover(), false));
        }
        if (a.other() != null) {
            amounts.add(amount("annual.other", a.other(), false));
        }
        return amounts;
    }

    private Views.Amount amount(String label, Money money, boolean total) {
        return new Views.Amount(c.labels.get(label), null, c.formats.amount(money.yuan()), total, false);
    }

    private void sources(List<Views.Amount> amounts, List<FundSource> sources) {
        for (FundSource source : sources) {
            amounts.add(new Views.Amount(c.labels.get("funds.sourcePrefix"), c.txt(source.name()),
                    c.formats.amount(source.amount().yuan()), false, true));
        }
    }

    private List<Views.Item> items(Project p) {
        List<Views.Item> items = new ArrayList<>();
        for (BudgetItem item : p.budgetItems()) {
            items.add(new Views.Item(c.txt(item.name()), c.formats.amount(item.amount().yuan()), c.txt(item.basis())));
        }
        return items;
    }

    /** The recipients of a shared fund and, where the indicators give them, each one's targets. */
    private Views.Recipients recipients(Project p) {
        if (p.recipients().isEmpty()) {
            return null;
        }
        List<Views.RecipientRow> rows = new ArrayList<>();
        for (Recipient r : p.recipients()) {
            rows.add(new Views.RecipientRow(c.txt(r.name()), c.txt(r.implementer()), c.txt(r.content()),
                    r.amount() == null ? null : c.formats.amount(r.amount().yuan())));
        }
        boolean amounts = p.recipients().stream().allMatch(r -> r.amount() != null);
        String total = amounts ? c.formats.amount(p.recipients().stream().map(r -> r.amount().yuan())
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add)) : null;
        IndicatorTableView table = new IndicatorTableView(c);
        List<Views.RecipientTargetRow> targets = new ArrayList<>();
        for (Indicator indicator : p.indicators()) {
            if (!indicator.recipientTargets().isEmpty()) {
                targets.add(new Views.RecipientTargetRow(c.txt(indicator.name()),
                        indicator.recipientTargets().stream().map(table::target).toList()));
            }
        }
        return new Views.Recipients(rows, p.recipients().stream().anyMatch(r -> r.implementer() != null),
                p.recipients().stream().anyMatch(r -> r.content() != null),
                p.recipients().stream().anyMatch(r -> r.amount() != null), total,
                p.recipients().stream().map(r -> c.txt(r.name())).toList(), targets);
    }

    private Views.Link link(ProjectLinks.Neighbour other, String labelKey) {
        if (other == null) {
            return null;
        }
        return new Views.Link(other.id() + ".html",
                c.labels.format(labelKey, Objects.requireNonNull(other.name()).in(c.language)));
    }

    /** The same project in the unit's declarations of other years, nearest year first. */
    private Views.Items<Views.Link> otherYears(Project p, ProjectLinks links) {
        List<Views.Link> years = new ArrayList<>();
        String path = c.paths.project(c.language, p.id());
        for (ProjectLinks.OtherYear other : links.otherYears()) {
            years.add(new Views.Link(SitePaths.link(path, c.paths.of(other.folder()).project(c.language, p.id())),
                    c.labels.format("otherYears.year", other.year())));
        }
        return Views.Items.of(years);
    }
}
