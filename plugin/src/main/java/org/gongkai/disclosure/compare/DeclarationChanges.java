package org.gongkai.disclosure.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A declaration against the same unit's declaration of the fiscal year before: the totals of both years, the projects
 * new this year, those of last year that are gone, and those that continue (with how many of them changed).
 */
public record DeclarationChanges(
        int previousYear,
        String previousFolder,
        int previousProjects,
        BigDecimal previousTotal,
        int projects,
        BigDecimal total,
        BigDecimal difference,
        BigDecimal percent,
        List<ProjectBrief> added,
        List<ProjectBrief> removed,
        int continued,
        int changed) {

    public DeclarationChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /**
     * @param previous last year's projects, by id, in their order
     * @param current this year's projects, in their order
     */
    public static DeclarationChanges between(int previousYear, String previousFolder, Map<String, ProjectBrief> previous,
            List<ProjectBrief> current) {
        return between(previousYear, previousFolder, previous, current, java.util.Set.of());
    }

    /**
     * @param unpublished the ids of this year's projects kept unpublished (drafts): still filed, so not gone, but not
     *     shown either
     */
    public static DeclarationChanges between(int previousYear, String previousFolder, Map<String, ProjectBrief> previous,
            List<ProjectBrief> current, java.util.Set<String> unpublished) {
        Map<String, ProjectBrief> left = new LinkedHashMap<>(previous);
        left.keySet().removeAll(unpublished);
        List<ProjectBrief> added = new ArrayList<>();
        int continued = 0;
        int changed = 0;
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (ProjectBrief project : current) {
            total = total.add(project.annualTotal());
            ProjectBrief before = left.remove(project.id());
            if (before == null) {
                added.add(project);
            } else {
                continued++;
                if (!ProjectChanges.between(before, project).unchanged()) {
                    changed++;
                }
            }
        }
        BigDecimal previousTotal = previous.values().stream().map(ProjectBrief::annualTotal)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal difference = total.subtract(previousTotal);
        return new DeclarationChanges(previousYear, previousFolder, previous.size(), previousTotal, current.size(), total,
                difference, ProjectChanges.percent(difference, previousTotal), added, List.copyOf(left.values()),
                continued, changed);
    }
}
