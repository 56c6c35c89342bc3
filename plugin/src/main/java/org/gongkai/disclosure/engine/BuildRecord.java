package org.gongkai.disclosure.engine;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.diag.Severity;
import org.gongkai.disclosure.model.ProjectSummary;
import org.gongkai.disclosure.model.SourcePosition;
import org.gongkai.disclosure.model.Text;

/**
 * The record of the published build, kept in the output's work folder: what every page depends on (as a
 * fingerprint), and per declaration the fingerprint of its files, its projects' summaries and its warnings, so that a
 * later run can take an unchanged declaration as it is and still report its warnings. Anything unreadable or of
 * another format counts as no record, and the next build is full.
 */
final class BuildRecord {

    /** Changes whenever what a build writes could change for the same input. */
    static final String FORMAT = "gongkai-build-record/2";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** The whole record, as it is stored. */
    record Stored(String format, String global, Map<String, StoredDeclaration> declarations) {
    }

    /** One declaration as it was published. */
    record StoredDeclaration(String fingerprint, List<StoredProject> projects, List<StoredDiagnostic> diagnostics) {
    }

    record StoredProject(String id, StoredText name, StoredText category, BigDecimal fundsTotal, BigDecimal annualTotal,
            int indicators, int measurable, int firstIndicatorRow) {
    }

    record StoredText(String zh, String en) {
    }

    record StoredDiagnostic(Severity severity, String rule, String file, int line, int column, StoredMessage message) {
    }

    /** A message: its key and arguments, each a text or a message of its own. */
    record StoredMessage(String key, List<StoredArgument> args) {
    }

    record StoredArgument(String text, StoredMessage message) {
    }

    /** A declaration as it was last published: its fingerprint, summaries and diagnostics. */
    record Published(String fingerprint, List<ProjectSummary> summaries, List<Diagnostic> diagnostics) {
    }

    /** A record read back: the global fingerprint and each declaration by key. */
    record PublishedBuild(String global, Map<String, Published> declarations) {
    }

    private final Path file;

    BuildRecord(Path workFolder) {
        this.file = workFolder.resolve("build-record.json");
    }

    /** The record of the published build, or null when there is none usable. */
    PublishedBuild load() {
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            Stored stored = JSON.readValue(file.toFile(), Stored.class);
            if (!FORMAT.equals(stored.format()) || stored.declarations() == null) {
                return null;
            }
            Map<String, Published> declarations = new LinkedHashMap<>();
            stored.declarations().forEach((key, declaration) -> declarations.put(key, published(declaration)));
            return new PublishedBuild(stored.global(), declarations);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged record only costs a full build
        }
    }

    /** Replaces the record, atomically. */
    void save(String global, Map<String, Published> declarations) throws IOException {
        Map<String, StoredDeclaration> stored = new LinkedHashMap<>();
        declarations.forEach((key, published) -> stored.put(key, stored(published)));
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        JSON.writeValue(temporary.toFile(), new Stored(FORMAT, global, stored));
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Forgets the published build: the next one is full. */
    void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    private static StoredDeclaration stored(Published published) {
        List<StoredProject> projects = new ArrayList<>(published.summaries().size());
        for (ProjectSummary s : published.summaries()) {
            projects.add(new StoredProject(s.id(), text(s.name()), text(s.category()), s.fundsTotal(), s.annualTotal(),
                    s.indicators(), s.measurable(), s.firstIndicatorRow()));
        }
        List<StoredDiagnostic> diagnostics = new ArrayList<>();
        for (Diagnostic d : published.diagnostics()) {
            diagnostics.add(new StoredDiagnostic(d.severity(), d.rule(), d.at().file(), d.at().line(), d.at().column(),
                    message(d.message())));
        }
        return new StoredDeclaration(published.fingerprint(), projects, diagnostics);
    }

    private static StoredText text(Text text) {
        return text == null ? null : new StoredText(text.zh(), text.en());
    }

    private static StoredMessage message(Message message) {
        List<StoredArgument> args = new ArrayList<>();
        for (Object arg : message.args()) {
            args.add(arg instanceof Message nested ? new StoredArgument(null, message(nested))
                    : new StoredArgument((String) arg, null));
        }
        return new StoredMessage(message.key(), args);
    }

    private static Published published(StoredDeclaration stored) {
        List<ProjectSummary> summaries = new ArrayList<>();
        int position = 0;
        for (StoredProject p : stored.projects()) {
            summaries.add(new ProjectSummary(position++, p.id(), text(p.name()), text(p.category()),
                    p.fundsTotal().setScale(2), p.annualTotal().setScale(2), p.indicators(), p.measurable(),
                    p.firstIndicatorRow()));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (StoredDiagnostic d : stored.diagnostics()) {
            diagnostics.add(new Diagnostic(d.severity(), d.rule(), new SourcePosition(d.file(), d.line(), d.column()),
                    message(d.message())));
        }
        return new Published(stored.fingerprint(), summaries, diagnostics);
    }

    private static Text text(StoredText text) {
        return text == null ? null : new Text(text.zh(), text.en(), null);
    }

    private static Message message(StoredMessage stored) {
        List<Object> args = new ArrayList<>();
        for (StoredArgument arg : stored.args()) {
            args.add(arg.message() != null ? message(arg.message()) : arg.text());
        }
        return new Message(stored.key(), args);
    }
}
