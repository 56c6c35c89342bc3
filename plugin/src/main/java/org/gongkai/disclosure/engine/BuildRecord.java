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
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.diag.Severity;
import org.gongkai.disclosure.model.DepartmentSummary;
import org.gongkai.disclosure.model.ProjectSummary;
import org.gongkai.disclosure.model.ResultSummary;
import org.gongkai.disclosure.model.SourcePosition;
import org.gongkai.disclosure.model.Text;

/**
 * The record of the published build, kept in the output's work folder: what every page depends on (as a
 * fingerprint), and per declaration the fingerprint of its files and its warnings, so that a later run can take an
 * unchanged declaration as it is and still report its warnings. The projects' summaries, which only a build that
 * writes needs (an unchanged site needs none), are kept in a file of their own and read only then. Anything
 * unreadable or of another format counts as no record, and the next build is full.
 */
final class BuildRecord {

    /** Changes whenever what a build writes could change for the same input. */
    static final String FORMAT = "gongkai-build-record/4";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** The record, as it is stored. */
    record Stored(String format, String global, Map<String, StoredDeclaration> declarations) {
    }

    /** One declaration as it was published: the fingerprint of its files, and its diagnostics. */
    record StoredDeclaration(String fingerprint, List<StoredDiagnostic> diagnostics) {
    }

    /** The summaries of every declaration's projects and its downloads, by declaration, as they are stored. */
    record StoredSummaries(String format, Map<String, StoredFiles> declarations) {
    }

    /** A declaration's files: its projects' summaries, its downloads and its department form's summary (or none). */
    record StoredFiles(List<StoredProject> projects, List<String> downloads, StoredDepartment department) {
    }

    record StoredDepartment(BigDecimal income, BigDecimal expenditure, int indicators, int measurable) {
    }

    record StoredProject(String id, StoredText name, StoredText category, BigDecimal fundsTotal, BigDecimal annualTotal,
            int indicators, int measurable, int firstIndicatorRow, StoredResult result) {
    }

    /** What a project's self-evaluation came to, for the index; absent for a project without one. */
    record StoredResult(BigDecimal adjusted, BigDecimal executed, BigDecimal totalScore, int met, int measurable) {
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

    /** A declaration as it was last published: its fingerprint and diagnostics. */
    record Published(String fingerprint, List<Diagnostic> diagnostics) {
    }

    /**
     * What a published declaration's files are made from: its projects' summaries, its downloads' names, and what the
     * site's pages show of its department's form (null when it files none).
     */
    record PublishedFiles(List<ProjectSummary> projects, List<String> downloads, DepartmentSummary department) {
    }

    /** A record read back: the global fingerprint and each declaration by key. */
    record PublishedBuild(String global, Map<String, Published> declarations) {
    }

    private final Path record;
    private final Path summaries;

    BuildRecord(Path workFolder) {
        this.record = workFolder.resolve("build-record.json");
        this.summaries = workFolder.resolve("build-summaries.json");
    }

    /** The record of the published build, or null when there is none usable. */
    PublishedBuild load() {
        try {
            if (!Files.isRegularFile(record)) {
                return null;
            }
            Stored stored = JSON.readValue(record.toFile(), Stored.class);
            if (!FORMAT.equals(stored.format()) || stored.declarations() == null) {
                return null;
            }
            Map<String, Published> declarations = new LinkedHashMap<>();
            stored.declarations().forEach((key, declaration) -> declarations.put(key,
                    new Published(declaration.fingerprint(), diagnostics(declaration.diagnostics()))));
            return new PublishedBuild(stored.global(), declarations);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged record only costs a full build
        }
    }

    /** The published projects' summaries and downloads by declaration; null when unreadable (then build in full). */
    Map<String, PublishedFiles> files() {
        try {
            StoredSummaries stored = JSON.readValue(summaries.toFile(), StoredSummaries.class);
            if (!FORMAT.equals(stored.format()) || stored.declarations() == null) {
                return null;
            }
            Map<String, PublishedFiles> all = new LinkedHashMap<>();
            stored.declarations().forEach((key, files) -> all.put(key, new PublishedFiles(summaries(files.projects()),
                    files.downloads(), department(files.department()))));
            return all;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Replaces the record, atomically: the summaries first, so that a record never names summaries not written. */
    void save(String global, Map<String, String> fingerprints, Map<String, PublishedFiles> projects,
            Map<String, List<Diagnostic>> diagnostics) throws IOException {
        Map<String, StoredFiles> storedProjects = new LinkedHashMap<>();
        projects.forEach((key, files) -> storedProjects.put(key, new StoredFiles(storedProjects(files.projects()),
                files.downloads(), stored(files.department()))));
        write(summaries, new StoredSummaries(FORMAT, storedProjects));
        Map<String, StoredDeclaration> storedDeclarations = new LinkedHashMap<>();
        fingerprints.forEach((key, fingerprint) -> storedDeclarations.put(key,
                new StoredDeclaration(fingerprint, storedDiagnostics(diagnostics.getOrDefault(key, List.of())))));
        write(record, new Stored(FORMAT, global, storedDeclarations));
    }

    /** Forgets the published build: the next one is full. */
    void clear() throws IOException {
        Files.deleteIfExists(record);
        Files.deleteIfExists(summaries);
    }

    private static void write(Path file, Object value) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        JSON.writeValue(temporary.toFile(), value);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<StoredProject> storedProjects(List<ProjectSummary> summaries) {
        List<StoredProject> projects = new ArrayList<>(summaries.size());
        for (ProjectSummary s : summaries) {
            ResultSummary r = s.result();
            projects.add(new StoredProject(s.id(), text(s.name()), text(s.category()), s.fundsTotal(), s.annualTotal(),
                    s.indicators(), s.measurable(), s.firstIndicatorRow(), r == null ? null
                            : new StoredResult(r.adjusted(), r.executed(), r.totalScore(), r.met(), r.measurable())));
        }
        return projects;
    }

    private static StoredDepartment stored(DepartmentSummary d) {
        return d == null ? null : new StoredDepartment(d.income(), d.expenditure(), d.indicators(), d.measurable());
    }

    private static DepartmentSummary department(StoredDepartment d) {
        return d == null ? null : new DepartmentSummary(d.income() == null ? null : d.income().setScale(2),
                d.expenditure() == null ? null : d.expenditure().setScale(2), d.indicators(), d.measurable());
    }

    private static List<StoredDiagnostic> storedDiagnostics(List<Diagnostic> diagnostics) {
        List<StoredDiagnostic> stored = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            stored.add(new StoredDiagnostic(d.severity(), d.rule(), d.at().file(), d.at().line(), d.at().column(),
                    message(d.message())));
        }
        return stored;
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

    private static List<ProjectSummary> summaries(List<StoredProject> stored) {
        List<ProjectSummary> summaries = new ArrayList<>(stored.size());
        int position = 0;
        for (StoredProject p : stored) {
            summaries.add(new ProjectSummary(position++, p.id(), text(p.name()), text(p.category()),
                    p.fundsTotal() == null ? null : p.fundsTotal().setScale(2), p.annualTotal().setScale(2),
                    p.indicators(), p.measurable(), p.firstIndicatorRow(), p.result() == null ? null
                            : new ResultSummary(scaled(p.result().adjusted()), scaled(p.result().executed()),
                                    p.result().totalScore(), p.result().met(), p.result().measurable())));
        }
        return summaries;
    }

    private static BigDecimal scaled(BigDecimal yuan) {
        return yuan == null ? null : yuan.setScale(2);
    }

    private static List<Diagnostic> diagnostics(List<StoredDiagnostic> stored) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (stored != null) {
            for (StoredDiagnostic d : stored) {
                diagnostics.add(new Diagnostic(d.severity(), d.rule(), new SourcePosition(d.file(), d.line(), d.column()),
                        message(d.message())));
            }
        }
        return diagnostics;
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
