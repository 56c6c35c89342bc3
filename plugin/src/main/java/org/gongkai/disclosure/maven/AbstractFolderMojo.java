package org.gongkai.disclosure.maven;

import java.io.File;
import java.nio.file.Path;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that also works in a folder without a POM, as {@code archetype:generate} does ({@code init}, {@code import}):
 * its project folder is Maven's when there is a POM, else the folder Maven was started in.
 */
abstract class AbstractFolderMojo extends AbstractMojo {

    /** The language of the goal's messages: {@code en} or {@code zh}. */
    @Parameter(property = "disclosure.messageLanguage", defaultValue = "en")
    protected String messageLanguage;

    /** Skips the goal. */
    @Parameter(property = "disclosure.skip", defaultValue = "false")
    protected boolean skip;

    /** The Maven project's folder, when there is a POM. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    protected File projectDirectory;

    /** The folder Maven was started in: the project folder when there is no POM. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    protected File executionRoot;

    /** This plugin's version, which a POM written for a folder without one declares. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    protected String pluginVersion;

    /** The project folder, absolute. */
    protected Path projectFolder() {
        return (projectDirectory != null ? projectDirectory : executionRoot).toPath().toAbsolutePath().normalize();
    }
}
