package org.gongkai.disclosure.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.DepartmentDraft;
import org.gongkai.disclosure.model.FormSchema;
import org.gongkai.disclosure.model.Framework;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.SiteInfo;
import org.gongkai.disclosure.model.SourcePosition;
import org.gongkai.disclosure.model.Text;

/**
 * Reads a content folder: one declaration ({@code declaration.yaml}, {@code projects/*.yaml} in file-name order)
 * or several in sub-folders with an optional {@code site.yaml}; and the optional {@code glossary.yaml} and
 * {@code frameworks/*.yaml}. Thread-safe.
 */
public final class ContentLoader {

    public static final String DECLARATION_FILE = "declaration.yaml";
    public static final String PROJECTS_DIR = "projects";
    /** The department's form over all its spending (部门整体支出绩效目标申报表), beside {@code declaration.yaml}. */
    public static final String DEPARTMENT_FILE = "department.yaml";
    public static final String GLOSSARY_FILE = "glossary.yaml";
    public static final String FRAMEWORKS_DIR = "frameworks";
    public static final String SITE_FILE = "site.yaml";
    /** The self-evaluations, one file per project, beside {@code projects/}. */
    public static final String RESULTS_DIR = "results";

    private final YamlReader yaml;
    private final Path displayRoot;

    /**
     * @param displayRoot paths in diagnostics are printed relative to this folder (the Maven project's)
     */
    public ContentLoader(YamlReader yaml, Path displayRoot) {
        this.yaml = yaml;
        this.displayRoot = displayRoot.toAbsolutePath().normalize();
    }

    /**
     * Finds what the content folder holds and reads the declarations' headers, the glossaries and frameworks;
     * project files are listed, not read.
     */
    public SiteLayout discover(Path contentDir, DiagnosticSink sink) throws IOException {
        Path content = contentDir.toAbsolutePath().normalize();
        ContentFiles files = new ContentFiles(content, this::display, sink);
        BuiltInVocabulary builtIn = BuiltInVocabulary.get();
        ValueReader plain = new ValueReader(sink, builtIn.glossary());
        VocabularyReader vocabulary = new VocabularyReader(plain);
        Glossary glossary = withGlossaryFile(builtIn.glossary(), content, vocabulary, files, sink);

        Map<String, Framework> frameworks = new HashMap<>(builtIn.frameworks());
        for (Path file : files.yamlFiles(content.resolve(FRAMEWORKS_DIR))) {
            readSiteFramework(file, vocabulary, frameworks, sink);
        }

        Path siteFile = content.resolve(SITE_FILE);
        // A projects/ folder at the top means a single declaration, even when its declaration.yaml is missing.
        if (Files.exists(content.resolve(DECLARATION_FILE)) || Files.isDirectory(content.resolve(PROJECTS_DIR))) {
            SiteReader.SiteFile settings = readSite(siteFile, glossary, false, files, sink);
            return new SiteLayout(null, List.of(source(null, content, glossary, frameworks, null, files, sink)),
                    settings.options(), settings.urlAt());
        }
        List<Path> folders = declarationFolders(content, sink);
        SiteReader.SiteFile settings = readSite(siteFile, glossary, true, files, sink);
        if (folders.isEmpty()) {
            sink.error("required-key", SourcePosition.startOf(display(content)), "content.noDeclaration", DECLARATION_FILE);
            return new SiteLayout(null, List.of(), settings.options(), settings.urlAt());
        }
        SiteInfo site = settings.info() == null ? defaultSite() : settings.info();
        // The folders are read two or more at a time: listing and checking 100,000 project files is a system call
        // apiece. The diagnostics are sorted when reported, so the order in which threads find them does not show.
        List<DeclarationSource> declarations = Parallel.map(folders, folder -> {
            String name = folder.getFileName().toString();
            if (!ValueReader.ID.matcher(name).matches() || name.length() > ValueReader.MAX_ID_LENGTH) {
                sink.error("id-format", SourcePosition.startOf(display(folder)), "content.folderName", name);
                return null;
            }
            Glossary own = withGlossaryFile(glossary, folder, vocabulary, files, sink);
            return source(name, folder, own, frameworks, site, files, sink);
        }).stream().filter(Objects::nonNull).toList();
        return new SiteLayout(site, declarations, settings.options(), settings.urlAt());
    }

    /**
     * Reads an optional file at the top of the content folder (such as {@code review.yaml}) with the care given to
     * content: no link out of the folder, the size limit, UTF-8, no aliases or tags. Empty when the file is absent or
     * could not be read (reported).
     */
    public Optional<YamlNode> readOptional(Path contentDir, String name, DiagnosticSink sink) throws IOException {
        Path content = contentDir.toAbsolutePath().normalize();
        Path file = content.resolve(name);
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                || !new ContentFiles(content, this::display, sink).readable(file)) {
            return Optional.empty();
        }
        return yaml.read(file, display(file), sink);
    }

    /** Reads one project file; null when it cannot be read as a project at all (reported). */
    public ProjectDraft readProject(Path file, DeclarationSource source, DiagnosticSink sink) throws IOException {
        return readProjectFile(file, source, sink).project();
    }

    /** Reads one self-evaluation file; null when it cannot be read as one at all (reported). */
    public org.gongkai.disclosure.model.ProjectResult readResult(Path file, DeclarationSource source, DiagnosticSink sink)
            throws IOException {
        String display = display(file);
        Optional<YamlNode> root = yaml.read(file, display, sink);
        return root.isEmpty() ? null : new ResultReader(new ValueReader(sink, source.glossary())).read(root.get(), display);
    }

    /** A project file as read: the project (null when it cannot be read as one, reported) and its draft mark. */
    public record ProjectFile(ProjectDraft project, boolean draft) {
    }

    /** Reads one project file and whether it says {@code draft: true} (noted). */
    public ProjectFile readProjectFile(Path file, DeclarationSource source, DiagnosticSink sink) throws IOException {
        String display = display(file);
        Optional<YamlNode> root = yaml.read(file, display, sink);
        if (root.isEmpty()) {
            return new ProjectFile(null, false);
        }
        ValueReader values = new ValueReader(sink, source.glossary());
        ProjectDraft project = new ProjectReader(values).read(root.get(), display);
        return new ProjectFile(project, project != null
                && Drafts.read(root.get(), values, FormSchema.Part.PROJECT, "draft.projectNote"));
    }

    /** Reads a declaration's department form; null when it has none or it cannot be read at all (reported). */
    public DepartmentDraft readDepartment(DeclarationSource source, DiagnosticSink sink) throws IOException {
        if (source.departmentFile() == null) {
            return null;
        }
        String display = display(source.departmentFile());
        Optional<YamlNode> root = yaml.read(source.departmentFile(), display, sink);
        return root.map(r -> new DepartmentReader(new ValueReader(sink, source.glossary())).read(r, display)).orElse(null);
    }

    /**
     * Reads a content folder with a single declaration whole: for tools and tests on small content. Large or
     * multi-declaration content is streamed by the pipeline instead.
     */
    public LoadedContent load(Path contentDir, DiagnosticSink sink) throws IOException {
        SiteLayout layout = discover(contentDir, sink);
        if (layout.isMulti() || layout.declarations().isEmpty()) {
            DeclarationSource none = layout.declarations().isEmpty() ? null : layout.declarations().get(0);
            return new LoadedContent(none == null ? null : none.declaration(),
                    none == null ? BuiltInVocabulary.get().glossary() : none.glossary(), List.of(), 0, null);
        }
        DeclarationSource source = layout.declarations().get(0);
        List<ProjectDraft> drafts = Parallel.map(source.projectFiles(), file -> readProject(file, source, sink))
                .stream().filter(Objects::nonNull).toList();
        return new LoadedContent(source.declaration(), source.glossary(), drafts, source.projectFiles().size(),
                readDepartment(source, sink));
    }

    private DeclarationSource source(String folder, Path dir, Glossary glossary, Map<String, Framework> frameworks,
            SiteInfo site, ContentFiles files, DiagnosticSink sink) throws IOException {
        Path declarationFile = dir.resolve(DECLARATION_FILE);
        Optional<YamlNode> root = Optional.empty();
        if (Files.exists(declarationFile, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            if (files.readable(declarationFile)) {
                root = yaml.read(declarationFile, display(declarationFile), sink);
            }
        } else {
            sink.error("required-key", SourcePosition.startOf(display(dir)), "content.noDeclaration", DECLARATION_FILE);
        }
        ValueReader values = new ValueReader(sink, glossary);
        Declaration declaration = root.flatMap(r -> new DeclarationReader(values, frameworks)
                .read(r, display(declarationFile))).orElse(null);
        boolean draft = root.isPresent() && root.get() instanceof YamlNode.Mapping
                && Drafts.read(root.get(), values, FormSchema.Part.DECLARATION, "draft.declarationNote");
        if (declaration != null && site != null && !declaration.languages().equals(site.languages())) {
            if (root.get() instanceof YamlNode.Mapping map && map.get("languages") != null) {
                sink.error("value-kind", map.get("languages").at(), "languages.notSite");
                declaration = null;
            } else {
                declaration = withLanguages(declaration, site.languages());
            }
        }
        Framework framework = declaration != null ? declaration.framework()
                : frameworks.get(DeclarationReader.DEFAULT_FRAMEWORK);
        ContentFiles.Listing listing = files.stampedYamlFiles(dir.resolve(PROJECTS_DIR));
        List<Path> projectFiles = listing.files();
        Path departmentFile = dir.resolve(DEPARTMENT_FILE);
        boolean department = Files.exists(departmentFile, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && files.readable(departmentFile);
        // A unit that files only the department-wide form has no projects.
        if (projectFiles.isEmpty() && !department) {
            sink.error("required-key", SourcePosition.startOf(display(dir)), "content.noProjects", PROJECTS_DIR,
                    DEPARTMENT_FILE);
        }
        List<Path> resultFiles = files.yamlFiles(dir.resolve(RESULTS_DIR));
        return new DeclarationSource(folder, dir, declaration, glossary.with(levelNames(framework)), projectFiles,
                department ? departmentFile : null, draft, resultFiles, listing.stamps());
    }

    private static Declaration withLanguages(Declaration d, List<org.gongkai.disclosure.model.Language> languages) {
        return new Declaration(d.file(), d.fiscalYear(), d.fiscalYearAt(), d.unit(), d.unitCode(), d.title(), d.summary(),
                d.declared(), languages, d.framework());
    }

    private Glossary withGlossaryFile(Glossary base, Path dir, VocabularyReader vocabulary, ContentFiles files,
            DiagnosticSink sink) throws IOException {
        Path file = dir.resolve(GLOSSARY_FILE);
        if (!files.readable(file)) {
            return base;
        }
        Optional<YamlNode> root = yaml.read(file, display(file), sink);
        return root.isPresent() ? base.with(vocabulary.glossary(root.get(), display(file))) : base;
    }

    /** The site's settings from {@code site.yaml}; the defaults when there is none or it cannot be read (reported). */
    private SiteReader.SiteFile readSite(Path file, Glossary glossary, boolean multi, ContentFiles files,
            DiagnosticSink sink) throws IOException {
        if (!files.readable(file)) {
            return SiteReader.SiteFile.DEFAULT;
        }
        Optional<YamlNode> root = yaml.read(file, display(file), sink);
        if (root.isEmpty()) {
            return SiteReader.SiteFile.DEFAULT;
        }
        return new SiteReader(new ValueReader(sink, glossary)).read(root.get(), display(file), multi);
    }

    private static SiteInfo defaultSite() {
        return SiteReader.DEFAULT;
    }

    /** The sub-folders that hold a declaration; others are reported, since they will not be published. */
    private List<Path> declarationFolders(Path content, DiagnosticSink sink) throws IOException {
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> entries = Files.list(content)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (!Files.isDirectory(entry) || name.startsWith(".") || name.equals(FRAMEWORKS_DIR)) {
                    continue;
                }
                if (Files.exists(entry.resolve(DECLARATION_FILE))) {
                    folders.add(entry);
                } else {
                    sink.warning("content-layout", SourcePosition.startOf(display(entry)), "content.folderWithoutDeclaration",
                            name, DECLARATION_FILE);
                }
            }
        }
        return folders;
    }

    private void readSiteFramework(Path file, VocabularyReader vocabulary, Map<String, Framework> frameworks,
            DiagnosticSink sink) throws IOException {
        String display = display(file);
        Optional<YamlNode> root = yaml.read(file, display, sink);
        if (root.isEmpty()) {
            return;
        }
        Framework framework = vocabulary.framework(root.get(), display);
        if (framework == null) {
            return;
        }
        String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (!framework.id().equals(stem)) {
            sink.error("framework", SourcePosition.startOf(display), "framework.idMismatch", framework.id(), stem);
        } else if (BuiltInVocabulary.get().frameworks().containsKey(framework.id())) {
            sink.error("framework", SourcePosition.startOf(display), "framework.builtInId", framework.id());
        } else {
            frameworks.put(framework.id(), framework);
        }
    }

    /**
     * The framework's level names as glossary terms, so that a plain 成本指标 gets its English; also without the
     * word 指标 at the end (服务对象满意度), as many forms write them.
     */
    private static Glossary levelNames(Framework framework) {
        Map<String, String> terms = new HashMap<>();
        if (framework != null) {
            for (Framework.Level1 level1 : framework.level1()) {
                put(terms, level1.name());
                level1.level2().forEach(level2 -> put(terms, level2));
            }
        }
        return new Glossary(terms, Map.of());
    }

    private static void put(Map<String, String> terms, Text text) {
        if (text.en() != null) {
            terms.put(text.zh(), text.en());
            String zh = text.zh().strip();
            if (zh.endsWith("指标") && zh.length() > 2) {
                terms.putIfAbsent(zh.substring(0, zh.length() - 2), text.en());
            }
        }
    }

    /** A path as diagnostics print it: relative to the project, with forward slashes. */
    public String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(displayRoot) ? displayRoot.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
