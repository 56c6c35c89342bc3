package org.gongkai.disclosure;

import java.io.IOException;
import java.nio.file.Path;
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

    public Pipeline(Settings settings, ProgressListener listener) {
        this.settings = settings;
        this.listener = listener;
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
     * With errors nothing is written and the last published site stays as it was.
     */
    public GenerateReport generate(SiteSettings site) throws IOException, ConfigurationException {
        verifyOutputIsSafe(site);
        SiteWriter writer = new SiteWriter(site.outputDir());
        if (!writer.mayReplaceOutput()) {
            throw new ConfigurationException(say("site.outputNotOurs", display(site.outputDir())));
        }
        CheckReport report = check();
        if (!report.passed()) {
            listener.info(say("site.notWritten", display(site.outputDir())));
            return new GenerateReport(report, null);
        }
        long started = System.nanoTime();
        var content = report.content();
        SiteRenderer renderer = new SiteRenderer(new Theme(site.themeDir()), new MarkdownRenderer(), site.options());
        SiteRenderer.Summary summary;
        try (SiteWriter.Staging staging = writer.begin()) {
            summary = renderer.render(content.declaration(), content.projects(), content.glossary(), staging);
            listener.info(say("site.rendered", summary.indexes() + summary.projectPages(), millisSince(started)));
            long swapping = System.nanoTime();
            staging.commit();
            listener.info(say("site.written", staging.files(), display(site.outputDir()), millisSince(swapping)));
        }
        listener.info(say("site.summary", summary.indexes(), summary.projectPages(),
                content.declaration().languages().stream().map(l -> l.code()).collect(Collectors.joining(", ")),
                millisSince(started)));
        return new GenerateReport(report, summary);
    }

    /** The output folder is replaced wholesale: it must not hold the content or the project. */
    private void verifyOutputIsSafe(SiteSettings site) throws ConfigurationException {
        Path output = site.outputDir().toAbsolutePath().normalize();
        Path content = settings.contentDir().toAbsolutePath().normalize();
        Path project = settings.projectDir().toAbsolutePath().normalize();
        if (content.startsWith(output) || output.startsWith(content) || project.startsWith(output)
                || output.getParent() == null) {
            throw new ConfigurationException(say("site.outputOverlaps", display(output), display(content)));
        }
        if (site.themeDir() != null && site.themeDir().toAbsolutePath().normalize().startsWith(output)) {
            throw new ConfigurationException(say("site.outputOverlaps", display(output), display(site.themeDir())));
        }
    }

    private String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path project = settings.projectDir().toAbsolutePath().normalize();
        return absolute.startsWith(project) && !absolute.equals(project)
                ? project.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }

    /** Loads and checks the content, reporting each diagnostic to the listener in reading order. */
    public CheckReport check() throws IOException {
        long started = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        ContentLoader loader = new ContentLoader(new YamlReader(), settings.projectDir());
        LoadedContent content = loader.load(settings.contentDir(), diagnostics);
        Checker.standard().check(content, settings.translations(), diagnostics);
        CheckReport report = new CheckReport(content, diagnostics.sorted());
        for (Diagnostic diagnostic : report.diagnostics()) {
            listener.diagnostic(diagnostic, formatter.format(diagnostic));
        }
        listener.info(catalog.format(Message.of("log.checked", loader.display(settings.contentDir()),
                content.projectFiles(), report.errors(), report.warnings(), millisSince(started))));
        return report;
    }
}
