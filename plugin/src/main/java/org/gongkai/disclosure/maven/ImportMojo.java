package org.gongkai.disclosure.maven;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.classworlds.realm.ClassRealm;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.DependencyResolutionException;

import org.gongkai.disclosure.check.TranslationPolicy;
import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.diag.MessageCatalog;
import org.gongkai.disclosure.diag.ProgressListener;
import org.gongkai.disclosure.engine.CheckReport;
import org.gongkai.disclosure.engine.Engine;
import org.gongkai.disclosure.engine.Settings;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Yuan;
import org.gongkai.disclosure.sheets.SheetProblem;
import org.gongkai.disclosure.sheets.SpreadsheetImport;
import org.gongkai.disclosure.start.ContentStarter;

/**
 * Imports the spreadsheets budget staff already have: every project of a {@code .xlsx} or {@code .xls} (the
 * single-project form, or the unit's summary table), or of a folder of them, becomes {@code projects/NN-<id>.yaml} in
 * the content folder, with a {@code declaration.yaml} where there is none; then the declaration is checked. A cell that
 * cannot be read is reported at its address ({@code book.xlsx:Sheet1!C14}) and nothing is written. Runs without a POM.
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public class ImportMojo extends AbstractFolderMojo {

    /** The workbook ({@code .xlsx}, {@code .xls}) to import, or a folder of them, read in name order. */
    @Parameter(property = "disclosure.source", defaultValue = "src/spreadsheets")
    private String source;

    /** The content folder the files are written to, created where needed, relative to the project folder. */
    @Parameter(property = "disclosure.contentDirectory", defaultValue = "src/disclosure")
    private String contentDirectory;

    /** The fiscal year of a new {@code declaration.yaml}; by default the year of the sheets' titles. */
    @Parameter(property = "disclosure.year")
    private Integer year;

    /** The budget unit of a new {@code declaration.yaml}; by default the sheets' 单位名称 or 预算单位, else 主管部门. */
    @Parameter(property = "disclosure.unit")
    private String unit;

    /** Replaces project files that exist already; without it, the import writes nothing when one does. */
    @Parameter(property = "disclosure.overwrite", defaultValue = "false")
    private boolean overwrite;

    /**
     * What a text without English is in the check after the import: {@code warn} (the default here, since spreadsheets
     * carry no English) or {@code error}.
     */
    @Parameter(property = "disclosure.translations", defaultValue = "warn")
    private String translations;

    @Component
    private RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
    private RepositorySystemSession repositorySession;

    /** Where Maven takes plugins from: the import's libraries come from there too. */
    @Parameter(defaultValue = "${project.remotePluginRepositories}", readonly = true)
    private List<RemoteRepository> pluginRepositories;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Language language = AbstractDisclosureMojo.language(messageLanguage);
        MessageCatalog catalog = MessageCatalog.of(language);
        Path project = projectFolder();
        Path content = project.resolve(contentDirectory).normalize();
        Engine quiet = new Engine(new Settings(project, content, TranslationPolicy.WARN, language), ProgressListener.SILENT);
        if (skip) {
            getLog().info(quiet.say("log.skip"));
            return;
        }
        TranslationPolicy policy = AbstractDisclosureMojo.translationPolicy(translations, quiet);
        provideLibraries(quiet);
        SpreadsheetImport.Result result;
        try {
            result = SpreadsheetImport.run(new SpreadsheetImport.Request(project, content, project.resolve(source), year,
                    unit, overwrite));
        } catch (IOException e) {
            throw new MojoExecutionException(quiet.say("log.ioFailed", e.getMessage()), e);
        }
        Log log = getLog();
        for (SheetProblem problem : result.problems()) {
            if (problem.isError()) {
                log.error(problem.format(catalog));
            } else {
                log.warn(problem.format(catalog));
            }
        }
        for (SpreadsheetImport.Read read : result.reads()) {
            log.info(quiet.say("import.read", read.file(), read.projects(), read.indicators(),
                    Yuan.grouped(read.annualTotal())));
        }
        if (result.written().isEmpty()) {
            throw new MojoFailureException(quiet.say("import.failed", Math.max(1, result.errors())));
        }
        log.info(quiet.say("import.wrote", result.written().size() - (result.declaration() == null ? 0 : 1),
                quiet.display(content.resolve("projects")), result.indicators(), Yuan.grouped(result.annualTotal())));
        if (result.declaration() != null) {
            SpreadsheetImport.WrittenDeclaration d = result.declaration();
            log.info(quiet.say("import.declarationWritten", d.file(), d.year(), d.unit(), d.title()));
        } else {
            log.info(quiet.say("import.declarationKept", quiet.display(content.resolve("declaration.yaml"))));
        }
        if (projectDirectory == null) {
            // Run where there is no POM yet: write the one init writes, so that check, serve and package work next.
            int pomYear = result.declaration() != null && result.declaration().year() != null
                    ? Integer.parseInt(result.declaration().year()) : java.time.LocalDate.now().getYear();
            try {
                Path pom = ContentStarter.pom(project, pomYear, pluginVersion);
                if (pom != null) {
                    log.info(quiet.say("start.pom", pom));
                    Path jvmConfig = ContentStarter.jvmConfig(project);
                    if (jvmConfig != null) {
                        log.info(quiet.say("start.jvmConfig", jvmConfig));
                    }
                }
            } catch (IOException e) {
                throw new MojoExecutionException(quiet.say("log.ioFailed", e.getMessage()), e);
            }
        }
        Engine engine = new Engine(new Settings(project, content, policy, language), new ProgressListener() {
            @Override
            public void info(String line) {
                log.info(line);
            }

            @Override
            public void diagnostic(Diagnostic diagnostic, String formatted) {
                switch (diagnostic.severity()) {
                    case ERROR -> log.error(formatted);
                    case WARNING -> log.warn(formatted);
                    case NOTE -> log.info(formatted);
                }
                // An error points at its cell too: the sheet is where the budget officer fixes a figure. (A missing
                // translation is fixed in the file, and is not repeated.)
                if (diagnostic.isError()) {
                    result.sourceOf(diagnostic.at()).ifPresent(cell -> log.info(quiet.say("import.fromCell", cell,
                            diagnostic.at().file() + ":" + diagnostic.at().line())));
                }
            }
        });
        CheckReport report;
        try {
            report = engine.check();
        } catch (IOException e) {
            throw new MojoExecutionException(quiet.say("log.ioFailed", e.getMessage()), e);
        }
        if (report.errors() > 0) {
            throw new MojoFailureException(quiet.say("log.failed", report.errors()));
        }
        log.info(quiet.say("import.next"));
    }

    /** Puts the spreadsheet reader on the plugin's class path before the first class that uses it is loaded. */
    private void provideLibraries(Engine quiet) throws MojoExecutionException {
        List<ImportLibraries.Library> needed = ImportLibraries.needed();
        ClassLoader loader = getClass().getClassLoader();
        Consumer<URL> add = loader instanceof ClassRealm realm ? realm::addURL : url -> {
            throw new IllegalStateException("the plugin is not loaded by a Maven class realm: cannot add " + url);
        };
        try {
            List<URL> added = ImportLibraries.provide(needed, loader, add, repositorySystem, repositorySession,
                    pluginRepositories);
            if (!added.isEmpty() && getLog().isDebugEnabled()) {
                getLog().debug("Added to the plugin's class path for the import: " + added);
            }
        } catch (DependencyResolutionException e) {
            throw new MojoExecutionException(quiet.say("import.libraries", needed.stream()
                    .map(ImportLibraries.Library::coordinates).collect(Collectors.joining(", ")), e.getMessage()), e);
        }
    }
}
