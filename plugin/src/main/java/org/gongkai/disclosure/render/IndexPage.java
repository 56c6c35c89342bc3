package org.gongkai.disclosure.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.model.Declared;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.render.SiteRenderer.PageContext;

/** The view of a language's index: key figures, the table of projects with its total, the chart. */
final class IndexPage {

    private final PageContext c;

    IndexPage(PageContext context) {
        this.c = context;
    }

    Views.IndexView view(List<Project> projects, Downloads downloads) {
        String path = c.paths.index(c.language);
        BigDecimal total = projects.stream().map(p -> p.annualFunds().total().yuan())
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        String heading = c.declaration.title().in(c.language);
        Views.Page page = c.page(path, heading, List.of(new Views.Crumb(null, c.labels.get("home"), true)));

        List<Views.ProjectRow> rows = new ArrayList<>();
        for (Project p : projects) {
            BigDecimal annual = p.annualFunds().total().yuan();
            rows.add(new Views.ProjectRow(c.txt(p.name()), projectHref(p), c.txt(p.category()),
                    c.formats.amount(annual), c.formats.percent(annual, total)));
        }

        BigDecimal largest = projects.stream().map(p -> p.annualFunds().total().yuan())
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        List<Views.Bar> bars = new ArrayList<>();
        for (Project p : projects.stream().sorted(SiteRenderer.byAnnualFundsDescending()).toList()) {
            BigDecimal annual = p.annualFunds().total().yuan();
            String width = largest.signum() == 0 ? "0"
                    : annual.multiply(BigDecimal.valueOf(100)).divide(largest, 2, java.math.RoundingMode.HALF_UP).toPlainString();
            bars.add(new Views.Bar(c.txt(p.name()), projectHref(p), c.formats.money(annual), width));
        }

        return new Views.IndexView(page, c.txt(c.declaration.title()), c.html(c.declaration.summary()),
                figures(projects, total), rows, c.formats.amount(total), bars, downloads.forIndex(c.labels));
    }

    private String projectHref(Project p) {
        return "projects/" + p.id() + ".html";
    }

    private List<Views.Figure> figures(List<Project> projects, BigDecimal total) {
        long indicators = projects.stream().mapToLong(p -> p.indicators().size()).sum();
        long measurable = projects.stream().flatMap(p -> p.indicators().stream())
                .map(Indicator::target).filter(t -> t.isNumeric()).count();
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
