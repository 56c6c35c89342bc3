package org.gongkai.disclosure.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.diag.SourcePosition;
import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Framework;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.Text;

/**
 * Reads a content folder: {@code declaration.yaml}, {@code projects/*.yaml} in file-name order, and the
 * optional {@code glossary.yaml} and {@code frameworks/*.yaml}. Thread-safe; project files are read in
 * parallel, and results keep file-name order.
 */
public final class ContentLoader {

    public static final String DECLARATION_FILE = "declaration.yaml";
    public static final String PROJECTS_DIR = "projects";
    public static final String GLOSSARY_FILE = "glossary.yaml";
    public static final String FRAMEWORKS_DIR = "frameworks";

    private final YamlReader yaml;
    private final Path displayRoot;

    /**
     * @param displayRoot paths in diagnostics are printed relative to this folder (the Maven project's)
     */
    public ContentLoader(YamlReader yaml, Path displayRoot) {
        this.yaml = yaml;
        this.displayRoot = displayRoot.toAbsolutePath().normalize();
    }

    public LoadedContent load(Path contentDir, DiagnosticSink sink) throws IOException {
        Path content = contentDir.toAbsolutePath().normalize();
        BuiltInVocabulary builtIn = BuiltInVocabulary.get();
        ValueReader plain = new ValueReader(sink, builtIn.glossary());
        VocabularyReader vocabulary = new VocabularyReader(plain);

        Glossary glossary = builtIn.glossary();
        Path glossaryFile = content.resolve(GLOSSARY_FILE);
        if (Files.exists(glossaryFile)) {
            Optional<YamlNode> root = yaml.read(glossaryFile, display(glossaryFile), sink);
            if (root.isPresent()) {
                glossary = glossary.with(vocabulary.glossary(root.get(), display(glossaryFile)));
            }
        }

        Map<String, Framework> frameworks = new HashMap<>(builtIn.frameworks());
        for (Path file : yamlFiles(content.resolve(FRAMEWORKS_DIR))) {
            readSiteFramework(file, vocabulary, frameworks, sink);
        }

        Path declarationFile = content.resolve(DECLARATION_FILE);
        Declaration declaration = null;
        if (!Files.exists(declarationFile)) {
            sink.error("required-key", SourcePosition.startOf(display(content)), "content.noDeclaration", DECLARATION_FILE);
        } else {
            Optional<YamlNode> root = yaml.read(declarationFile, display(declarationFile), sink);
            ValueReader values = new ValueReader(sink, glossary);
            declaration = root.flatMap(r -> new DeclarationReader(values, frameworks).read(r, display(declarationFile)))
                    .orElse(null);
        }

        Framework framework = declaration != null ? declaration.framework()
                : frameworks.get(DeclarationReader.DEFAULT_FRAMEWORK);
        Glossary projectGlossary = glossary.with(levelNames(framework));
        List<Path> projectFiles = yamlFiles(content.resolve(PROJECTS_DIR));
        if (projectFiles.isEmpty()) {
            sink.error("required-key", SourcePosition.startOf(display(content)), "content.noProjects", PROJECTS_DIR);
        }
        ValueReader values = new ValueReader(sink, projectGlossary);
        List<Project> projects;
        try {
            projects = projectFiles.parallelStream()
                    .map(file -> readProject(file, values, sink))
                    .flatMap(Optional::stream)
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new LoadedContent(declaration, projectGlossary, projects, projectFiles.size());
    }

    private Optional<Project> readProject(Path file, ValueReader values, DiagnosticSink sink) {
        String display = display(file);
        try {
            return yaml.read(file, display, sink).map(root -> new ProjectReader(values).read(root, display));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** The framework's level names as glossary terms, so that a plain 成本指标 gets its English. */
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
        }
    }

    /** The YAML files of a folder in file-name order; a missing folder has none. */
    private static List<Path> yamlFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(p -> {
                String name = p.getFileName().toString();
                return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"));
            }).forEach(files::add);
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return files;
    }

    /** A path as diagnostics print it: relative to the project, with forward slashes. */
    public String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(displayRoot) ? displayRoot.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
