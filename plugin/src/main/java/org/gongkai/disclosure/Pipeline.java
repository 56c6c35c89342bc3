package org.gongkai.disclosure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.gongkai.disclosure.check.Checker;
import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.diag.DiagnosticFormatter;
import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.diag.Diagnostics;
import org.gongkai.disclosure.diag.MessageCatalog;
import org.gongkai.disclosure.diag.ProgressListener;
import org.gongkai.disclosure.load.ContentLoader;
import org.gongkai.disclosure.load.LoadedContent;
import org.gongkai.disclosure.load.YamlReader;
import org.gongkai.disclosure.load.SiteLayout;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.render.DeclarationEntry;
import org.gongkai.disclosure.render.DeclarationPages;
import org.gongkai.disclosure.render.MarkdownRenderer;
import org.gongkai.disclosure.render.SiteRenderer;
import org.gongkai.disclosure.render.Theme;
import org.gongkai.disclosure.write.SiteWriter;

/**
 * Gongkai's pipeline, load → check → render → write, as plain Java. The Maven goals are thin wrappers
 * around it; tests call it directly.
 */
public final class Pipeline {

    private final Settings settings;
    private final ProgressListener listener;
    private final MessageCatalog catalog;
    private final DiagnosticFormatter formatter;
    /** Reads the content; also names files in messages, relative to the Maven project. */
    private final ContentLoader loader;

    public Pipeline(Settings settings, ProgressListener listener) {
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

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    /**
     * Checks the content and, when no error stands, renders the site and swaps it in for the previous one.
     * With errors nothing is published and the last published site stays as it was.
     */
    public GenerateReport generate(SiteSettings site) throws IOException, ConfigurationException {
        return generate(site, true);
    }

    /**
     * As {@link #generate(SiteSettings)}; with {@code incremental} false the site is built whole even when a
     * published build could be reused, e.g. after the published site was edited by hand.
     */
    public GenerateReport generate(SiteSettings site, boolean incremental) throws IOException, ConfigurationException {
        if (!incremental) {
            new BuildCache(site.outputDir()).clear();
            return build(site, false);
        }
        try {
            return build(site, true);
        } catch (Build.StaleCacheException e) {
            // The published site was changed behind our back: build it whole.
            new BuildCache(site.outputDir()).clear();
            return build(site, false);
        }
    }

    private GenerateReport build(SiteSettings site, boolean incremental) throws IOException, ConfigurationException {
        verifyOutputIsSafe(site);
        SiteWriter writer = new SiteWriter(site.outputDir());
        if (!writer.mayReplaceOutput()) {
            throw new ConfigurationException(say("site.outputNotOurs", display(site.outputDir())));
        }
        long started = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        SiteLayout layout = loader.discover(settings.contentDir(), diagnostics);

        BuildCache cache = new BuildCache(site.outputDir());
        String global = BuildCache.global(settings, site, layout);
        Map<String, String> fingerprints = BuildCache.declarations(layout);
        BuildCache.Manifest manifest = incremental && writer.hasPublishedSite() && !diagnostics.hasErrors()
                ? cache.load() : null;
        Map<String, BuildCache.Published> reusable = manifest == null ? Map.of() : manifest.reusable(global, fingerprints);
        if (!layout.declarations().isEmpty() && reusable.keySet().equals(fingerprints.keySet())
                && manifest.declarations().keySet().equals(fingerprints.keySet())) {
            // Nothing has changed since the published build: the site stays exactly as it is.
            reusable.values().forEach(p -> p.diagnostics().forEach(diagnostics::report));
            CheckReport report = report(diagnostics, layout, started);
            listener.info(say("site.upToDate", display(site.outputDir()), millisSince(started)));
            return new GenerateReport(report, new GenerateReport.Written(0, 0, 0));
        }

        try (Build build = new Build(loader, Checker.standard(), settings.translations(), diagnostics);
                SiteWriter.Staging staging = reusable.isEmpty() ? writer.begin()
                        : writer.beginIncremental(manifest.files(layout.languages()))) {
            SiteRenderer renderer = new SiteRenderer(new Theme(site.themeDir()), new MarkdownRenderer(), site.options());
            Build.Rendering rendering = new Build.Rendering(staging, renderer, layout, site.options().provenance(),
                    layout.isMulti() ? Build.otherYears(layout, reusable.keySet()) : Map.of());
            List<Build.Outcome> outcomes = build.declarations(layout.declarations(), rendering, reusable);
            CheckReport report = report(diagnostics, layout, started);
            if (!report.passed() || layout.declarations().isEmpty()) {
                listener.info(say("site.notWritten", display(site.outputDir())));
                return new GenerateReport(report, null);
            }
            List<DeclarationEntry> entries = outcomes.stream().map(Build.Outcome::entry).toList();
            Glossary glossary = layout.declarations().get(0).glossary();
            int siteIndexes = renderer.site(layout.site(), entries, layout.languages(), glossary, staging);
            int projectPages = entries.stream().mapToInt(e -> e.projects().size()).sum() * layout.languages().size();
            int declarationIndexes = entries.stream()
                    .mapToInt(e -> DeclarationPages.indexPages(e.projects().size()) * layout.languages().size()).sum();
            listener.info(say("site.rendered", declarationIndexes + siteIndexes + projectPages, millisSince(started)));
            long swapping = System.nanoTime();
            staging.commit();
            listener.info(say("site.written", staging.files() - staging.kept(), display(site.outputDir()),
                    millisSince(swapping)));
            if (staging.kept() > 0) {
                listener.info(say("site.reused", staging.kept(), reusable.size(), layout.declarations().size()));
            }
            cache.save(manifest(global, fingerprints, outcomes, staging.paths(), layout.languages()));
            GenerateReport.Written written = new GenerateReport.Written(declarationIndexes + siteIndexes, projectPages,
                    staging.files());
            listener.info(say("site.summary", written.indexes(), written.projectPages(),
                    layout.languages().stream().map(l -> l.code()).collect(Collectors.joining(", ")),
                    millisSince(started)));
            return new GenerateReport(report, written);
        }
    }

    /** The record of what was just published, for the next run to reuse. */
    private static BuildCache.Manifest manifest(String global, Map<String, String> fingerprints,
            List<Build.Outcome> outcomes, Set<String> written, List<Language> languages) {
        Map<String, BuildCache.Published> records = new LinkedHashMap<>();
        Set<String> siteFiles = new TreeSet<>(written);
        siteFiles.remove(SiteWriter.MARKER);
        for (Build.Outcome outcome : outcomes) {
            String key = BuildCache.key(outcome.source());
            records.put(key, new BuildCache.Published(fingerprints.get(key), outcome.entry().projects(),
                    outcome.diagnostics()));
            DeclarationPages.outputs(languages, outcome.source().folder(), outcome.entry().projects())
                    .forEach(siteFiles::remove);
        }
        return new BuildCache.Manifest(global, records, List.copyOf(siteFiles));
    }

    /** The output folder is replaced wholesale: it must not hold the content or the project. */
    private void verifyOutputIsSafe(SiteSettings site) throws ConfigurationException {
        if (Files.isSymbolicLink(site.outputDir())) {
            // The output folder is replaced as a whole: that would replace the link, not the folder it points to.
            throw new ConfigurationException(say("site.outputIsLink", display(site.outputDir())));
        }
        // Compared as real paths, so that a symbolic link cannot put the site inside the content or the project.
        Path output = real(site.outputDir());
        Path content = real(settings.contentDir());
        Path project = real(settings.projectDir());
        if (content.startsWith(output) || output.startsWith(content) || project.startsWith(output)
                || output.getParent() == null) {
            throw new ConfigurationException(say("site.outputOverlaps", display(site.outputDir()), display(settings.contentDir())));
        }
        if (site.themeDir() != null && real(site.themeDir()).startsWith(output)) {
            throw new ConfigurationException(say("site.outputOverlaps", display(site.outputDir()), display(site.themeDir())));
        }
    }

    /** The path with every symbolic link in its existing part resolved; the part that does not exist yet as is. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    private String display(Path path) {
        return loader.display(path);
    }

    /** Checks the content, streaming through every declaration, and reports each diagnostic in reading order. */
    public CheckReport check() throws IOException {
        long started = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        SiteLayout layout = loader.discover(settings.contentDir(), diagnostics);
        try (Build build = new Build(loader, Checker.standard(), settings.translations(), diagnostics)) {
            build.declarations(layout.declarations(), null, Map.of());
        }
        return report(diagnostics, layout, started);
    }

    /** Reads a single-declaration content folder whole, for tools and tests; see {@link ContentLoader#load}. */
    public LoadedContent load() throws IOException {
        return loader.load(settings.contentDir(), new Diagnostics());
    }

    private CheckReport report(Diagnostics diagnostics, SiteLayout layout, long started) {
        CheckReport report = new CheckReport(diagnostics.sorted(), layout.declarations().size(), layout.projectFiles());
        for (Diagnostic diagnostic : report.diagnostics()) {
            listener.diagnostic(diagnostic, formatter.format(diagnostic));
        }
        listener.info(layout.isMulti()
                ? say("log.checkedSite", loader.display(settings.contentDir()), report.declarations(),
                        report.projectFiles(), report.errors(), report.warnings(), millisSince(started))
                : say("log.checked", loader.display(settings.contentDir()), report.projectFiles(), report.errors(),
                        report.warnings(), millisSince(started)));
        return report;
    }
}
