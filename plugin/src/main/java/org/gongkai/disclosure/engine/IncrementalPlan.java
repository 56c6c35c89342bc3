package org.gongkai.disclosure.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.load.ContentLoader;
import org.gongkai.disclosure.load.DeclarationSource;
import org.gongkai.disclosure.load.Parallel;
import org.gongkai.disclosure.load.SiteLayout;
import org.gongkai.disclosure.render.RouteTable;
import org.gongkai.disclosure.review.ReviewSettingsReader;

/**
 * Which declarations of this run can be taken from the published site as they are: those whose files, and everything
 * every page depends on (the plugin, the settings, the theme, the site's own files), have the fingerprints they had
 * when it was published, and whose first file is still there. Made once, before the build; the build then follows it
 * and never has to change its mind.
 */
final class IncrementalPlan {

    /** The record's key of a single declaration, which has no folder. */
    private static final String SINGLE = ".";

    /**
     * A declaration taken as published: its record, and its projects' summaries, the names of its downloads and the
     * routes of all its files (null until {@link #forBuilding} has read them), made once for the check and the site.
     */
    record Reused(BuildRecord.Published published, BuildRecord.PublishedFiles files, List<RouteTable.Route> routes) {
    }

    private final String global;
    private final Map<String, BuildRecord.Fingerprints> fingerprints;
    /** Each declaration's fingerprint of its own files and of what every page depends on, without its unit's years. */
    private final Map<String, String> derivedKeys;
    private final Map<String, Reused> reusable;
    private final boolean upToDate;
    private final SiteLayout layout;

    private IncrementalPlan(String global, Map<String, BuildRecord.Fingerprints> fingerprints,
            Map<String, String> derivedKeys,
            Map<String, Reused> reusable, boolean upToDate, SiteLayout layout) {
        this.global = global;
        this.fingerprints = fingerprints;
        this.derivedKeys = derivedKeys;
        this.reusable = reusable;
        this.upToDate = upToDate;
        this.layout = layout;
    }

    /**
     * @param published the record of the published build, or null for a full build
     * @param output the published site's folder
     */
    static IncrementalPlan make(Settings settings, SiteSettings site, SiteLayout layout, BuildRecord.PublishedBuild published,
            Path output, ProjectIds projectIds) throws IOException {
        String global = global(settings, site, layout);
        Map<String, String> derivedKeys = new LinkedHashMap<>();
        Map<String, BuildRecord.Fingerprints> fingerprints = declarations(layout, site, published, derivedKeys, global,
                projectIds);
        Map<String, Reused> reusable = new LinkedHashMap<>();
        if (published != null && published.global().equals(global)) {
            Map<Path, Set<String>> listings = new HashMap<>();
            for (DeclarationSource source : layout.declarations()) {
                BuildRecord.Published before = published.declarations().get(key(source));
                if (source.declaration() != null && before != null
                        && before.fingerprint().equals(fingerprints.get(key(source)).fingerprint())) {
                    // The record says what was published; checking that each of a large site's files is still
                    // there would cost a system call apiece, so each declaration's folder is looked for: it finds a
                    // folder removed behind our back. Then the whole site is built again.
                    if (!stillThere(output.resolve(RouteTable.firstPage(layout.languages(), source.folder())),
                            source.folder() == null, listings)) {
                        return new IncrementalPlan(global, fingerprints, derivedKeys, Map.of(), false, layout);
                    }
                    reusable.put(key(source), new Reused(before, null, null));
                }
            }
        }
        boolean upToDate = !layout.declarations().isEmpty() && reusable.keySet().equals(fingerprints.keySet())
                && published != null && published.declarations().keySet().equals(fingerprints.keySet());
        return new IncrementalPlan(global, fingerprints, derivedKeys, reusable, upToDate, layout);
    }

    /**
     * This plan, ready to build: the reused declarations with their projects' summaries, if those can be read and
     * the output's marker lists every file of theirs; otherwise a full build (the marker was edited, or the record
     * is not this folder's). {@code markerAsRecorded} tells that the marker is the very file the recorded build left
     * (as this version writes it, with the recorded checksum): it lists every file of that build, and the files are
     * not looked up in it. {@code summaries} is what {@code record.files()} read (null when unreadable); it is not
     * read for a plan that takes no declaration as published ({@link #isIncremental()} false).
     */
    IncrementalPlan forBuilding(Map<String, BuildRecord.PublishedFiles> summaries, BuildRecord record, Set<String> owned,
            boolean markerAsRecorded, DerivedFiles derived) throws IOException {
        if (reusable.isEmpty()) {
            return this;
        }
        IncrementalPlan plan = withSummaries(summaries, owned, !markerAsRecorded, derived);
        record.keepOnly(plan.reusable.keySet()); // a declaration built again, or a full build, needs none of it
        return plan;
    }

    /**
     * As {@link #forBuilding}, with the published summaries read (null: unreadable); each reused file is looked up
     * in the marker's {@code owned} when {@code checkMarker}.
     */
    private IncrementalPlan withSummaries(Map<String, BuildRecord.PublishedFiles> summaries, Set<String> owned,
            boolean checkMarker, DerivedFiles derived) throws IOException {
        if (summaries == null) {
            return new IncrementalPlan(global, fingerprints, derivedKeys, Map.of(), false, layout);
        }
        List<DeclarationSource> taken = layout.declarations().stream().filter(s -> reusable.containsKey(key(s)))
                .toList();
        // What the search index and the next year's comparison take from a declaration is kept beside the site;
        // without it the declaration cannot be taken as it is.
        for (DeclarationSource source : taken) {
            if (!derived.has(source)) {
                return new IncrementalPlan(global, fingerprints, derivedKeys, Map.of(), false, layout);
            }
        }
        // Two or more at a time: a large site's routes are 200,000 paths, each looked up in the marker's.
        List<Reused> checked = taken.parallelStream().map(source -> {
            BuildRecord.PublishedFiles files = summaries.get(key(source));
            List<RouteTable.Route> routes = files == null ? null : RouteTable.declaration(layout.languages(),
                    source.folder(), files.projects(), files.downloads());
            return routes == null || checkMarker && !listed(routes, owned) ? null
                    : new Reused(reusable.get(key(source)).published(), files, routes);
        }).toList();
        Map<String, Reused> ready = new LinkedHashMap<>();
        for (int i = 0; i < taken.size(); i++) {
            if (checked.get(i) == null) {
                return new IncrementalPlan(global, fingerprints, derivedKeys, Map.of(), false, layout);
            }
            ready.put(key(taken.get(i)), checked.get(i));
        }
        return new IncrementalPlan(global, fingerprints, derivedKeys, ready, false, layout);
    }

    /**
     * True when a declaration's first page is still there: for a single declaration the page itself; for one of many,
     * its folder in the listing of the language's folder, read once for all of them ({@link FolderNames}).
     */
    private static boolean stillThere(Path firstPage, boolean single, Map<Path, Set<String>> listings)
            throws IOException {
        if (single) {
            return Files.exists(firstPage, LinkOption.NOFOLLOW_LINKS);
        }
        Path folder = firstPage.getParent();
        Set<String> listed = listings.get(folder.getParent());
        if (listed == null) {
            listed = FolderNames.of(folder.getParent());
            listings.put(folder.getParent(), listed);
        }
        return listed.contains(folder.getFileName().toString());
    }

    /** True when the marker lists every file of the routes. */
    private static boolean listed(List<RouteTable.Route> routes, Set<String> owned) {
        for (RouteTable.Route route : routes) {
            if (!owned.contains(route.path())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name of what is derived from a declaration alone and kept beside the site (its part of the search index,
     * its projects in brief): the same whenever its own files and what every page depends on are the same.
     */
    String derivedKey(DeclarationSource source) {
        return derivedKeys.get(key(source));
    }

    /** A declaration's key in the record: its folder, or "." for a single declaration. */
    static String key(DeclarationSource source) {
        return source.folder() == null ? SINGLE : source.folder();
    }

    /** True when nothing has changed since the published build: the site stays exactly as it is. */
    boolean upToDate() {
        return upToDate;
    }

    /** True when some declarations are taken as published, and the rest of the site is compared file by file. */
    boolean isIncremental() {
        return !reusable.isEmpty();
    }

    /** A declaration that is taken as it was published, or null when it is built. */
    Reused reused(DeclarationSource source) {
        return reusable.get(key(source));
    }

    Set<String> reusedKeys() {
        return reusable.keySet();
    }

    /** The warnings of the declarations taken as published, to report them again. */
    List<Diagnostic> reusedDiagnostics() {
        return reusable.values().stream().flatMap(r -> r.published().diagnostics().stream()).toList();
    }

    /**
     * The record of this build, once published: the output marker's checksum as the commit left it, and each published
     * declaration's fingerprint, summaries and diagnostics. A draft left out is not recorded, so it is checked again
     * on every run.
     */
    void save(BuildRecord record, String marker, List<DeclarationBuild.Outcome> outcomes) throws IOException {
        Map<String, BuildRecord.PublishedFiles> projects = new LinkedHashMap<>();
        Map<String, List<Diagnostic>> diagnostics = new LinkedHashMap<>();
        Map<String, BuildRecord.Fingerprints> published = new LinkedHashMap<>();
        for (DeclarationBuild.Outcome outcome : outcomes) {
            if (outcome.entry() == null) {
                continue;
            }
            String key = key(outcome.source());
            projects.put(key, new BuildRecord.PublishedFiles(outcome.entry().projects(), outcome.entry().downloads(),
                    outcome.entry().department()));
            diagnostics.put(key, outcome.diagnostics());
            published.put(key, fingerprints.get(key));
        }
        record.save(global, marker, published, projects, diagnostics);
    }

    /**
     * The fingerprint of what every page depends on: the plugin itself, the settings, the theme, and the content
     * folder's own files (site.yaml, glossary.yaml, frameworks).
     */
    private static String global(Settings settings, SiteSettings site, SiteLayout layout) throws IOException {
        Fingerprint f = new Fingerprint();
        f.add(BuildRecord.FORMAT);
        f.add(String.valueOf(IncrementalPlan.class.getPackage().getImplementationVersion()));
        f.addCode(IncrementalPlan.class);
        f.add(settings.translations().name());
        f.addValue(layout.languages());
        f.addValue(layout.site());
        f.addValue(site.options());
        f.add(String.valueOf(site.drafts()));
        if (site.themeDir() != null) {
            f.addTree(site.themeDir());
        }
        Path content = settings.contentDir().toAbsolutePath().normalize();
        f.addFile(content.resolve(ContentLoader.SITE_FILE));
        f.addFile(content.resolve(ReviewSettingsReader.FILE)); // the review's summary on each index follows it
        f.addFile(content.resolve(ContentLoader.GLOSSARY_FILE));
        f.addTree(content.resolve(ContentLoader.FRAMEWORKS_DIR));
        return f.hex();
    }

    /**
     * Each declaration's fingerprints (see {@link BuildRecord.Published}). Its own: its declaration.yaml, its
     * department.yaml, its glossary, its project files and its results. Its pages also take from its unit's other
     * years: the year before's projects themselves (they are compared with it), and of every other year only which
     * projects it has (a page links the same project there). So its fingerprint holds its own, its previous year's
     * own, and the fingerprint of the other years' ids: a project changed this year does not build last year again.
     * The ids of a declaration whose files are as recorded are taken from the record; the others' are read quickly.
     */
    private static Map<String, BuildRecord.Fingerprints> declarations(SiteLayout layout, SiteSettings site,
            BuildRecord.PublishedBuild published, Map<String, String> derived, String global, ProjectIds projectIds)
            throws IOException {
        List<String> hexes = Parallel.map(layout.declarations(), IncrementalPlan::own);
        Map<String, String> own = new LinkedHashMap<>();
        Map<String, List<DeclarationSource>> byUnit = new TreeMap<>();
        for (int i = 0; i < hexes.size(); i++) {
            DeclarationSource source = layout.declarations().get(i);
            own.put(key(source), hexes.get(i));
            derived.put(key(source), new Fingerprint().add(global).add(hexes.get(i)).hex());
            if (source.declaration() != null) {
                byUnit.computeIfAbsent(source.declaration().unit().zh(), u -> new ArrayList<>()).add(source);
            }
        }
        Map<String, BuildRecord.Published> recorded = published != null && published.global().equals(global)
                ? published.declarations() : Map.of();
        PreviousYears years = new PreviousYears(layout, site.drafts());
        Map<String, String> ids = new HashMap<>();
        Map<String, String> combined = new LinkedHashMap<>();
        for (DeclarationSource source : layout.declarations()) {
            Fingerprint f = new Fingerprint().add(own.get(key(source)));
            if (source.declaration() != null) {
                DeclarationSource previous = years.of(source);
                for (DeclarationSource other : byUnit.get(source.declaration().unit().zh())) {
                    if (other == source) {
                        continue;
                    }
                    f.add(key(other));
                    if (other == previous) {
                        f.add("previous").add(own.get(key(other)));
                    } else {
                        f.add("ids").add(ids(other, own, recorded, ids, projectIds));
                    }
                }
            }
            combined.put(key(source), f.hex());
        }
        // Once every other year has asked: a declaration whose ids none needed keeps the recorded ones, if still its.
        Map<String, BuildRecord.Fingerprints> fingerprints = new LinkedHashMap<>();
        combined.forEach((key, hex) -> {
            BuildRecord.Published before = recorded.get(key);
            String known = ids.containsKey(key) || before == null || !own.get(key).equals(before.own()) ? ids.get(key)
                    : before.ids();
            fingerprints.put(key, new BuildRecord.Fingerprints(hex, own.get(key), known));
        });
        return fingerprints;
    }

    /** The fingerprint of a declaration's year, folder, draft mark and projects' ids, as its other years see it. */
    private static String ids(DeclarationSource source, Map<String, String> own,
            Map<String, BuildRecord.Published> recorded, Map<String, String> known, ProjectIds projectIds) {
        return known.computeIfAbsent(key(source), key -> {
            BuildRecord.Published before = recorded.get(key);
            if (before != null && before.ids() != null && own.get(key).equals(before.own())) {
                return before.ids();
            }
            Fingerprint f = new Fingerprint().add(key).add(String.valueOf(source.declaration().fiscalYear()))
                    .add(String.valueOf(source.draft()));
            projectIds.of(source).stream().sorted().forEach(f::add);
            return f.hex();
        });
    }

    /** The fingerprint of a declaration's own files. */
    private static String own(DeclarationSource source) throws IOException {
        return new Fingerprint().add(key(source))
                .addFile(source.dir().resolve(ContentLoader.DECLARATION_FILE))
                .addFile(source.dir().resolve(ContentLoader.DEPARTMENT_FILE))
                .addFile(source.dir().resolve(ContentLoader.GLOSSARY_FILE))
                .addFiles(source.projectFiles(), source.projectStamps())
                .add(ContentLoader.RESULTS_DIR)
                .addFiles(source.resultFiles())
                .hex();
    }
}
