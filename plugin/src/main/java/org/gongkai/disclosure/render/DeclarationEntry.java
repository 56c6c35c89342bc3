package org.gongkai.disclosure.render;

import java.math.BigDecimal;
import java.util.List;

import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.DepartmentSummary;
import org.gongkai.disclosure.model.ProjectSummary;

/**
 * A written declaration, as the site's index and sitemap need it.
 *
 * @param downloads the file names of its downloads, in the order its index links them
 * @param department what the index and landing pages show of its department's form, or null when it files none
 */
public record DeclarationEntry(String folder, Declaration declaration, List<ProjectSummary> projects,
        List<String> downloads, DepartmentSummary department) {

    public DeclarationEntry {
        projects = List.copyOf(projects);
        downloads = List.copyOf(downloads);
    }

    /** A declaration of projects only. */
    public DeclarationEntry(String folder, Declaration declaration, List<ProjectSummary> projects,
            List<String> downloads) {
        this(folder, declaration, projects, downloads, null);
    }

    public BigDecimal annualTotal() {
        return projects.stream().map(ProjectSummary::annualTotal).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
