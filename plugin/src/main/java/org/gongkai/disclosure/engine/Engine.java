package org.gongkai.disclosure.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.gongkai.disclosure.check.Checker;
import org.gongkai.disclosure.check.GovernmentSiteRule;
import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.diag.DiagnosticFormatter;
import org.gongkai.disclosure.diag.Diagnostics;
import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.diag.MessageCatalog;
import org.gongkai.disclosure.diag.ProgressListener;
import org.gongkai.disclosure.load.ContentLoader;
import org.gongkai.disclosure.load.DeclarationSource;
import org.gongkai.disclosure.load.LoadedContent;
import org.gongkai.disclosure.load.SiteLayout;
import org.gongkai.disclosure.load.YamlReader;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.render.DeclarationEntry;
import org.gongkai.disclosure.render.MarkdownRenderer;
import org.gongkai.disclosure.render.RouteTable;
import org.gongkai.disclosure.render.SiteRenderer;
import org.gongkai.disclosure.render.Theme;
import org.gongkai.disclosure.review.ReportWriter;
import org.gongkai.disclosure.review.Reviewer;
import org.gongkai.disclosure.search.SearchIndex;
import org.gongkai.disclosure.search.Segment;
import org.gongkai.disclosure.write.OutputRefusedException;
import org.gongkai.disclosure.write.SiteWriter;

/**
 * Gongkai's engine, load → check → render → write, as plain Java: {@link #check()} reads and checks the content;
 * {@link #generate} also publishes the site when no error stands, leaving the last published site as it was
 * otherwise. The Maven goals are thin wrappers around it; tests call it directly.
 */
public final class Engine {

    private final Settings settings;
    private final ProgressListener listener;
    private final MessageCatalog catalog;
    private final DiagnosticFormatter formatter;
    /** Reads the content; also names files in messages, relative to the Maven project. */
    private final ContentLoader loader;

    public Engine(Settings settings, ProgressListener listener) {
        this.settings = settings;
        this.listener = listener;
        this.loader = new ContentLoader(new YamlReader(), settings.projectDir());
        this.catalog = MessageCatalog.of(settings.messageLanguage());
        this.formatter = new DiagnosticFormatter(catalog);
    }

    public ProgressListener listener() {
        return listener;
    }

    public DiagnosticFormatter formatter() {
        return formatter;
    }

    /** Formats a message of the catalog in the language of this run's messages. */
    public String say(String key, Object... args) {
        return catalog.format(Message.of(key, args));
    }

    /** A path as messages show it: relative to the project. */
    public String display(Path path) {
        return loader.display(path);
    }

    /**
     * Checks the content, streaming through every declaration, and reports each diagnostic in reading order;
     * {@code review.yaml}, when there is one, is checked too.
     */
    public CheckReport check() throws IOException {
        long started = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Reviewing.readSettings(loader, settings.contentDir(), diagnostics);
        SiteLayout layout = loader.discover(settings.contentDir(), diagnostics);
        new GovernmentSiteRule().check(layout.options(), layout.siteUrlAt(), diagnostics);
        try (Scheduler scheduler = new Scheduler()) {
            build(scheduler, diagnostics, layout, null, null, null);
        }
        return report(diagnostics, layout, started);
    }

    /**
     * Checks the content and writes the finance bureau's review of its targets into {@code reviewDir} (never into
     * the published site): a report in both languages and its tables, through the atomic writer. The review is written
     * also when the check finds errors, over what could be read; it is not written when {@code review.yaml} has
     * errors, and the last report then stays as it was.
     */
    public ReviewOutcome review(Path reviewDir) throws IOException, ConfigurationException {
        return new Reviewing(this, settings, loader).run(reviewDir);
    }

    /** Reads a single-declaration content folder whole, for tools and tests; see {@link ContentLoader#load}. */
    public LoadedContent load() throws IOException {
        return loader.load(settings.contentDir(), new Diagnostics());
    }

    /**
     * Checks the content and, when no error stands, renders the site and publishes it in place of the previous one.
     * With errors nothing is published and the last published site stays as it was.
     *
     * @param incremental take unchanged declarations from the published site; false builds the whole site, e.g. after
     *     the published site was edited by hand
     */
    public GenerateReport generate(SiteSettings site, boolean incremental) throws IOException, ConfigurationException {
        OutputPlacement.Refusal refusal = OutputPlacement.check(settings, site);
        if (refusal != null) {
            throw refusal.other() == null ? configuration(refusal.key(), refusal.output())
                    : configuration(refusal.key(), refusal.output(), refusal.other());
        }
        SiteWriter writer = new SiteWriter(site.outputDir());
        try (SiteWriter.Lock lock = writer.lock()) {
            return publish(site, writer, incremental);
        } catch (OutputRefusedException e) {
            throw refused(e, site);
        }
    }

    /** As {@link #generate(SiteSettings, boolean)}, incrementally. */
    public GenerateReport generate(SiteSettings site) throws IOException, ConfigurationException {
        return generate(site, true);
    }

    /**
     * Archives the site published in {@code output} as a zip: the files its marker lists and the marker, in path order,
     * every entry dated {@code time}, so that the same site always gives the same bytes. Holds the output's lock, so
     * that no run changes the site meanwhile.
     *
     * @return the number of files archived
     */
    public int archive(Path output, Path zip, java.time.LocalDateTime time) throws IOException, ConfigurationException {
        SiteSettings site = new SiteSettings(output, null, org.gongkai.disclosure.model.SiteOptions.NONE);
        SiteWriter writer = new SiteWriter(output);
        try (SiteWriter.Lock lock = writer.lock()) {
            writer.recover();
            int files = org.gongkai.disclosure.write.SiteArchive.write(writer, zip, time);
            listener.info(say("archive.written", files, display(output), display(zip)));
            return files;
        } catch (OutputRefusedException e) {
            throw refused(e, site);
        }
    }

    private GenerateReport publish(SiteSettings configured, SiteWriter writer, boolean incremental)
            throws IOException, OutputRefusedException, ConfigurationException {
        long started = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        SiteLayout layout = loader.discover(settings.contentDir(), diagnostics);
        new GovernmentSiteRule().check(layout.options(), layout.siteUrlAt(), diagnostics);
        SiteSettings site = configured.over(layout.options());
        writer.recover();
        BuildRecord record = new BuildRecord(writer.workFolder());
        if (!incremental) {
            record.clear();
        }
        BuildRecord.PublishedBuild published = incremental && writer.hasPublishedSite() && !diagnostics.hasErrors()
                ? record.load() : null;
        ProjectIds projectIds = new ProjectIds(site.drafts());
        IncrementalPlan plan = IncrementalPlan.make(settings, site, layout, published, writer.output(), projectIds);
        if (plan.upToDate()) {
            // The theme and every file are as they were when the site was published: nothing to read or write.
            plan.reusedDiagnostics().forEach(diagnostics::report);
            report(diagnostics, layout, started);
            listener.info(say("site.upToDate", display(site.outputDir()), millisSince(started)));
            return new GenerateReport(new CheckReport(diagnostics.sorted(), layout.declarations().size(),
                    layout.projectFiles()), new GenerateReport.Written(0, 0, 0));
        }
        // The published summaries are read while the marker is: each takes a tenth of a second at 100,000 projects.
        CompletableFuture<Map<String, BuildRecord.PublishedFiles>> summaries = plan.isIncremental()
                ? CompletableFuture.supplyAsync(record::files) : CompletableFuture.completedFuture(null);
        java.util.Set<String> owned = writer.inspect();
        if (owned.contains(ReportWriter.REVIEW_ONLY) && !owned.contains(Reviewing.SITE_ONLY)) {
            throw configuration("site.outputIsReview", site.outputDir());
        }
        PreviousYears years = new PreviousYears(layout, site.drafts());
        DerivedFiles derived = new DerivedFiles(writer.workFolder(), plan, years);
        plan = plan.forBuilding(summaries.join(), record, owned,
                published != null && writer.markerIs(published.marker()), derived);
        derived = new DerivedFiles(writer.workFolder(), plan, years);
        Theme theme = Theme.load(site.themeDir(), loader::display, diagnostics);
        try (SiteWriter.Staging staging = writer.begin(owned, plan.isIncremental());
                Scheduler scheduler = new Scheduler()) {
            SiteRenderer renderer = new SiteRenderer(theme, new MarkdownRenderer(), site.options());
            // review.yaml is checked as disclosure:check checks it, whether or not the site shows the review's summary.
            var reviewSettings = Reviewing.readSettings(loader, settings.contentDir(), diagnostics);
            Publishing publishing = new Publishing(staging, renderer, layout, site.options().provenance(),
                    layout.isMulti() ? OtherYears.of(layout, plan.reusedKeys(), projectIds) : java.util.Map.of(),
                    site.drafts(), site.options().reviewSummary() ? new Reviewer(reviewSettings) : null,
                    years, derived);
            List<DeclarationBuild.Outcome> outcomes = build(scheduler, diagnostics, layout, publishing, plan, null);
            scheduler.close(); // every task has finished before the staged site is committed or thrown away
            CheckReport report = report(diagnostics, layout, started);
            if (!report.passed() || layout.declarations().isEmpty()) {
                listener.info(say("site.notWritten", display(site.outputDir())));
                return new GenerateReport(report, null);
            }
            // A draft declaration left out has no entry, and no part in the search.
            List<DeclarationBuild.Outcome> shown = outcomes.stream().filter(o -> o.entry() != null).toList();
            List<DeclarationEntry> entries = shown.stream().map(DeclarationBuild.Outcome::entry).toList();
            if (entries.isEmpty()) {
                listener.info(say("site.allDrafts", display(site.outputDir())));
                return new GenerateReport(report, null);
            }
            boolean keeping = plan.isIncremental() && !owned.isEmpty();
            SearchIndex.Published search = SearchIndex.publish(shown.stream().map(o -> new SearchIndex.Part(
                    o.source().folder(), o.source().declaration().fiscalYear(), o.segment())).toList(), staging,
                    path -> {
                        if (!keeping || !owned.contains(path)) {
                            return false;
                        }
                        staging.keep(path);
                        return true;
                    }, derived.searchRecord());
            // A declaration taken as published brings its routes, made from the same summaries as its entry.
            Map<DeclarationEntry, List<RouteTable.Route>> made = new IdentityHashMap<>();
            shown.stream().filter(o -> o.routes() != null).forEach(o -> made.put(o.entry(), o.routes()));
            RouteTable routes = RouteTable.of(layout.languages(), layout.isMulti(), entries, theme.assets().keySet(),
                    search.files(), made::get);
            Glossary glossary = layout.declarations().get(0).glossary();
            renderer.site(layout.site(), entries, routes, layout.languages(), glossary, staging);
            int indexes = routes.count(RouteTable.Kind::isIndex);
            int projectPages = routes.count(kind -> kind == RouteTable.Kind.PROJECT);
            listener.info(say("site.rendered", routes.count(RouteTable.Kind::isIndexed), millisSince(started)));
            long committing = System.nanoTime();
            // The search record describes the shards published; a run killed between the commit and its saving must
            // not leave the old record beside the new shards, so it is dropped first (the next run merges in full).
            java.nio.file.Files.deleteIfExists(derived.searchRecord());
            staging.commit();
            listener.info(say("site.written", staging.files() - staging.kept(), display(site.outputDir()),
                    millisSince(committing)));
            if (staging.kept() > 0) {
                listener.info(say("site.reused", staging.kept(), plan.reusedKeys().size(), layout.declarations().size()));
            }
            plan.save(record, writer.markerChecksum(), outcomes);
            search.save();
            derived.removeAllBut(layout.declarations());
            GenerateReport.Written written = new GenerateReport.Written(indexes, projectPages, staging.files());
            listener.info(say("site.summary", written.indexes(), written.projectPages(),
                    layout.languages().stream().map(l -> l.code()).collect(Collectors.joining(", ")),
                    millisSince(started)));
            return new GenerateReport(report, written);
        }
    }

    /**
     * Builds every declaration, a few at a time, and waits for all of them; with {@code publishing} null they are
     * only checked. A declaration the plan takes as published keeps its files and repeats its warnings. With
     * {@code review}, every project read is also reviewed.
     */
    List<DeclarationBuild.Outcome> build(Scheduler scheduler, Diagnostics diagnostics, SiteLayout layout,
            Publishing publishing, IncrementalPlan plan, ReviewPass review) throws IOException {
        DeclarationBuild.Run run = new DeclarationBuild.Run(scheduler, loader, Checker.standard(), settings.translations(),
                diagnostics, review);
        PreviousYears years = publishing == null ? new PreviousYears(layout, false) : publishing.previousYears();
        Map<DeclarationSource, Future<DeclarationBuild.Outcome>> futures = new IdentityHashMap<>();
        // Oldest year first: a declaration's pages are compared with its previous year's, which it waits for.
        for (DeclarationSource source : years.startingOrder()) {
            IncrementalPlan.Reused reused = plan == null ? null : plan.reused(source);
            futures.put(source, scheduler.drive(() -> {
                try {
                    return reused != null ? keep(source, reused, publishing, diagnostics)
                            : new DeclarationBuild(run, source, publishing).run();
                } finally {
                    years.finished(source);
                }
            }));
        }
        return Tasks.awaitAll(layout.declarations().stream().map(futures::get).toList());
    }

    /** Takes a declaration that has not changed from the published site: its files kept, its warnings repeated. */
    private static DeclarationBuild.Outcome keep(DeclarationSource source, IncrementalPlan.Reused reused,
            Publishing publishing, Diagnostics diagnostics) throws IOException {
        List<Diagnostic> published = reused.published().diagnostics();
        published.forEach(diagnostics::report);
        for (RouteTable.Route route : reused.routes()) {
            publishing.out().keep(route.path());
        }
        return new DeclarationBuild.Outcome(source, new DeclarationEntry(source.folder(), source.declaration(),
                reused.files().projects(), reused.files().downloads(), reused.files().department()), published,
                Segment.lazy(publishing.derived().segment(source)), reused.routes());
    }

    CheckReport report(Diagnostics diagnostics, SiteLayout layout, long started) {
        CheckReport report = new CheckReport(diagnostics.sorted(), layout.declarations().size(), layout.projectFiles());
        for (Diagnostic diagnostic : report.diagnostics()) {
            listener.diagnostic(diagnostic, formatter.format(diagnostic));
        }
        listener.info(layout.isMulti()
                ? say("log.checkedSite", display(settings.contentDir()), report.declarations(),
                        report.projectFiles(), report.errors(), report.warnings(), millisSince(started))
                : say("log.checked", display(settings.contentDir()), report.projectFiles(), report.errors(),
                        report.warnings(), millisSince(started)));
        return report;
    }

    private ConfigurationException refused(OutputRefusedException e, SiteSettings site) {
        return switch (e.reason()) {
            case BUSY -> configuration("site.outputBusy", site.outputDir());
            case NOT_OURS -> configuration("site.outputNotOurs", site.outputDir());
            case UNLISTED -> configuration("site.outputUnlisted", site.outputDir());
            case WORK_NOT_OURS -> configuration("site.workNotOurs", e.path(), site.outputDir());
            case FILE_NOT_OURS -> configuration("site.fileNotOurs", e.path(), site.outputDir());
            case NO_SITE -> configuration("archive.noSite", site.outputDir());
            case FILE_MISSING -> configuration("archive.fileMissing", e.path(), site.outputDir());
        };
    }

    ConfigurationException configuration(String key, Path... paths) {
        return new ConfigurationException(say(key, java.util.Arrays.stream(paths).map(this::display).toArray()));
    }

    static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }
}
