package org.gongkai.disclosure.engine;

import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.gongkai.disclosure.load.DeclarationSource;
import org.gongkai.disclosure.load.SiteLayout;
import org.gongkai.disclosure.render.ProjectLinks;

/**
 * The same project (by id) in the other years of the same unit (by its Chinese name), for sites of several
 * declarations. Project pages link these, so they must be known before any page is written: the ids are read quickly
 * from the files' {@code id} lines, once a run ({@link ProjectIds}).
 */
final class OtherYears {

    private OtherYears() {
    }

    /** The key of a project in the map: its declaration's folder and its id. */
    static String key(String folder, String id) {
        return folder + "/" + id;
    }

    /**
     * Each project's other years, nearest first, by {@link #key}. Units whose declarations are all {@code reused}
     * (by {@link IncrementalPlan#key}) have their pages already and are left out; so are drafts, unless the site
     * publishes them ({@code drafts}, the preview).
     */
    static Map<String, List<ProjectLinks.OtherYear>> of(SiteLayout layout, Set<String> reused, ProjectIds projectIds) {
        boolean drafts = projectIds.drafts();
        Map<String, List<DeclarationSource>> byUnit = layout.declarations().stream()
                .filter(d -> d.declaration() != null && d.folder() != null && (drafts || !d.draft()))
                .collect(Collectors.groupingBy(d -> d.declaration().unit().zh(), TreeMap::new, Collectors.toList()));
        Map<String, List<ProjectLinks.OtherYear>> links = new HashMap<>();
        for (List<DeclarationSource> years : byUnit.values()) {
            if (years.size() < 2 || years.stream().allMatch(d -> reused.contains(IncrementalPlan.key(d)))) {
                continue;
            }
            Map<DeclarationSource, Set<String>> ids = new IdentityHashMap<>();
            for (DeclarationSource source : years) {
                ids.put(source, projectIds.of(source));
            }
            for (DeclarationSource source : years) {
                int year = source.declaration().fiscalYear();
                for (String id : ids.get(source)) {
                    List<ProjectLinks.OtherYear> others = years.stream()
                            .filter(other -> other != source && ids.get(other).contains(id))
                            .sorted(Comparator.comparingInt((DeclarationSource o) ->
                                    Math.abs(o.declaration().fiscalYear() - year))
                                    .thenComparing(o -> -o.declaration().fiscalYear()))
                            .map(other -> new ProjectLinks.OtherYear(other.declaration().fiscalYear(), other.folder()))
                            .toList();
                    if (!others.isEmpty()) {
                        links.put(key(source.folder(), id), others);
                    }
                }
            }
        }
        return links;
    }
}
