package org.gongkai.disclosure.sheets;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.diag.MessageCatalog;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.SourcePosition;

/**
 * Turns the spreadsheets budget staff already have into a content folder: every project of every sheet (the
 * single-project form, or the unit's summary table) becomes {@code projects/NN-<id>.yaml}, and the sheet's fiscal year
 * and unit a {@code declaration.yaml} where there is none. Everything is read before anything is written: when any cell
 * cannot be read, nothing is. It writes only inside the content folder, never through a symbolic link, and replaces a
 * file only when asked to.
 */
public final class SpreadsheetImport {

    /** The file extensions a folder's workbooks are taken by; each is then known by its first bytes. */
    private static final List<String> EXTENSIONS = List.of(".xlsx", ".xlsm", ".xls", ".et");
    static final String DEFAULT_TITLE = "项目支出绩效目标申报表";
    private static final String DECLARATION = "declaration.yaml";
    /** POI's own exceptions, by package: a damaged part of a workbook shows as one of them. */
    private static final String POI = org.apache.poi.EncryptedDocumentException.class.getPackageName();

    /**
     * What to import.
     *
     * @param projectDir the Maven project's folder: paths in messages are relative to it, and the content lies in it
     * @param source a workbook, or a folder of them
     * @param year the fiscal year, over what the sheets state; may be null
     * @param unit the budget unit, over what the sheets state; may be null
     * @param overwrite replace project files that exist (never {@code declaration.yaml})
     */
    public record Request(Path projectDir, Path contentDir, Path source, Integer year, String unit, boolean overwrite) {
    }

    /** What one workbook gave. */
    public record Read(String file, int projects, int indicators, BigDecimal annualTotal) {
    }

    /** A file written, as messages show its path, with the cell each of its lines was read from. */
    public record WrittenFile(String file, Map<Integer, CellAt> sources) {
    }

    /**
     * The outcome: every problem (in reading order), what each workbook gave, and what was written (nothing while an
     * error stands).
     *
     * @param declaration the declaration written, or null when one was there already (or nothing was written)
     */
    public record Result(List<SheetProblem> problems, List<Read> reads, List<WrittenFile> written,
            WrittenDeclaration declaration) {

        public long errors() {
            return problems.stream().filter(SheetProblem::isError).count();
        }

        public int projects() {
            return reads.stream().mapToInt(Read::projects).sum();
        }

        public int indicators() {
            return reads.stream().mapToInt(Read::indicators).sum();
        }

        public BigDecimal annualTotal() {
            return reads.stream().map(Read::annualTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** The cell a line of a written file was read from, for a diagnostic of the check there. */
        public Optional<CellAt> sourceOf(SourcePosition at) {
            return written.stream().filter(w -> w.file().equals(at.file())).findFirst()
                    .map(w -> w.sources().get(at.line()));
        }
    }

    /** The declaration written: its path, and the year, unit and title it took. */
    public record WrittenDeclaration(String file, String year, String unit, String title) {
    }

    private final Request request;
    private final Path project;
    private final Path content;
    private final List<SheetProblem> problems = new ArrayList<>();

    private SpreadsheetImport(Request request) {
        this.request = request;
        this.project = request.projectDir().toAbsolutePath().normalize();
        this.content = request.contentDir().toAbsolutePath().normalize();
    }

    public static Result run(Request request) throws IOException {
        return new SpreadsheetImport(request).run();
    }

    private record Found(String file, String sheet, ProjectFields fields) {
    }

    private Result run() throws IOException {
        List<Path> sources = sources();
        List<Found> found = new ArrayList<>();
        List<Read> reads = new ArrayList<>();
        List<SheetReader.Sheet> sheets = new ArrayList<>();
        for (Path source : sources) {
            String display = display(source);
            int before = found.size();
            readWorkbook(source, display, found, sheets);
            List<Found> own = found.subList(before, found.size());
            reads.add(new Read(display, own.size(), own.stream().mapToInt(f -> f.fields().indicators.size()).sum(),
                    own.stream().map(f -> f.fields().annualTotal()).reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        Path declarationFile = content.resolve(DECLARATION);
        boolean needsDeclaration = !Files.exists(declarationFile, LinkOption.NOFOLLOW_LINKS);
        WrittenDeclaration declaration = needsDeclaration && !found.isEmpty() ? declaration(sheets, found) : null;
        if (problems.stream().anyMatch(SheetProblem::isError) || found.isEmpty()) {
            return new Result(List.copyOf(problems), reads, List.of(), null);
        }
        Map<Path, YamlText.Written> files = projectFiles(found);
        if (declaration != null) {
            files.put(declarationFile, declarationYaml(declaration, sheets));
        }
        if (!safeToWrite(files.keySet(), declarationFile)) {
            return new Result(List.copyOf(problems), reads, List.of(), null);
        }
        List<WrittenFile> written = write(files);
        return new Result(List.copyOf(problems), reads, written, declaration == null ? null
                : new WrittenDeclaration(display(declarationFile), declaration.year(), declaration.unit(),
                        declaration.title()));
    }

    /** The workbooks to read: the file given, or a folder's, by name, leaving out Office's lock files ({@code ~$x.xlsx}). */
    private List<Path> sources() throws IOException {
        Path source = request.source().toAbsolutePath().normalize();
        if (!Files.exists(source)) {
            problems.add(SheetProblem.error("import-file", CellAt.file(display(source)), "import.noSource"));
            return List.of();
        }
        if (!Files.isDirectory(source)) {
            return List.of(source);
        }
        List<Path> found;
        try (Stream<Path> entries = Files.list(source)) {
            found = entries.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                return !name.startsWith("~$") && !name.startsWith(".") && EXTENSIONS.stream().anyMatch(lower::endsWith);
            }).sorted().toList();
        }
        if (found.isEmpty()) {
            problems.add(SheetProblem.error("import-file", CellAt.file(display(source)), "import.noWorkbooks",
                    String.join(", ", EXTENSIONS)));
        }
        return found;
    }

    private void readWorkbook(Path source, String display, List<Found> found, List<SheetReader.Sheet> sheets)
            throws IOException {
        try (WorkbookOpener.Opened opened = WorkbookOpener.open(source, display, problems)) {
            if (opened == null) {
                return;
            }
            Workbook workbook = opened.workbook();
            boolean date1904 = workbook instanceof XSSFWorkbook x ? x.isDate1904()
                    : workbook instanceof HSSFWorkbook h && h.getInternalWorkbook().isUsing1904DateWindowing();
            long[] cellBudget = {WorkbookOpener.MAX_CELLS};
            List<CellAt> unrecognised = new ArrayList<>();
            boolean any = false;
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                Sheet sheet = workbook.getSheetAt(i);
                Grid grid = Grid.of(display, sheet, opened.formatter(), cellBudget, problems);
                if (grid == null) {
                    return;
                }
                int before = problems.size();
                SheetReader.Sheet read = SheetReader.read(grid, date1904, problems);
                // A sheet's problems in reading order, row by row, whichever part of the form found them.
                problems.subList(before, problems.size()).sort(java.util.Comparator
                        .comparingInt((SheetProblem p) -> p.at().row()).thenComparingInt(p -> p.at().column()));
                if (read.recognised()) {
                    any = true;
                    sheets.add(read);
                    read.projects().forEach(p -> found.add(new Found(display, sheet.getSheetName(), p)));
                } else if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                    unrecognised.add(grid.whole());
                }
            }
            if (!any) {
                problems.add(SheetProblem.error("import-layout", CellAt.file(display), "import.noForm",
                        Labels.printed(Labels.Field.NAME, Labels.Field.ANNUAL_TOTAL), FormLayout.tableWords()));
            } else {
                for (CellAt sheet : unrecognised) {
                    problems.add(SheetProblem.warning("import-layout", sheet, "import.sheetSkipped",
                            Labels.Field.NAME.printed(), FormLayout.tableWords()));
                }
            }
        } catch (RuntimeException e) {
            // POI reads some parts only when asked; a damaged part shows then. Our own faults are not hidden.
            if (!e.getClass().getName().startsWith(POI) && !(e.getCause() instanceof IOException)) {
                throw e;
            }
            problems.add(SheetProblem.error("import-file", CellAt.file(display), "import.damaged"));
        }
    }

    /** The fiscal year, unit and title the new declaration takes: from the parameters, else from the sheets. */
    private WrittenDeclaration declaration(List<SheetReader.Sheet> sheets, List<Found> found) {
        String year = request.year() != null ? String.valueOf(request.year())
                : agreed(sheets.stream().map(SheetReader.Sheet::year).toList(), "import.yearsDiffer");
        String unit = request.unit() != null && !request.unit().isBlank() ? request.unit().strip()
                : agreed(sheets.stream().map(SheetReader.Sheet::unit).toList(), "import.unitsDiffer");
        if (unit == null) {
            ProjectFields.Value department = found.get(0).fields().get(ProjectFields.Slot.DEPARTMENT);
            unit = department == null || department.text() == CellValues.UNREADABLE ? null : department.text();
        }
        CellAt file = CellAt.file(found.get(0).file());
        if (year == null && problems.stream().noneMatch(p -> p.message().key().equals("import.yearsDiffer"))) {
            problems.add(SheetProblem.error("import-declaration", file, "import.noYear"));
        } else if (year != null && (!year.matches("\\d{4}") || Integer.parseInt(year) < 1950
                || Integer.parseInt(year) > 2200)) {
            problems.add(SheetProblem.error("import-declaration", file, "import.badYear", year));
        }
        if (unit == null && problems.stream().noneMatch(p -> p.message().key().equals("import.unitsDiffer"))) {
            problems.add(SheetProblem.error("import-declaration", file, "import.noUnit",
                    Labels.printed(Labels.Field.UNIT, Labels.Field.DEPARTMENT)));
        }
        String title = sheets.stream().map(SheetReader.Sheet::title).filter(java.util.Objects::nonNull)
                .map(SheetReader.Fact::value).findFirst().orElse(DEFAULT_TITLE);
        return new WrittenDeclaration(null, year, unit, title);
    }

    /** The one value the sheets agree on; a problem where a sheet states another. */
    private String agreed(List<SheetReader.Fact> facts, String key) {
        SheetReader.Fact first = null;
        for (SheetReader.Fact fact : facts) {
            if (fact == null) {
                continue;
            }
            if (first == null) {
                first = fact;
            } else if (!first.value().equals(fact.value())) {
                problems.add(SheetProblem.error("import-declaration", fact.at(), key, fact.value(), first.value(),
                        first.at().toString()));
                return null;
            }
        }
        return first == null ? null : first.value();
    }

    private Map<Path, YamlText.Written> projectFiles(List<Found> found) {
        ProjectIds ids = new ProjectIds();
        for (Found f : found) {
            String given = f.fields().text(ProjectFields.Slot.ID);
            if (given != null) {
                ids.reserve(given);
            }
        }
        int width = Math.max(2, String.valueOf(found.size()).length());
        Map<Path, YamlText.Written> files = new LinkedHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            ProjectFields.Value given = f.fields().get(ProjectFields.Slot.ID);
            String id = given != null ? given.text() : ids.next(f.fields().text(ProjectFields.Slot.NAME));
            YamlText.Mapping yaml = new YamlText.Mapping().text("id", id, given == null ? null : given.at());
            yaml.entries().putAll(f.fields().yaml().entries());
            // A given id that breaks the id rules gets a file name that does not; the check then names the id.
            String fileId = id.matches("[a-z0-9]+(?:-[a-z0-9]+)*") && id.length() <= ProjectIds.MAX_LENGTH ? id
                    : ProjectIds.base(f.fields().text(ProjectFields.Slot.NAME));
            String name = String.format("%0" + width + "d-%s.yaml", i + 1, fileId);
            files.put(content.resolve("projects").resolve(name), YamlText.write(comments(f.fields().at), yaml));
        }
        return files;
    }

    private YamlText.Written declarationYaml(WrittenDeclaration declaration, List<SheetReader.Sheet> sheets) {
        SheetReader.Fact code = sheets.stream().map(SheetReader.Sheet::unitCode).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        YamlText.Mapping yaml = new YamlText.Mapping()
                .plain("fiscal-year", declaration.year(), null)
                .text("unit", declaration.unit(), null)
                .quoted("unit-code", code == null ? null : code.value(), code == null ? null : code.at())
                .text("title", declaration.title(), null);
        List<String> comments = new ArrayList<>();
        for (Language language : List.of(Language.ZH, Language.EN)) {
            comments.add(MessageCatalog.of(language).format(Message.of("import.declarationComment",
                    display(request.source()))));
        }
        return YamlText.write(comments, yaml);
    }

    private List<String> comments(CellAt at) {
        List<String> comments = new ArrayList<>();
        for (Language language : List.of(Language.ZH, Language.EN)) {
            comments.add(MessageCatalog.of(language).format(Message.of("import.projectComment", at.toString())));
        }
        return comments;
    }

    /**
     * True when every file may be written: inside the content folder, which lies in the project without a symbolic
     * link on the way, and none there already (unless asked to replace project files), none a link.
     */
    private boolean safeToWrite(java.util.Set<Path> files, Path declarationFile) throws IOException {
        int before = problems.size();
        if (!content.startsWith(project) || content.equals(project)) {
            problems.add(SheetProblem.error("import-output", CellAt.file(display(content)), "import.outside",
                    display(project)));
            return false;
        }
        for (Path step = content; step != null && step.startsWith(project) && !step.equals(project); step = step.getParent()) {
            if (Files.isSymbolicLink(step)) {
                problems.add(SheetProblem.error("import-output", CellAt.file(display(step)), "import.link"));
            }
        }
        Path projects = content.resolve("projects");
        if (Files.isSymbolicLink(projects)) {
            problems.add(SheetProblem.error("import-output", CellAt.file(display(projects)), "import.link"));
        } else if (Files.exists(projects) && !Files.isDirectory(projects)) {
            problems.add(SheetProblem.error("import-output", CellAt.file(display(projects)), "import.notAFolder"));
        }
        for (Path file : files) {
            if (Files.isSymbolicLink(file)) {
                problems.add(SheetProblem.error("import-output", CellAt.file(display(file)), "import.link"));
            } else if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(SheetProblem.error("import-output", CellAt.file(display(file)), "import.notAFile"));
            } else if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    && (!request.overwrite() || file.equals(declarationFile))) {
                problems.add(SheetProblem.error("import-output", CellAt.file(display(file)), "import.fileExists"));
            }
        }
        return problems.size() == before;
    }

    /** Writes each file beside its place and renames it there, so that no file is ever half written. */
    private List<WrittenFile> write(Map<Path, YamlText.Written> files) throws IOException {
        Files.createDirectories(content.resolve("projects"));
        List<WrittenFile> written = new ArrayList<>();
        for (Map.Entry<Path, YamlText.Written> file : files.entrySet()) {
            Path target = file.getKey();
            Path temporary = Files.createTempFile(target.getParent(), ".import-", ".tmp");
            try {
                Files.writeString(temporary, file.getValue().text(), StandardCharsets.UTF_8);
                if (request.overwrite()) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.move(temporary, target);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
            written.add(new WrittenFile(display(target), file.getValue().sources()));
        }
        return written;
    }

    private String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(project) ? project.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
