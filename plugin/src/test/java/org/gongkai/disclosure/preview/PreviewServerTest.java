package org.gongkai.disclosure.preview;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.gongkai.disclosure.Pipeline;
import org.gongkai.disclosure.SiteSettings;
import org.gongkai.disclosure.diag.ProgressListener;
import org.gongkai.disclosure.render.SiteOptions;
import org.gongkai.disclosure.testing.ContentFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.gongkai.disclosure.testing.ContentFixture.PROJECT;

/** The editors' preview: served, regenerated on every edit, errors shown, the last good site kept. */
class PreviewServerTest {

    @TempDir
    Path project;

    private ContentFixture content;
    private PreviewServer server;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        content = ContentFixture.minimal(project);
        Pipeline pipeline = new Pipeline(content.settings(), ProgressListener.SILENT);
        server = new PreviewServer(pipeline,
                new SiteSettings(project.resolve("target/disclosure-preview"), null, SiteOptions.NONE),
                List.of(content.contentDir()), log::add);
        server.start(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String awaitPage(String path, Predicate<String> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        String body = "";
        while (Instant.now().isBefore(deadline)) {
            body = get(path).body();
            if (condition.test(body)) {
                return body;
            }
            Thread.sleep(100);
        }
        return fail("Never saw the expected content at " + path + "; last:\n" + body);
    }

    private Path previewDir() {
        return project.resolve("target/disclosure-preview");
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static String h1(Document page) {
        assertThat(page.select("h1")).hasSize(1);
        return page.selectFirst("h1").text();
    }

    private Status status() throws Exception {
        HttpResponse<String> response = get("/__gongkai/status");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return new ObjectMapper().readValue(response.body(), Status.class);
    }

    record Status(int version, List<String> errors) {
    }

    private <T> T await(String what, Callable<T> probe, Predicate<T> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        Object last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                T seen = probe.call();
                if (condition.test(seen)) {
                    return seen;
                }
                last = seen;
            } catch (AssertionError | IOException notYet) {
                // Asked for just as the site was swapped in: try again.
                last = notYet;
            }
            Thread.sleep(100);
        }
        return fail("Never saw " + what + "; last: " + last);
    }

    @Test
    void servesTheSiteOnLoopbackWithTheReloadScriptAdded() throws Exception {
        assertThat(server.url().getHost()).isEqualTo("127.0.0.1");
        HttpResponse<String> landing = get("/");
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(landing.body()).contains("<script src=\"/__gongkai/preview.js\"></script>\n</body>");
        assertThat(get("/zh/projects/sample.html").body()).contains("<h1>样例项目</h1>");
        assertThat(get("/__gongkai/preview.js").body()).contains("location.reload()");
        assertThat(get("/__gongkai/status").body()).isEqualTo("{\"version\":1,\"errors\":[]}");
    }

    @Test
    void anEditedContentFileShowsOnTheNextRequestAndTheVersionMoves() throws Exception {
        content.replace(PROJECT, "{zh: 样例项目, en: Sample project}", "{zh: 修改后的项目, en: Edited project}");
        awaitPage("/en/projects/sample.html", body -> body.contains("<h1>Edited project</h1>"));
        assertThat(server.version()).isGreaterThan(1);
        assertThat(get("/__gongkai/status").body()).contains("\"errors\":[]");
    }

    @Test
    void aContentErrorIsShownAndTheLastGoodSiteStaysServed() throws Exception {
        content.replace(PROJECT, "fiscal: 80000.00", "fiscal: 80000.01");
        String status = awaitPage("/__gongkai/status", body -> body.contains("funds-sum"));
        assertThat(status).contains("src/disclosure/projects/01-sample.yaml:10:10: error: project funds total");
        assertThat(get("/zh/projects/sample.html").statusCode()).isEqualTo(200);
        content.replace(PROJECT, "fiscal: 80000.01", "fiscal: 80000.00");
        awaitPage("/__gongkai/status", body -> body.contains("\"errors\":[]"));
    }

    @Test
    void aRegenerationThatThrowsIsShownAndTheNextEditStillRegenerates() throws Exception {
        // A folder Gongkai did not make where the preview goes: the pipeline refuses to replace it.
        Path preview = previewDir();
        Files.delete(preview.resolve(".gongkai"));
        content.replace(PROJECT, "{zh: 样例项目, en: Sample project}", "{zh: 修改后的项目, en: Edited project}");
        Status failed = await("the failure in the status", this::status, status -> !status.errors().isEmpty());
        String why = "Regeneration failed: The output folder target/disclosure-preview exists and was not written by"
                + " Gongkai; it would be replaced as a whole. Choose another disclosure.outputDirectory, or empty the folder";
        assertThat(failed.errors()).containsExactly(why);
        assertThat(log).contains(why);

        Files.writeString(preview.resolve(".gongkai"), "generated by Gongkai");
        content.replace(PROJECT, "{zh: 修改后的项目, en: Edited project}", "{zh: 再次修改, en: Edited again}");
        await("the page regenerated", () -> h1(page("/en/projects/sample.html")), "Edited again"::equals);
        assertThat(status().errors()).isEmpty();
    }

    @Test
    void foldersThatVanishAsTheyAreWatchedDoNotStopTheWatching() throws Exception {
        // Made and removed at once, many times, nested: the watcher sees them created and finds them gone.
        for (int round = 0; round < 300; round++) {
            Path top = content.contentDir().resolve("tmp-" + round);
            Path deepest = top.resolve("a/b/c/d");
            Files.createDirectories(deepest);
            Files.delete(deepest);
            Files.delete(deepest.getParent());
            Files.delete(deepest.getParent().getParent());
            Files.delete(top.resolve("a"));
            Files.delete(top);
        }
        int before = server.version();
        content.replace(PROJECT, "{zh: 样例项目, en: Sample project}", "{zh: 修改后的项目, en: Edited project}");
        await("the page regenerated", () -> h1(page("/en/projects/sample.html")), "Edited project"::equals);
        assertThat(status().version()).isGreaterThan(before);
    }

    @Test
    void aMissingPageGetsThe404PageAndNothingOutsideTheSiteIsServed() throws Exception {
        HttpResponse<String> missing = get("/zh/projects/none.html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("页面不存在");
        assertThat(get("/%2e%2e/%2e%2e/src/disclosure/declaration.yaml").statusCode()).isEqualTo(404);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(server.url().resolve("/"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void closingStopsServing() throws Exception {
        URI url = server.url();
        server.close();
        try {
            http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            fail("still serving");
        } catch (java.io.IOException expected) {
            // Connection refused.
        }
    }
}
