package org.gongkai.disclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.gongkai.disclosure.check.CheckContext;
import org.gongkai.disclosure.check.Checker;
import org.gongkai.disclosure.check.ProjectTally;
import org.gongkai.disclosure.check.TranslationPolicy;
import org.gongkai.disclosure.data.OpenData;
import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.diag.Diagnostics;
import org.gongkai.disclosure.load.ContentLoader;
import org.gongkai.disclosure.load.DeclarationSource;
import org.gongkai.disclosure.load.QuickId;
import org.gongkai.disclosure.load.SiteLayout;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.ProjectSummary;
import org.gongkai.disclosure.render.DeclarationEntry;
import org.gongkai.disclosure.render.DeclarationPages;
import org.gongkai.disclosure.render.ProjectLinks;
import org.gongkai.disclosure.render.SiteOutput;
import org.gongkai.disclosure.render.SiteRenderer;

/**
 * One run over a content folder: each declaration's projects stream through in ordered batches. Workers read,
 * check and encode the projects of a batch in parallel; the batch is then tallied and appended to the downloads in
 * file order, and its pages are rendered one batch behind, when each page's next neighbour is known. While a batch
 * is tallied and rendered the next one is already being read. Only small summaries are kept, so memory stays
 * bounded whatever the number of projects. Once an error is found nothing more is rendered, but every file is still
 * checked, so that one run reports every problem.
 */
final class Build implements AutoCloseable {

    /** Projects per batch and thread: enough to keep the threads busy, few enough to bound memory. */
    private static final int BATCH_PER_THREAD = 32;

    private final ContentLoader loader;
    private final Checker checker;
    private final TranslationPolicy translations;
    private final Diagnostics diagnostics;
    private final ExecutorService pool;
    private final ExecutorService drivers;
    private final int batchSize;
    private volatile boolean errorsSeen;

    Build(ContentLoader loader, Checker checker, TranslationPolicy translations, Diagnostics diagnostics) {
        this.loader = loader;
        this.checker = checker;
        this.translations = translations;
        this.diagnostics = diagnostics;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "gongkai-build");
            thread.setDaemon(true);
            return thread;
        });
        // Several declarations at once, so that the workers never wait while one declaration ends and the next
        // begins. Drivers only wait on the workers, never the other way round.
        this.drivers = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "gongkai-declaration");
            thread.setDaemon(true);
            return thread;
        });
        this.batchSize = threads * BATCH_PER_THREAD;
        this.errorsSeen = diagnostics.hasErrors();
    }

    boolean errorsSeen() {
        return errorsSeen || diagnostics.hasErrors();
    }

    /** Where and how a declaration's pages and downloads are written; null when only checking. */
    record Rendering(org.gongkai.disclosure.write.SiteWriter.Staging staging, SiteRenderer renderer, SiteLayout layout,
            OpenData.Provenance provenance, Map<String, List<ProjectLinks.OtherYear>> otherYearsByProject) {
        SiteOutput out() {
            return staging;
        }
    }

    /** What one project's worker produced. */
    private record Item(Project project, List<Diagnostic> diagnostics, OpenData.Encoded encoded) {
        boolean clean() {
            return project != null && diagnostics.stream().noneMatch(Diagnostic::isError);
        }
    }

    /** A project ready to be rendered, with its place in the declaration. */
    private record Ready(Item item, ProjectSummary summary) {
    }

    /**
     * What became of a declaration: its entry when it was written (null otherwise), and the diagnostics of its
     * projects and totals, kept so that a later run that reuses it can report them again.
     */
    record Outcome(DeclarationSource source, DeclarationEntry entry, List<Diagnostic> diagnostics) {
    }

    /** The published files of a reused declaration were not all there: the cache cannot be trusted. */
    static final class StaleCacheException extends IOException {
        StaleCacheException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Checks (and, with {@code rendering}, writes) every declaration, several at a time, in the layout's order.
     *
     * @param reuse declarations whose published files can be taken as they are, by cache key; empty for a full run
     */
    List<Outcome> declarations(List<DeclarationSource> sources, Rendering rendering,
            Map<String, BuildCache.Published> reuse) throws IOException {
        List<Future<Outcome>> futures = new ArrayList<>(sources.size());
        for (DeclarationSource source : sources) {
            BuildCache.Published published = rendering == null ? null : reuse.get(BuildCache.key(source));
            futures.add(drivers.submit(() -> published != null && source.declaration() != null
                    ? reused(source, rendering, published) : declaration(source, rendering)));
        }
        return join(futures);
    }

    /** Takes a declaration that has not changed from the published site: its files kept, its warnings repeated. */
    private Outcome reused(DeclarationSource source, Rendering rendering, BuildCache.Published published)
            throws IOException {
        published.diagnostics().forEach(diagnostics::report);
        List<String> files = DeclarationPages.outputs(rendering.layout().languages(), source.folder(),
                published.summaries());
        // The manifest lists what was published; checking that each of a large site's files still exists would cost
        // a system call apiece (seconds on a cold disk), so only the declaration's first file is checked: it finds
        // a declaration's folder removed behind our back, and then the whole site is built again.
        for (int i = 0; i < files.size(); i++) {
            try {
                rendering.staging().keep(files.get(i), i == 0);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new StaleCacheException("Published file missing: " + files.get(i), e);
            }
        }
        return new Outcome(source, new DeclarationEntry(source.folder(), source.declaration(), published.summaries()),
                published.diagnostics());
    }

    /** Checks (and, with {@code rendering}, writes) one declaration. */
    private Outcome declaration(DeclarationSource source, Rendering rendering) throws IOException {
        List<Diagnostic> own = java.util.Collections.synchronizedList(new ArrayList<>());
        DiagnosticSink report = diagnostic -> {
            own.add(diagnostic);
            diagnostics.report(diagnostic);
            if (diagnostic.isError()) {
                errorsSeen = true;
            }
        };
        DeclarationEntry entry = declaration(source, rendering, report);
        return new Outcome(source, entry, List.copyOf(own));
    }

    /** Checks (and, with {@code rendering}, writes) one declaration; returns its entry when it was written. */
    private DeclarationEntry declaration(DeclarationSource source, Rendering rendering, DiagnosticSink report)
            throws IOException {
        CheckContext context = Checker.contextFor(source, translations);
        ProjectTally tally = new ProjectTally();
        List<ProjectSummary> summaries = new ArrayList<>(source.projectFiles().size());
        boolean render = rendering != null && source.declaration() != null && !errorsSeen();
        DeclarationPages pages = null;
        OpenData data = null;
        OpenData.Writer downloads = null;
        if (render) {
            pages = rendering.renderer().declaration(rendering.layout().site(), source.declaration(), source.glossary(),
                    rendering.layout().languages(), source.folder());
            data = new OpenData(source.declaration(), source.glossary(), rendering.provenance());
            downloads = data.open(rendering.out(), pages.paths().dataDir());
        }
        List<Path> files = source.projectFiles();
        Ready held = null;
        int nextIndicatorRow = 2;
        List<Future<Item>> reads = submitReads(files, 0, source, context, render ? data : null);
        List<Future<Void>> renders = List.of();
        Set<String> ids = new HashSet<>();
        for (int from = 0; from < files.size(); from += batchSize) {
            List<Item> items = join(reads);
            reads = submitReads(files, from + batchSize, source, context, render && !errorsSeen() ? data : null);
            List<Ready> written = new ArrayList<>(items.size());
            for (Item item : items) {
                item.diagnostics().forEach(report::report); // an error among them sets errorsSeen
                if (item.project() == null) {
                    continue;
                }
                tally.add(item.project());
                if (!ids.add(item.project().id())) {
                    // Reported by the declaration's checks at the end; its page must not overwrite the first's.
                    errorsSeen = true;
                }
                if (!render || !item.clean() || errorsSeen()) {
                    continue; // summaries are for pages, and no page is written once an error stands
                }
                ProjectSummary summary = ProjectSummary.of(item.project(), summaries.size(), nextIndicatorRow);
                summaries.add(summary);
                nextIndicatorRow += summary.indicators();
                written.add(new Ready(item, summary));
            }
            join(renders);
            renders = List.of();
            if (!render || errorsSeen()) {
                held = null;
                continue;
            }
            for (Ready each : written) {
                downloads.append(each.item().encoded());
            }
            List<Ready> ready = new ArrayList<>(written.size() + 1);
            if (held != null) {
                ready.add(held);
            }
            ready.addAll(written);
            held = ready.isEmpty() ? null : ready.remove(ready.size() - 1);
            renders = submitRenders(ready, summaries, pages, rendering, source);
        }
        join(reads);
        join(renders);
        if (held != null && render && !errorsSeen()) {
            join(submitRenders(List.of(held), summaries, pages, rendering, source));
        }
        tally.projectFiles(files.size());
        checker.checkDeclaration(context, tally, report);
        if (!render || errorsSeen()) {
            return null;
        }
        pages.indexes(summaries, downloads.finish(), rendering.out());
        return new DeclarationEntry(source.folder(), source.declaration(), summaries);
    }

    /** Starts reading the batch that begins at {@code from}; empty past the end. */
    private List<Future<Item>> submitReads(List<Path> files, int from, DeclarationSource source, CheckContext context,
            OpenData encoder) {
        if (from >= files.size()) {
            return List.of();
        }
        List<Path> batch = files.subList(from, Math.min(files.size(), from + batchSize));
        List<Future<Item>> futures = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Path file = batch.get(i);
            boolean first = from + i == 0;
            futures.add(pool.submit(() -> read(file, source, context, encoder, first)));
        }
        return futures;
    }

    /** Reads, checks and (if asked) encodes one project; runs on a worker thread. */
    private Item read(Path file, DeclarationSource source, CheckContext context, OpenData encoder, boolean first)
            throws IOException {
        Diagnostics local = new Diagnostics();
        Project project = loader.readProject(file, source, local);
        if (project == null) {
            return new Item(null, local.sorted(), null);
        }
        checker.checkProject(project, context, local);
        OpenData.Encoded encoded = !local.hasErrors() && encoder != null ? encoder.encode(project, first) : null;
        return new Item(project, local.sorted(), encoded);
    }

    /** Starts rendering the pages of projects whose neighbours are known. */
    private List<Future<Void>> submitRenders(List<Ready> ready, List<ProjectSummary> summaries, DeclarationPages pages,
            Rendering rendering, DeclarationSource source) {
        List<Future<Void>> futures = new ArrayList<>(ready.size());
        for (Ready each : ready) {
            Project project = each.item().project();
            ProjectSummary summary = each.summary();
            int position = summary.position();
            ProjectSummary previous = position > 0 ? summaries.get(position - 1) : null;
            ProjectSummary next = position + 1 < summaries.size() ? summaries.get(position + 1) : null;
            ProjectLinks links = new ProjectLinks(
                    previous == null ? null : new ProjectLinks.Neighbour(previous.id(), previous.name()),
                    next == null ? null : new ProjectLinks.Neighbour(next.id(), next.name()),
                    rendering.otherYearsByProject().getOrDefault(key(source.folder(), project.id()), List.of()),
                    position + 2, summary.firstIndicatorRow(), summary.indicators());
            futures.add(pool.submit(() -> {
                pages.project(project, links, rendering.out());
                return null;
            }));
        }
        return futures;
    }

    /**
     * The same project id in the other years of the same unit (by its Chinese name), for sites of several
     * declarations; read quickly from the files' {@code id} lines before any page is written. Units whose
     * declarations are all {@code reused} are left out.
     */
    static Map<String, List<ProjectLinks.OtherYear>> otherYears(SiteLayout layout, Set<String> reused) {
        Map<String, List<DeclarationSource>> byUnit = layout.declarations().stream()
                .filter(d -> d.declaration() != null && d.folder() != null)
                .collect(Collectors.groupingBy(d -> d.declaration().unit().zh(), java.util.TreeMap::new, Collectors.toList()));
        Map<String, List<ProjectLinks.OtherYear>> links = new HashMap<>();
        for (List<DeclarationSource> years : byUnit.values()) {
            // A unit whose declarations are all reused has its pages already: no need to read its ids.
            if (years.size() < 2 || years.stream().allMatch(d -> reused.contains(BuildCache.key(d)))) {
                continue;
            }
            Map<DeclarationSource, Set<String>> ids = new HashMap<>();
            for (DeclarationSource source : years) {
                ids.put(source, source.projectFiles().parallelStream().map(QuickId::of)
                        .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
            }
            for (DeclarationSource source : years) {
                for (String id : ids.get(source)) {
                    List<ProjectLinks.OtherYear> others = years.stream()
                            .filter(other -> other != source && ids.get(other).contains(id))
                            .sorted(java.util.Comparator.comparingInt((DeclarationSource o) ->
                                    Math.abs(o.declaration().fiscalYear() - source.declaration().fiscalYear()))
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

    private static String key(String folder, String id) {
        return folder + "/" + id;
    }

    /** Waits for tasks in order and returns their results; an I/O failure is rethrown as such. */
    private static <T> List<T> join(List<Future<T>> futures) throws IOException {
        List<T> results = new ArrayList<>(futures.size());
        try {
            for (Future<T> future : futures) {
                results.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
        return results;
    }

    @Override
    public void close() {
        drivers.shutdownNow();
        pool.shutdownNow();
    }
}
