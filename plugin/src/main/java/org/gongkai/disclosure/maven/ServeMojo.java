package org.gongkai.disclosure.maven;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import org.gongkai.disclosure.engine.ConfigurationException;
import org.gongkai.disclosure.engine.Engine;
import org.gongkai.disclosure.preview.PreviewServer;

/**
 * Previews the site while editing: generates it, serves it on a local port, and regenerates it whenever a content
 * or theme file changes; open pages reload by themselves. Content errors show in the terminal and on the page. Drafts
 * ({@code draft: true}) are shown, each page of theirs with a band. Stops with Ctrl-C.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractSiteMojo {

    /** The port to serve on, on the loopback address only. */
    @Parameter(property = "disclosure.port", defaultValue = "8080")
    private int port;

    /** Where the preview is written; kept apart from the published site. */
    @Parameter(property = "disclosure.previewDirectory", defaultValue = "${project.build.directory}/disclosure-preview")
    private File previewDirectory;

    @Override
    protected void run(Engine engine) throws IOException, ConfigurationException, MojoFailureException {
        List<java.nio.file.Path> watched = new ArrayList<>();
        watched.add(contentDirectory.toPath());
        watched.add(themeDirectory.toPath());
        CountDownLatch stopped = new CountDownLatch(1);
        try (PreviewServer server = new PreviewServer(engine, siteSettings(engine, previewDirectory, true), watched, engine.listener())) {
            Thread onCtrlC = new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "gongkai-preview-stop");
            Runtime.getRuntime().addShutdownHook(onCtrlC);
            try {
                server.start(port);
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(onCtrlC);
                } catch (IllegalStateException shuttingDown) {
                    // The hook is running: Ctrl-C.
                }
            }
            getLog().info(engine.say("serve.stopped"));
        }
    }
}
