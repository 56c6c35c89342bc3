package org.gongkai.disclosure;

import java.io.IOException;

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
