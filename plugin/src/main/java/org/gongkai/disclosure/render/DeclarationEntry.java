package org.gongkai.disclosure.render;

import java.math.BigDecimal;
import java.util.List;

import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.ProjectSummary;

/** A written declaration, as the site's index and sitemap need it. */
public record DeclarationEntry(String folder, Declaration declaration, List<ProjectSummary> projects) {

    public DeclarationEntry {
        projects = List.copyOf(projects);
    }

    public BigDecimal annualTotal() {
        return projects.stream().map(ProjectSummary::annualTotal).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
