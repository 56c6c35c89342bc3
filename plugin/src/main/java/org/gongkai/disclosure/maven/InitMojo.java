package org.gongkai.disclosure.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import org.gongkai.disclosure.check.TranslationPolicy;
import org.gongkai.disclosure.diag.ProgressListener;
import org.gongkai.disclosure.engine.Engine;
import org.gongkai.disclosure.engine.Settings;
import org.gongkai.disclosure.start.ContentStarter;
import org.gongkai.disclosure.start.StartRefused;

/**
 * Starts a new content folder: a {@code declaration.yaml}, one example project, a {@code site.yaml} and a glossary,
 * commented in Chinese and English, that pass {@code check} as written; the JSON Schemas for editors beside them; and,
 * where the folder has no POM, a {@code pom.xml} (packaging {@code pom}) with {@code generate} and {@code package}
 * bound. Runs without a POM, in the current folder. Writes only files that do not exist yet.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractFolderMojo {

    /** The example unit of a content folder started without {@code disclosure.unit}. */
    static final String EXAMPLE_UNIT = "示例单位";
    static final String EXAMPLE_UNIT_ENGLISH = "Example Unit";

    /**
     * The budget unit (预算单位) as filed, e.g. {@code 上海市松江区人民政府信访办公室}. Without it the files name an example
     * unit, to be replaced.
     */
    @Parameter(property = "disclosure.unit")
    private String unit;

    /**
     * The unit's English name, e.g. {@code Petitions Office of Songjiang District}; needed with a Chinese
     * {@code disclosure.unit}, since the site is published in both languages. It goes into the glossary.
     */
    @Parameter(property = "disclosure.unitEnglish")
    private String unitEnglish;

    /** The fiscal year (预算年度) of the declaration. Defaults to the current year. */
    @Parameter(property = "disclosure.year")
    private Integer year;

    /** The content folder to start, relative to the project folder (the current folder without a POM). */
    @Parameter(property = "disclosure.contentDirectory", defaultValue = "src/disclosure")
    private String contentDirectory;

    /** Where the JSON Schemas for editors are written, beside the content, relative to the project folder. */
    @Parameter(property = "disclosure.schemaDirectory", defaultValue = "src/disclosure-schema")
    private String schemaDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path project = projectFolder();
        Path content = project.resolve(contentDirectory);
        Path schemas = project.resolve(schemaDirectory);
        Engine engine = new Engine(new Settings(project, content, TranslationPolicy.ERROR,
                AbstractDisclosureMojo.language(messageLanguage)), ProgressListener.SILENT);
        if (skip) {
            getLog().info(engine.say("log.skip"));
            return;
        }
        boolean example = unit == null || unit.isBlank();
        ContentStarter.Started started;
        try {
            started = ContentStarter.start(new ContentStarter.Request(project, content, schemas,
                    example ? EXAMPLE_UNIT : unit, example ? EXAMPLE_UNIT_ENGLISH : unitEnglish,
                    year != null ? year : LocalDate.now().getYear(), pluginVersion));
        } catch (StartRefused e) {
            throw new MojoFailureException(engine.say(e.key(), e.args()));
        } catch (IOException e) {
            throw new MojoExecutionException(engine.say("log.ioFailed", e.getMessage()), e);
        }
        getLog().info(engine.say("start.content", engine.display(content), started.content().stream()
                .map(file -> content.relativize(project.resolve(file)).toString().replace('\\', '/'))
                .collect(Collectors.joining(", "))));
        getLog().info(engine.say("start.schemas", engine.display(schemas)));
        getLog().info(started.pom() != null ? engine.say("start.pom", started.pom())
                : engine.say("start.pomKept", ContentStarter.POM));
        if (started.jvmConfig() != null) {
            getLog().info(engine.say("start.jvmConfig", started.jvmConfig()));
        }
        if (example) {
            getLog().info(engine.say("start.exampleUnit", EXAMPLE_UNIT));
        }
        getLog().info(engine.say("start.next"));
    }
}
