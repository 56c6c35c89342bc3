package org.gongkai.disclosure.maven;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import org.gongkai.disclosure.engine.Engine;
import org.gongkai.disclosure.start.ContentStarter;
import org.gongkai.disclosure.start.StartRefused;

/**
 * Starts a new content folder: a {@code declaration.yaml}, one example project, a {@code site.yaml} and a glossary,
 * commented in Chinese and English, that pass {@code check} as written; the JSON Schemas for editors beside them; and,
 * where the folder has no POM, a {@code pom.xml} (packaging {@code pom}) with {@code generate} and {@code package}
 * bound. Runs without a POM. Writes only files that do not exist yet.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractDisclosureMojo {

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

    /** Where the JSON Schemas for editors are written, beside the content. */
    @Parameter(property = "disclosure.schemaDirectory", defaultValue = "${project.basedir}/src/disclosure-schema")
    private File schemaDirectory;

    /** This plugin's version, which the POM written by {@code init} declares. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    protected boolean readsContent() {
        return false;
    }

    @Override
    protected void run(Engine engine) throws IOException, MojoFailureException {
        boolean example = unit == null || unit.isBlank();
        ContentStarter.Request request = new ContentStarter.Request(baseDirectory.toPath(), contentDirectory.toPath(),
                schemaDirectory.toPath(), example ? EXAMPLE_UNIT : unit, example ? EXAMPLE_UNIT_ENGLISH : unitEnglish,
                year != null ? year : LocalDate.now().getYear(), pluginVersion);
        ContentStarter.Started started;
        try {
            started = ContentStarter.start(request);
        } catch (StartRefused e) {
            throw new MojoFailureException(engine.say(e.key(), e.args()));
        }
        getLog().info(engine.say("start.content", engine.display(contentDirectory.toPath()), started.content().stream()
                .map(file -> contentDirectory.toPath().toAbsolutePath().normalize()
                        .relativize(baseDirectory.toPath().toAbsolutePath().normalize().resolve(file)).toString()
                        .replace('\\', '/'))
                .collect(Collectors.joining(", "))));
        getLog().info(engine.say("start.schemas", engine.display(schemaDirectory.toPath())));
        getLog().info(started.pom() != null ? engine.say("start.pom", started.pom())
                : engine.say("start.pomKept", ContentStarter.POM));
        if (example) {
            getLog().info(engine.say("start.exampleUnit", EXAMPLE_UNIT));
        }
        getLog().info(engine.say("start.next"));
    }
}
