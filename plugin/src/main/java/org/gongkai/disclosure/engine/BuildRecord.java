package org.gongkai.disclosure.engine;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.diag.Severity;
import org.gongkai.disclosure.model.DepartmentSummary;
import org.gongkai.disclosure.model.ProjectSummary;
import org.gongkai.disclosure.model.ResultSummary;
import org.gongkai.disclosure.model.SourcePosition;
import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.write.RecordFile;

/**
 * The record of the published build, kept in the output's work folder: what every page depends on (as a
 * fingerprint), and per declaration the fingerprint of its files and its warnings, so that a later run can take an
 * unchanged declaration as it is and still report its warnings. The projects' summaries, which only a build that
 * writes needs (an unchanged site needs none), are kept in a file of their own and read only then. Both are in a
 * compact binary form of their own ({@link RecordFile}): a rerun of 100,000 projects reads 100,000 summaries, and a
 * JSON binding took a second of it. Anything unreadable or of another format counts as no record, and the next build
 * is full.
 */
final class BuildRecord {

    /** Changes whenever what a build writes could change for the same input, or the record's own form changes. */
    static final String FORMAT = "gongkai-build-record/7";
    /** What the record was called when it was JSON: removed, so that it does not lie beside the new one. */
    private static final List<String> EARLIER = List.of("build-record.json", "build-summaries.json");

    /**
     * A declaration as it was last published: its fingerprint (of its files and of what its pages take from its unit's
     * other years), its own files' fingerprint, the fingerprint of its projects' ids (null when none was taken), and
     * its diagnostics.
     */
    record Published(String fingerprint, String own, String ids, List<Diagnostic> diagnostics) {
    }

    /** What is recorded of a declaration's fingerprints; see {@link Published}. */
    record Fingerprints(String fingerprint, String own, String ids) {
    }

    /**
     * What a published declaration's files are made from: its projects' summaries, its downloads' names, and what the
     * site's pages show of its department's form (null when it files none).
     */
    record PublishedFiles(List<ProjectSummary> projects, List<String> downloads, DepartmentSummary department) {
    }

    /**
     * A record read back: the global fingerprint, the output marker's checksum once the build was published (null when
     * unknown), and each declaration by key.
     */
    record PublishedBuild(String global, String marker, Map<String, Published> declarations) {
    }

    /** A declaration's summaries as {@link #files()} read them, and the bytes they were read from. */
    private record ReadFiles(PublishedFiles files, RecordFile.Part part) {
    }

    private final Path workFolder;
    private final Path record;
    private final Path summaries;
    /**
     * What {@link #files()} read, by declaration: {@link #save} writes a declaration taken as it was published from
     * these bytes, not from its summaries again (encoding 100,000 of them was most of the save after one change).
     * While one is kept, so is the whole file read (15 MB at 100,000 projects); see {@link #keepOnly}.
     */
    private final Map<String, ReadFiles> read = new HashMap<>();

    BuildRecord(Path workFolder) {
        this.workFolder = workFolder;
        this.record = workFolder.resolve("build-record");
        this.summaries = workFolder.resolve("build-summaries");
    }

    /** The record of the published build, or null when there is none usable. */
    PublishedBuild load() {
        try {
            if (!Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            RecordFile.Reader in = RecordFile.open(record, FORMAT);
            String global = in.required();
            String marker = in.string();
            Map<String, Published> declarations = new LinkedHashMap<>();
            for (int d = in.count(); d > 0; d--) {
                String key = in.required();
                String fingerprint = in.required();
                String own = in.required();
                String ids = in.string();
                List<Diagnostic> diagnostics = new ArrayList<>();
                for (int i = in.count(); i > 0; i--) {
                    diagnostics.add(diagnostic(in));
                }
                declarations.put(key, new Published(fingerprint, own, ids, diagnostics));
            }
            in.end();
            return new PublishedBuild(global, marker, declarations);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged record only costs a full build
        }
    }

    /** The published projects' summaries and downloads by declaration; null when unreadable (then build in full). */
    Map<String, PublishedFiles> files() {
        try {
            RecordFile.Reader in = RecordFile.open(summaries, FORMAT);
            Map<String, PublishedFiles> all = new LinkedHashMap<>();
            Map<String, ReadFiles> parts = new HashMap<>();
            Map<String, Text> categories = new HashMap<>();
            for (int d = in.count(); d > 0; d--) {
                String key = in.required();
                int start = in.position();
                int count = in.count();
                List<ProjectSummary> projects = new ArrayList<>(count);
                for (int position = 0; position < count; position++) {
                    projects.add(project(in, position, categories));
                }
                List<String> downloads = new ArrayList<>();
                for (int i = in.count(); i > 0; i--) {
                    downloads.add(in.required());
                }
                DepartmentSummary department = in.present() ? new DepartmentSummary(scaled(in.decimal()),
                        scaled(in.decimal()), in.integer(), in.integer()) : null;
                // Unmodifiable copies, which the site's entries keep as they are: save() knows them by identity.
                PublishedFiles files = new PublishedFiles(List.copyOf(projects), List.copyOf(downloads), department);
                all.put(key, files);
                parts.put(key, new ReadFiles(files, in.since(start)));
            }
            in.end();
            read.clear();
            read.putAll(parts);
            return all;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Lets go of what {@link #files()} read of the declarations not in {@code taken}: a declaration built again needs
     * none of it, and a full build (none taken) lets go of the file's bytes too.
     */
    void keepOnly(Set<String> taken) {
        read.keySet().retainAll(taken);
    }

    /**
     * Replaces the record, atomically: the summaries first, so that a record never names summaries not written.
     * {@code marker} is the output marker's checksum as the build left it (null when unknown).
     */
    void save(String global, String marker, Map<String, Fingerprints> fingerprints, Map<String, PublishedFiles> projects,
            Map<String, List<Diagnostic>> diagnostics) throws IOException {
        try (RecordFile.Writer out = RecordFile.create(summaries, FORMAT)) {
            out.count(projects.size());
            for (Map.Entry<String, PublishedFiles> entry : projects.entrySet()) {
                PublishedFiles files = entry.getValue();
                out.string(entry.getKey());
                ReadFiles before = read.get(entry.getKey());
                if (before != null && before.files().projects() == files.projects()
                        && before.files().downloads() == files.downloads()
                        && before.files().department() == files.department()) {
                    out.raw(before.part()); // the very summaries read: their bytes read back as they are
                    continue;
                }
                out.count(files.projects().size());
                for (ProjectSummary summary : files.projects()) {
                    project(out, summary);
                }
                out.count(files.downloads().size());
                for (String download : files.downloads()) {
                    out.string(download);
                }
                DepartmentSummary department = files.department();
                if (out.present(department != null)) {
                    out.decimal(department.income());
                    out.decimal(department.expenditure());
                    out.integer(department.indicators());
                    out.integer(department.measurable());
                }
            }
            out.finish();
        }
        try (RecordFile.Writer out = RecordFile.create(record, FORMAT)) {
            out.string(global);
            out.string(marker);
            out.count(fingerprints.size());
            for (Map.Entry<String, Fingerprints> entry : fingerprints.entrySet()) {
                out.string(entry.getKey());
                out.string(entry.getValue().fingerprint());
                out.string(entry.getValue().own());
                out.string(entry.getValue().ids());
                List<Diagnostic> own = diagnostics.getOrDefault(entry.getKey(), List.of());
                out.count(own.size());
                for (Diagnostic diagnostic : own) {
                    diagnostic(out, diagnostic);
                }
            }
            out.finish();
        }
        for (String earlier : EARLIER) {
            Files.deleteIfExists(workFolder.resolve(earlier));
        }
    }

    /** Forgets the published build: the next one is full. */
    void clear() throws IOException {
        Files.deleteIfExists(record);
        Files.deleteIfExists(summaries);
    }

    private static void project(RecordFile.Writer out, ProjectSummary s) throws IOException {
        out.string(s.id());
        text(out, s.name());
        text(out, s.category());
        out.decimal(s.fundsTotal());
        out.decimal(s.annualTotal());
        out.integer(s.indicators());
        out.integer(s.measurable());
        out.integer(s.firstIndicatorRow());
        ResultSummary r = s.result();
        if (out.present(r != null)) {
            out.decimal(r.adjusted());
            out.decimal(r.executed());
            out.decimal(r.totalScore());
            out.integer(r.met());
            out.integer(r.measurable());
        }
    }

    /**
     * A summary read back. A rerun keeps the summaries of every declaration it takes as published, 100,000 of them in
     * a large site, and the garbage collector copies what it keeps: so the few categories, which nearly every project
     * repeats, are kept once each ({@code categories} holds the first met for each Chinese; one with the same Chinese
     * in other English is kept as it is), and so is a year's total equal to the whole. Keyed by text, not by the
     * record: the first call of a record's generated hashCode in a JVM sets up a bootstrap of 8 to 30 ms.
     */
    private static ProjectSummary project(RecordFile.Reader in, int position, Map<String, Text> categories)
            throws IOException {
        String id = in.required();
        Text name = text(in);
        Text category = text(in);
        if (category != null) {
            Text known = categories.putIfAbsent(category.zh(), category);
            if (known != null && Objects.equals(known.en(), category.en())) {
                category = known;
            }
        }
        BigDecimal funds = scaled(in.decimal());
        BigDecimal annual = in.decimal().setScale(2);
        if (annual.equals(funds)) {
            annual = funds;
        }
        int indicators = in.integer();
        int measurable = in.integer();
        int firstIndicatorRow = in.integer();
        ResultSummary result = in.present() ? new ResultSummary(scaled(in.decimal()), scaled(in.decimal()),
                in.decimal(), in.integer(), in.integer()) : null;
        return new ProjectSummary(position, id, name, category, funds, annual, indicators, measurable,
                firstIndicatorRow, result);
    }

    private static void text(RecordFile.Writer out, Text text) throws IOException {
        if (out.present(text != null)) {
            out.string(text.zh());
            out.string(text.en());
        }
    }

    private static Text text(RecordFile.Reader in) throws IOException {
        return in.present() ? new Text(in.required(), in.string(), null) : null;
    }

    private static void diagnostic(RecordFile.Writer out, Diagnostic d) throws IOException {
        out.string(d.severity().name());
        out.string(d.rule());
        out.string(d.at().file());
        out.integer(d.at().line());
        out.integer(d.at().column());
        message(out, d.message());
    }

    private static Diagnostic diagnostic(RecordFile.Reader in) throws IOException {
        Severity severity = Severity.valueOf(in.required());
        String rule = in.required();
        SourcePosition at = new SourcePosition(in.required(), in.integer(), in.integer());
        return new Diagnostic(severity, rule, at, message(in, 0));
    }

    /** A message: its key and arguments, each a text or a message of its own. */
    private static void message(RecordFile.Writer out, Message message) throws IOException {
        out.string(message.key());
        out.count(message.args().size());
        for (Object arg : message.args()) {
            if (out.present(arg instanceof Message)) {
                message(out, (Message) arg);
            } else {
                out.string((String) arg);
            }
        }
    }

    /** Messages nest a level or two; a damaged record must not nest them without end. */
    private static Message message(RecordFile.Reader in, int depth) throws IOException {
        if (depth > 16) {
            throw new IOException("Messages nested too deeply");
        }
        String key = in.required();
        List<Object> args = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            args.add(in.present() ? message(in, depth + 1) : in.string());
        }
        return new Message(key, args);
    }

    private static BigDecimal scaled(BigDecimal yuan) {
        return yuan == null ? null : yuan.setScale(2);
    }
}
