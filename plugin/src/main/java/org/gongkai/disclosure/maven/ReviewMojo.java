package org.gongkai.disclosure.maven;

import java.io.File;
import java.io.IOException;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import org.gongkai.disclosure.engine.ConfigurationException;
import org.gongkai.disclosure.engine.Engine;

/**
 * Checks the declarations, then writes the finance bureau's first-pass review of their targets: which are vague,
 * copied or unmeasurable, for every project and unit, as HTML pages in both languages and CSV tables, in a folder of
 * its own (never the published site). {@code review.yaml} in the content folder switches rules off or changes their
 * thresholds. The findings are advice and never fail the build; the check's errors do, once the review is written.
 */
@Mojo(name = "review", threadSafe = true)
public class ReviewMojo extends AbstractDisclosureMojo {

    /**
     * The folder the review is written to: a folder of its own, outside the content and apart from the published
     * site. Gongkai changes only the files it wrote there.
     */
    @Parameter(property = "disclosure.reviewDirectory", defaultValue = "${project.build.directory}/disclosure-review")
    private File reviewDirectory;

    @Override
    protected void run(Engine engine) throws IOException, ConfigurationException, MojoFailureException {
        failOnProblems(engine, engine.review(reviewDirectory.toPath()).check());
    }
}
