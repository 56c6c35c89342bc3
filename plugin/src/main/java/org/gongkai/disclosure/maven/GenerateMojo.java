package org.gongkai.disclosure.maven;

import java.io.File;
import java.io.IOException;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import org.gongkai.disclosure.engine.ConfigurationException;
import org.gongkai.disclosure.engine.Engine;
import org.gongkai.disclosure.engine.GenerateReport;

/**
 * Checks the declaration and writes the bilingual static site: a landing page, per language an index and a
 * page per project, a 404 page, a sitemap and the assets. Writes nothing when an error stands; the previous
 * site is replaced only by a complete new one.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class GenerateMojo extends AbstractSiteMojo {

    /**
     * The folder the site is written to. A run publishes a complete new site or leaves the last one as it was;
     * files Gongkai did not write there are never kept.
     */
    @Parameter(property = "disclosure.outputDirectory", defaultValue = "${project.build.directory}/disclosure")
    private File outputDirectory;

    /**
     * Reuse what the published build wrote for declarations whose files have not changed (recorded beside the
     * output folder). Set to false to build the whole site, e.g. after the published site was edited by hand.
     */
    @Parameter(property = "disclosure.incremental", defaultValue = "true")
    private boolean incremental;

    @Override
    protected void run(Engine engine) throws IOException, ConfigurationException, MojoFailureException {
        GenerateReport report = engine.generate(siteSettings(engine, outputDirectory, false), incremental);
        failOnProblems(engine, report.check());
    }
}
