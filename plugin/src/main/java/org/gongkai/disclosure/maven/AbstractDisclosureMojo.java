package org.gongkai.disclosure.maven;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

import org.gongkai.disclosure.check.TranslationPolicy;
import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.diag.MessageCatalog;
import org.gongkai.disclosure.diag.ProgressListener;
import org.gongkai.disclosure.engine.CheckReport;
import org.gongkai.disclosure.engine.ConfigurationException;
import org.gongkai.disclosure.engine.Engine;
import org.gongkai.disclosure.engine.Settings;
import org.gongkai.disclosure.model.Language;

/**
 * What every goal shares: the parameters, the skip logic, the connection of the core's progress to Maven's
 * log, and the one place where outcomes become Maven's exceptions. A content problem is a
 * {@link MojoFailureException} (BUILD FAILURE), and so is a configuration that cannot work; a broken
 * environment is a {@link MojoExecutionException}.
 */
abstract class AbstractDisclosureMojo extends AbstractMojo {

    /** The key, in the plugin's context of a build, of the diagnostics already printed. */
    private static final String SHOWN = AbstractDisclosureMojo.class.getName() + ".shown";

    /** The Maven project's folder; paths in messages are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File baseDirectory;

    /** The folder with {@code declaration.yaml} and {@code projects/}. A module without it is skipped. */
    @Parameter(property = "disclosure.contentDirectory", defaultValue = "${project.basedir}/src/disclosure")
    protected File contentDirectory;

    /** Skips the goal. */
    @Parameter(property = "disclosure.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * What a text without English is: {@code error} (the build fails) or {@code warn} (reported, and the site
     * shows the Chinese with a visible "not yet translated" note).
     */
    @Parameter(property = "disclosure.translations", defaultValue = "error")
    protected String translations;

    /** The language of the build's messages: {@code en} or {@code zh}. */
    @Parameter(property = "disclosure.messageLanguage", defaultValue = "en")
    protected String messageLanguage;

    /** Fails the build when there are warnings, not only errors. */
    @Parameter(property = "disclosure.failOnWarning", defaultValue = "false")
    protected boolean failOnWarning;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        Language language = language(messageLanguage);
        Engine quiet = new Engine(settings(language, TranslationPolicy.ERROR), ProgressListener.SILENT);
        if (skip) {
            getLog().info(quiet.say("log.skip"));
            return;
        }
        if (!contentDirectory.isDirectory()) {
            getLog().info(quiet.say("log.noContent", relative(contentDirectory)));
            return;
        }
        MavenProgress progress = new MavenProgress(getLog(), shownInThisBuild());
        Engine engine = new Engine(settings(language, parseTranslations(quiet)), progress);
        try {
            run(engine);
            if (progress.notRepeated > 0) {
                getLog().info(engine.say("log.shownAbove", progress.notRepeated));
            }
        } catch (ConfigurationException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException(engine.say("log.ioFailed", e.getMessage()), e);
        }
    }

    /** The goal's work; returns normally, or fails through {@link #failOnProblems}. */
    protected abstract void run(Engine engine)
            throws IOException, ConfigurationException, MojoFailureException, MojoExecutionException;

    /** Fails the build when the check found errors (or warnings, with {@code failOnWarning}). */
    protected void failOnProblems(Engine engine, CheckReport report) throws MojoFailureException {
        if (report.errors() > 0) {
            throw new MojoFailureException(engine.say("log.failed", report.errors()));
        }
        if (failOnWarning && report.warnings() > 0) {
            throw new MojoFailureException(engine.say("log.failedWarnings", report.warnings()));
        }
    }

    /**
     * The diagnostics this plugin's goals have printed in this build of this project: with {@code check} and
     * {@code generate} both bound, {@code generate} checks again but does not print the same warnings twice.
     */
    @SuppressWarnings("unchecked")
    private Set<String> shownInThisBuild() {
        Map<Object, Object> context = getPluginContext();
        if (context == null) {
            return ConcurrentHashMap.newKeySet();
        }
        synchronized (context) {
            return (Set<String>) context.computeIfAbsent(SHOWN, key -> ConcurrentHashMap.newKeySet());
        }
    }

    private Settings settings(Language language, TranslationPolicy policy) {
        return new Settings(baseDirectory.toPath(), contentDirectory.toPath(), policy, language);
    }

    /** The language of a goal's messages, from its {@code disclosure.messageLanguage}. */
    static Language language(String messageLanguage) throws MojoFailureException {
        // The language of messages is what is wrong, so the message is given in both.
        return Language.fromCode(messageLanguage.trim().toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new MojoFailureException(Arrays.stream(Language.values())
                        .map(l -> MessageCatalog.of(l).format(Message.of("log.badParameter", "disclosure.messageLanguage",
                                messageLanguage, "en, zh")))
                        .collect(Collectors.joining(" / "))));
    }

    private TranslationPolicy parseTranslations(Engine engine) throws MojoFailureException {
        return translationPolicy(translations, engine);
    }

    /** A goal's {@code disclosure.translations}: {@code error} or {@code warn}, whatever their case. */
    static TranslationPolicy translationPolicy(String translations, Engine engine) throws MojoFailureException {
        return Arrays.stream(TranslationPolicy.values())
                .filter(p -> p.name().equalsIgnoreCase(translations.trim()))
                .findFirst()
                .orElseThrow(() -> new MojoFailureException(engine.say("log.badParameter", "disclosure.translations",
                        translations, Arrays.stream(TranslationPolicy.values())
                                .map(p -> p.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")))));
    }

    private String relative(File file) {
        return baseDirectory.toPath().toAbsolutePath().relativize(file.toPath().toAbsolutePath()).toString();
    }

    /**
     * The core's progress in Maven's log: errors as errors, warnings as warnings, notes as information; a diagnostic
     * already printed by another goal of this build is not printed again.
     */
    private static final class MavenProgress implements ProgressListener {
        private final Log log;
        /** What this build has printed, which this goal adds to. */
        private final Set<String> shown;
        /** What goals before this one printed; a goal that runs on (serve) prints its own lines each time. */
        private final Set<String> shownBefore;
        private int notRepeated;

        MavenProgress(Log log, Set<String> shown) {
            this.log = log;
            this.shown = shown;
            this.shownBefore = Set.copyOf(shown);
        }

        @Override
        public void info(String line) {
            log.info(line);
        }

        @Override
        public void diagnostic(Diagnostic diagnostic, String formatted) {
            if (shownBefore.contains(formatted)) {
                notRepeated++;
                return;
            }
            shown.add(formatted);
            switch (diagnostic.severity()) {
                case ERROR -> log.error(formatted);
                case WARNING -> log.warn(formatted);
                case NOTE -> log.info(formatted);
            }
        }
    }
}
