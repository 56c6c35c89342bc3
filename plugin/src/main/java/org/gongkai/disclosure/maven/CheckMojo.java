package org.gongkai.disclosure.maven;

import java.io.IOException;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import org.gongkai.disclosure.engine.Engine;

/**
 * Checks the declaration: reads every YAML file, checks every total and rule, and reports each problem as
 * {@code path:line:col: error: message [rule]}. Fails the build if any error stands.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractDisclosureMojo {

    @Override
    protected void run(Engine engine) throws IOException, MojoFailureException {
        failOnProblems(engine, engine.check());
    }
}
