package org.gongkai.disclosure.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gongkai.disclosure.model.AnnualFunds;
import org.gongkai.disclosure.model.BudgetItem;
import org.gongkai.disclosure.model.Funds;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Project;

/** The view of a project page: every field of the declaration in the order of the official form. */
final class ProjectPage {

    private final PageContext c;

    ProjectPage(PageContext context) {
        this.c = context;
    }

    Views.ProjectView view(Project p, ProjectLinks links) {
        return view(p, links, null);
    }

    /** @param comparison the project against last year's, or null when it has none */
    Views.ProjectView view(Project p, ProjectLinks links, YearComparison comparison) {
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
        return new Views.ProjectView(
                page,
                c.txt(p.name()),
                facts(p),
                funds(p.funds()),
                annualFunds(p.annualFunds()),
                c.html(p.sections().overview()),
                c.html(p.sections().basis()),
                c.txt(p.implementer()),
                c.html(p.sections().plan()),
                c.labels.format("period", c.formats.date(p.start().date()), c.formats.date(p.end().date())),
                p.sections().budget() != null || !p.budgetItems().isEmpty(),
                c.html(p.sections().budget()),
                items(p),
                p.budgetItems().isEmpty() ? null : c.formats.amount(p.annualFunds().total().yuan()),
                c.txt(p.goals().overall()),
                c.txt(p.goals().annual()),
                c.labels.format("indicators.caption", name, p.indicators().size()),
                p.indicators().stream().anyMatch(i -> i.weight() != null),
                indicators(p),
                Downloads.forProject(p.id(), links, c),
                otherYears(p, links),
                link(links.previous(), "previous"),
                link(links.next(), "next"),
                new ChangesSection(c).view(p.id(), comparison));
    }

    private List<Views.Fact> facts(Project p) {
        return List.of(
                new Views.Fact(c.labels.get("project.name"), c.txt(p.name())),
                new Views.Fact(c.labels.get("project.nature"), c.txt(p.nature())),
                new Views.Fact(c.labels.get("project.category"), c.txt(p.category())),
                new Views.Fact(c.labels.get("project.department"), c.txt(p.department())),
                new Views.Fact(c.labels.get("project.implementer"), c.txt(p.implementer())),
                new Views.Fact(c.labels.get("project.start"), plain(c.formats.date(p.start().date()))),
                new Views.Fact(c.labels.get("project.end"), plain(c.formats.date(p.end().date()))));
    }

    private static Views.Txt plain(String text) {
        return new Views.Txt(text, null, false);
    }

    private List<Views.Amount> funds(Funds f) {
        return List.of(
                new Views.Amount(c.labels.get("funds.total"), c.formats.amount(f.total().yuan()), true),
                new Views.Amount(c.labels.get("funds.fiscal"), c.formats.amount(f.fiscal().yuan()), false),
                new Views.Amount(c.labels.get("funds.other"), c.formats.amount(f.other().yuan()), false));
    }

    private List<Views.Amount> annualFunds(AnnualFunds a) {
        return List.of(
                new Views.Amount(c.labels.get("annual.total"), c.formats.amount(a.total().yuan()), true),
                new Views.Amount(c.labels.get("annual.appropriation"), c.formats.amount(a.appropriation().yuan()), false),
                new Views.Amount(c.labels.get("annual.carryover"), c.formats.amount(a.carryover().yuan()), false),
                new Views.Amount(c.labels.get("annual.other"), c.formats.amount(a.other().yuan()), false));
    }

    private List<Views.Item> items(Project p) {
        List<Views.Item> items = new ArrayList<>();
        for (BudgetItem item : p.budgetItems()) {
            items.add(new Views.Item(c.txt(item.name()), c.formats.amount(item.amount().yuan())));
        }
        return items;
    }

    /**
     * The indicator table as on the paper form: one row group per level-1 indicator, the level-1 and level-2
     * cells merged over the rows they head, and each target cell naming its headers for screen readers.
     */
    private List<Views.IndicatorGroup> indicators(Project p) {
        List<Views.IndicatorGroup> groups = new ArrayList<>();
        List<Indicator> all = p.indicators();
        int i = 0;
        int level1Count = 0;
        while (i < all.size()) {
            String level1 = all.get(i).level1().zh();
            int groupEnd = i;
            while (groupEnd < all.size() && all.get(groupEnd).level1().zh().equals(level1)) {
                groupEnd++;
            }
            String level1Id = "l1-" + (++level1Count);
            List<Views.IndicatorRow> rows = new ArrayList<>();
            int j = i;
            while (j < groupEnd) {
                String level2 = all.get(j).level2().zh();
                int subEnd = j;
                while (subEnd < groupEnd && all.get(subEnd).level2().zh().equals(level2)) {
                    subEnd++;
                }
                String level2Id = level1Id + "-" + (j - i + 1);
                for (int k = j; k < subEnd; k++) {
                    Indicator indicator = all.get(k);
                    Views.Cell level1Cell = k == i ? new Views.Cell(c.txt(indicator.level1()), groupEnd - i, level1Id) : null;
                    Views.Cell level2Cell = k == j ? new Views.Cell(c.txt(indicator.level2()), subEnd - j, level2Id) : null;
                    String nameId = "ind-" + (k + 1);
                    rows.add(new Views.IndicatorRow(level1Cell, level2Cell, c.txt(indicator.name()), nameId,
                            target(indicator), weight(indicator),
                            String.join(" ", "col-target", level1Id, level2Id, nameId)));
                }
                j = subEnd;
            }
            groups.add(new Views.IndicatorGroup(rows));
            i = groupEnd;
        }
        return groups;
    }

    private Views.Txt target(Indicator indicator) {
        boolean untranslated = c.formats.isUntranslated(indicator.target());
        return new Views.Txt(c.formats.target(indicator.target()), untranslated ? Language.ZH.htmlLang() : null,
                untranslated);
    }

    private static String weight(Indicator indicator) {
        if (indicator.weight() == null) {
            return null;
        }
        BigDecimal points = indicator.weight().points().stripTrailingZeros();
        return (points.scale() < 0 ? points.setScale(0) : points).toPlainString();
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
