package org.gongkai.disclosure.engine;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.disclosure.load.DeclarationSource;
import org.gongkai.disclosure.load.QuickId;

/**
 * The ids of each declaration's projects, read quickly from their files at most once a run: the plan fingerprints a
 * unit's other years by them, and the links between a unit's years are made from them. Reading them twice was a
 * tenth of the time before the first page of a full build.
 */
final class ProjectIds {

    private final boolean drafts;
    private final Map<DeclarationSource, Set<String>> read = new IdentityHashMap<>();

    /** @param drafts whether drafts' projects count (the preview publishes them) */
    ProjectIds(boolean drafts) {
        this.drafts = drafts;
    }

    boolean drafts() {
        return drafts;
    }

    /** The ids of {@code source}'s projects; without drafts' unless drafts are published. */
    Set<String> of(DeclarationSource source) {
        synchronized (read) {
            Set<String> ids = read.get(source);
            if (ids != null) {
                return ids;
            }
        }
        // Outside the lock: the files are read two or more at a time.
        Set<String> ids = source.projectFiles().parallelStream()
                .map(file -> drafts ? QuickId.of(file) : QuickId.ofPublished(file))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        synchronized (read) {
            read.putIfAbsent(source, ids);
            return read.get(source);
        }
    }
}
