package org.gongkai.disclosure.maven;

import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

import org.gongkai.disclosure.engine.ConfigurationException;
import org.gongkai.disclosure.engine.Engine;

/**
 * Packages the generated site as a zip and attaches it to the build, so that {@code mvn install} or {@code mvn deploy}
 * publishes it to a repository with the project. The zip holds exactly the files Gongkai wrote (and the list of them),
 * in path order with one fixed time: the same site gives the same bytes. Bind it after {@code generate}.
 */
@Mojo(name = "package", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PackageMojo extends AbstractDisclosureMojo {

    /** The time of a zip whose project sets no {@code project.build.outputTimestamp}: the zip format's first. */
    static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    /** The folder of the generated site to package (the folder {@code generate} writes). */
    @Parameter(property = "disclosure.outputDirectory", defaultValue = "${project.build.directory}/disclosure")
    private File outputDirectory;

    /** The zip to write. */
    @Parameter(property = "disclosure.archive",
            defaultValue = "${project.build.directory}/${project.build.finalName}-site.zip")
    private File archive;

    /** The classifier the zip is attached with; its type is {@code zip}. */
    @Parameter(property = "disclosure.classifier", defaultValue = "site")
    private String classifier;

    /**
     * The time every entry of the zip carries: an ISO-8601 time ({@code 2024-01-01T00:00:00Z}) or seconds since 1970,
     * as for Maven's own archives. Without it the entries carry 1980-01-01, and the zip is reproducible all the same.
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Component
    private MavenProjectHelper projectHelper;

    @Override
    protected void run(Engine engine) throws IOException, ConfigurationException, MojoFailureException {
        engine.archive(outputDirectory.toPath(), archive.toPath(), entryTime(engine));
        projectHelper.attachArtifact(project, "zip", classifier, archive);
        getLog().info(engine.say("archive.attached", engine.display(archive.toPath()), "zip:" + classifier));
    }

    private LocalDateTime entryTime(Engine engine) throws MojoFailureException {
        String given = outputTimestamp == null ? "" : outputTimestamp.trim();
        // One character is how Maven says "not reproducible"; nothing given is the same here.
        if (given.length() <= 1) {
            return ZIP_EPOCH;
        }
        try {
            Instant instant = given.chars().allMatch(Character::isDigit) && given.length() <= 12
                    ? Instant.ofEpochSecond(Long.parseLong(given)) : Instant.parse(given);
            LocalDateTime time = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
            return time.isBefore(ZIP_EPOCH) ? ZIP_EPOCH : time;
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new MojoFailureException(engine.say("log.badTimestamp", given));
        }
    }
}
