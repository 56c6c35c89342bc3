package org.gongkai.disclosure.render;

import java.math.BigDecimal;
import java.util.List;

import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.ProjectSummary;

/**
 * A written declaration, as the site's index and sitemap need it.
 *
 * @param downloads the file names of its downloads, in the order its index links them
 */
public record DeclarationEntry(String folder, Declaration declaration, List<ProjectSummary> projects,
        List<String> downloads) {

    public DeclarationEntry {
        projects = List.copyOf(projects);
        downloads = List.copyOf(downloads);
    }

    public BigDecimal annualTotal() {
        return projects.stream().map(ProjectSummary::annualTotal).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
