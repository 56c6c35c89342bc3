package org.gongkai.disclosure.maven;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.testing.ContentFixture;

import static org.assertj.core.api.Assertions.assertThat;

/** The serve goal as Maven runs it: prints its address, serves, and stops when interrupted. */
@MojoTest
class ServeMojoTest {

    @TempDir
    Path project;

    @Test
    @InjectMojo(goal = "serve", pom = "src/test/resources/unit/serve/pom.xml")
    void servesUntilStopped(ServeMojo mojo) throws Exception {
        var content = ContentFixture.minimal(project);
        // A draft, which only the preview shows.
        content.write("projects/02-new-hall.yaml", content.read(ContentFixture.PROJECT)
                .replace("id: sample\n", "id: new-hall\ndraft: true\n"));
        MojoExtension.setVariableValueToObject(mojo, "baseDirectory", project.toFile());
        MojoExtension.setVariableValueToObject(mojo, "contentDirectory", content.contentDir().toFile());
        MojoExtension.setVariableValueToObject(mojo, "previewDirectory", project.resolve("target/preview").toFile());
        MojoExtension.setVariableValueToObject(mojo, "themeDirectory", project.resolve("theme").toFile());
        CheckMojoTest.RecordingLog log = new CheckMojoTest.RecordingLog();
        mojo.setLog(log);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread maven = new Thread(() -> {
            try {
                mojo.execute();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        maven.start();
        String url = null;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (url == null && Instant.now().isBefore(deadline)) {
            synchronized (log.lines) {
                url = log.lines.stream().filter(l -> l.startsWith("[INFO] Serving the preview at "))
                        .map(l -> l.replaceFirst("^\\[INFO] Serving the preview at (\\S+) .*$", "$1")).findFirst().orElse(null);
            }
            Thread.sleep(50);
        }
        assertThat(url).as("the address is printed").matches("http://127\\.0\\.0\\.1:\\d+/");
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url + "en/projects/sample.html")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("h1").eachText()).containsExactly("Sample project");
        assertThat(html.select("script").eachAttr("src")).containsExactly("../../assets/search.js",
                "../../assets/site.js", "/__gongkai/preview.js");
        assertThat(html.body().children().last().attr("src")).as("the reload script ends the page")
                .isEqualTo("/__gongkai/preview.js");
        HttpResponse<String> draft = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url + "en/projects/new-hall.html")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(draft.body()).select(".draft-band").text()).isEqualTo("Draft. This project is marked "
                + "draft: true; the preview shows it, but disclosure:generate leaves it out of the published site.");
        maven.interrupt();
        maven.join(10_000);
        assertThat(maven.isAlive()).isFalse();
        assertThat(failure.get()).isNull();
        assertThat(List.copyOf(log.lines)).last().isEqualTo("[INFO] Preview stopped");
    }
}
