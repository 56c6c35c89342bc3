package org.gongkai.disclosure.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.gongkai.disclosure.load.DeclarationSource;

/**
 * What is derived from each declaration and kept in the output's work folder between runs, so that a declaration
 * taken unchanged from the published site need not be read again: its part of the search index
 * ({@code search/<key>.seg}) and, when the same unit's next year is on the site, its projects in brief
 * ({@code compare/<key>.briefs}), which that year is compared with. The key ({@link IncrementalPlan#derivedKey}) changes with the declaration's files, so a file is
 * never taken for another version of its declaration; files no declaration names are removed once a site is
 * published.
 */
final class DerivedFiles {

    private static final String SEARCH = "search";
    private static final String COMPARE = "compare";

    private final Path workFolder;
    private final IncrementalPlan plan;
    private final PreviousYears years;
    /** The names in each folder, listed when first asked (see {@link #has}). */
    private final Map<String, Set<String>> listings = new HashMap<>();

    DerivedFiles(Path workFolder, IncrementalPlan plan, PreviousYears years) {
        this.workFolder = workFolder;
        this.plan = plan;
        this.years = years;
    }

    /** True when the declaration's projects in brief are kept: when the next year is compared with it. */
    boolean keepsBriefs(DeclarationSource source) {
        return years.isComparedWith(source);
    }

    Path segment(DeclarationSource source) {
        return workFolder.resolve(SEARCH).resolve(plan.derivedKey(source) + ".seg");
    }

    Path briefs(DeclarationSource source) {
        return workFolder.resolve(COMPARE).resolve(plan.derivedKey(source) + ".briefs");
    }

    /** The record of the published search index. */
    Path searchRecord() {
        return workFolder.resolve("search-record");
    }

    /**
     * True when the declaration's files are there: its segment, and its briefs when they are kept. Each folder is
     * listed once, when first asked ({@link FolderNames}).
     */
    boolean has(DeclarationSource source) throws IOException {
        return listed(SEARCH).contains(segment(source).getFileName().toString())
                && (!keepsBriefs(source) || listed(COMPARE).contains(briefs(source).getFileName().toString()));
    }

    private Set<String> listed(String folder) throws IOException {
        Set<String> names = listings.get(folder);
        if (names == null) {
            names = FolderNames.of(workFolder.resolve(folder));
            listings.put(folder, names);
        }
        return names;
    }

    /** Removes the files of versions of declarations that are no longer published (and any left by a failed run). */
    void removeAllBut(List<DeclarationSource> published) throws IOException {
        Set<Path> keep = new HashSet<>();
        for (DeclarationSource source : published) {
            keep.add(segment(source));
            keep.add(briefs(source));
        }
        // The search record as versions before its binary form kept it: the one beside it now replaces it.
        Files.deleteIfExists(workFolder.resolve("search-record.json"));
        for (String folder : List.of(SEARCH, COMPARE)) {
            Path dir = workFolder.resolve(folder);
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    if (!keep.contains(file) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        Files.delete(file);
                    }
                }
            }
        }
    }
}
