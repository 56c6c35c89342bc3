package org.gongkai.disclosure.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.gongkai.disclosure.diag.MessageCatalog;
import org.gongkai.disclosure.engine.ConfigurationException;
import org.gongkai.disclosure.engine.Engine;
import org.gongkai.disclosure.engine.ReviewOutcome;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.review.Finding;
import org.gongkai.disclosure.review.ReviewedDeclaration;
import org.gongkai.disclosure.review.ReviewedProject;

/**
 * Reviews a {@link ContentFixture} with the real engine and reads the review back: its findings formatted as the
 * diagnostics are ({@code path:line:col: severity: reason [rule]}), its pages parsed with jsoup.
 */
public final class ReviewFixture {

    private final ContentFixture content;
    private final Path output;
    private final List<String> log = new ArrayList<>();
    private ReviewOutcome outcome;

    public ReviewFixture(ContentFixture content) {
        this.content = content;
        this.output = content.projectDir().resolve("target/disclosure-review");
    }

    public Path output() {
        return output;
    }

    /** Runs the review, passing a configuration that cannot work on to the test. */
    public ReviewOutcome reviewOrThrow() throws IOException, ConfigurationException {
        outcome = new Engine(content.settings(), log::add).review(output);
        return outcome;
    }

    public ReviewOutcome review() {
        try {
            return reviewOrThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lines the run logged, diagnostics included. */
    public List<String> log() {
        return log;
    }

    /** Every finding in content order, as {@code path:line:col: severity: reason [rule]} in {@code language}. */
    public List<String> findings(Language language) {
        ReviewOutcome reviewed = outcome != null ? outcome : review();
        MessageCatalog catalog = MessageCatalog.of(language);
        List<String> lines = new ArrayList<>();
        for (ReviewedDeclaration declaration : reviewed.review().declarations()) {
            for (ReviewedProject project : declaration.projects()) {
                for (Finding finding : project.findings()) {
                    lines.add(finding.at() + ": " + finding.severity().code() + ": " + catalog.format(finding.reason())
                            + " [" + finding.rule() + "]");
                }
            }
        }
        return lines;
    }

    public List<String> findings() {
        return findings(Language.EN);
    }

    public Document page(String path) {
        try {
            Path file = output.resolve(path);
            return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
