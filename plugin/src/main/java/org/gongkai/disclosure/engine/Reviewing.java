package org.gongkai.disclosure.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.diag.Diagnostics;
import org.gongkai.disclosure.load.ContentLoader;
import org.gongkai.disclosure.load.SiteLayout;
import org.gongkai.disclosure.load.YamlNode;
import org.gongkai.disclosure.model.SiteOptions;
import org.gongkai.disclosure.review.ReportWriter;
import org.gongkai.disclosure.review.ReviewReport;
import org.gongkai.disclosure.review.ReviewSettings;
import org.gongkai.disclosure.review.ReviewSettingsReader;
import org.gongkai.disclosure.review.ReviewSeverity;
import org.gongkai.disclosure.review.Reviewer;
import org.gongkai.disclosure.review.RuleSettings;
import org.gongkai.disclosure.write.OutputRefusedException;
import org.gongkai.disclosure.write.SiteWriter;

/**
 * One review: {@code review.yaml} read, the content checked and each project reviewed as it is read, the projects
 * compared, and the report written through the atomic writer into a folder of its own, owned as the site's is.
 */
final class Reviewing {

    /** A file only a published site has: a folder holding it is the site, which the report must never replace. */
    static final String SITE_ONLY = "sitemap.xml";

    private final Engine engine;
    private final Settings settings;
    private final ContentLoader loader;

    Reviewing(Engine engine, Settings settings, ContentLoader loader) {
        this.engine = engine;
        this.settings = settings;
        this.loader = loader;
    }

    ReviewOutcome run(Path reviewDir) throws IOException, ConfigurationException {
        SiteSettings placement = new SiteSettings(reviewDir, null, SiteOptions.NONE);
        OutputPlacement.Refusal refusal = OutputPlacement.check(settings, placement);
        if (refusal != null) {
            // The same refusals as the site's, in the review's terms: its own folder and parameter.
            String key = refusal.key().replaceFirst("^site\\.", "review.");
            throw refusal.other() == null ? engine.configuration(key, refusal.output())
                    : engine.configuration(key, refusal.output(), refusal.other());
        }
        long started = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        ReviewSettings rules = readSettings(loader, settings.contentDir(), diagnostics);
        boolean settingsRead = !diagnostics.hasErrors();
        SiteLayout layout = loader.discover(settings.contentDir(), diagnostics);
        ReviewPass pass = new ReviewPass(new Reviewer(rules), layout, loader::display);
        try (Scheduler scheduler = new Scheduler()) {
            engine.build(scheduler, diagnostics, layout, null, null, pass);
        }
        CheckReport check = engine.report(diagnostics, layout, started);
        if (!settingsRead || layout.declarations().isEmpty()) {
            engine.listener().info(engine.say("review.log.notWritten", engine.display(reviewDir)));
            return new ReviewOutcome(check, null);
        }
        ReviewReport review = pass.finish();
        write(review, reviewDir);
        log(review, reviewDir, started);
        if (!check.passed()) {
            engine.listener().info(engine.say("review.log.checkErrors", check.errors()));
        }
        return new ReviewOutcome(check, review);
    }

    /** The rules as {@code review.yaml} sets them (the defaults without it); its mistakes reported to {@code sink}. */
    static ReviewSettings readSettings(ContentLoader loader, Path contentDir, DiagnosticSink sink) throws IOException {
        Optional<YamlNode> root = loader.readOptional(contentDir, ReviewSettingsReader.FILE, sink);
        return root.map(r -> new ReviewSettingsReader(sink).read(r,
                        loader.display(contentDir.resolve(ReviewSettingsReader.FILE))))
                .orElseGet(ReviewSettings::defaults);
    }

    private void write(ReviewReport review, Path reviewDir)
            throws IOException, ConfigurationException {
        SiteWriter writer = new SiteWriter(reviewDir);
        try (SiteWriter.Lock lock = writer.lock()) {
            writer.recover();
            Set<String> owned = writer.inspect();
            if (owned.contains(SITE_ONLY)) {
                throw engine.configuration("review.outputIsSite", reviewDir);
            }
            try (SiteWriter.Staging staging = writer.begin(owned, false)) {
                new ReportWriter(engine.display(settings.contentDir())).write(review, staging);
                staging.commit();
            }
        } catch (OutputRefusedException e) {
            throw switch (e.reason()) {
                case BUSY -> engine.configuration("site.outputBusy", reviewDir);
                case NOT_OURS -> engine.configuration("review.outputNotOurs", reviewDir);
                case UNLISTED -> engine.configuration("review.outputIsSite", reviewDir);
                case WORK_NOT_OURS -> engine.configuration("review.workNotOurs", e.path(), reviewDir);
                case FILE_NOT_OURS -> engine.configuration("review.fileNotOurs", e.path(), reviewDir);
                // Only packaging a published site refuses so; the review writes, it never archives.
                case NO_SITE, FILE_MISSING -> throw new IllegalStateException(e);
            };
        }
    }

    private void log(ReviewReport review, Path reviewDir, long started) {
        Map<String, Long> counts = review.byRule();
        for (RuleSettings rule : review.settings().rules()) {
            if (rule.enabled()) {
                engine.listener().info(engine.say("review.log.rule", rule.rule().name(),
                        counts.getOrDefault(rule.rule().name(), 0L)));
            }
        }
        long concern = review.bySeverity(ReviewSeverity.CONCERN);
        long advice = review.bySeverity(ReviewSeverity.ADVICE);
        engine.listener().info(review.multi()
                ? engine.say("review.log.writtenSite", review.projects(), review.declarations().size(), review.findings(),
                        concern, advice, engine.display(reviewDir), Engine.millisSince(started))
                : engine.say("review.log.written", review.projects(), review.findings(), concern, advice,
                        engine.display(reviewDir), Engine.millisSince(started)));
    }
}
