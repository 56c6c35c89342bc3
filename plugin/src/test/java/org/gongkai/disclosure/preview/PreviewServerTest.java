package org.gongkai.disclosure.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.diag.ProgressListener;
import org.gongkai.disclosure.engine.Engine;
import org.gongkai.disclosure.engine.SiteSettings;
import org.gongkai.disclosure.model.SiteOptions;
import org.gongkai.disclosure.testing.ContentFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.gongkai.disclosure.testing.ContentFixture.PROJECT;

/** The editors' preview: served, regenerated on every edit, errors shown, the last good site kept. */
class PreviewServerTest {

    private static final String HTML = "text/html; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String BAD_PATH = "The address is not a valid path of the site";

    @TempDir
    Path project;

    private ContentFixture content;
    private PreviewServer server;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        content = ContentFixture.minimal(project);
        server = startServer(PreviewServer.HEAD_TIMEOUT);
    }

    private PreviewServer startServer(Duration headTimeout) throws Exception {
        Engine engine = new Engine(content.settings(), ProgressListener.SILENT);
        PreviewServer started = new PreviewServer(engine, new SiteSettings(previewDir(), null, SiteOptions.NONE),
                List.of(content.contentDir()), log::add, headTimeout);
        started.start(0);
        return started;
    }

    private Path previewDir() {
        return project.resolve("target/disclosure-preview");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Generous: CI is a loaded machine; a hung server still fails the test instead of hanging it. */
    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.url().resolve(path)).timeout(Duration.ofSeconds(10));
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

    /** The page as served has exactly one script, the reload script, as the last element of its body. */
    private static void assertReloadScriptAdded(Document page) {
        assertThat(page.select("script").eachAttr("src")).last().isEqualTo("/__gongkai/preview.js");
        Element last = page.body().children().last();
        assertThat(last.tagName()).isEqualTo("script");
        assertThat(last.attr("src")).isEqualTo("/__gongkai/preview.js");
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

    // ---- A client that writes the request itself, for the requests HttpClient will not make ----

    /** An answer read off a socket: the status line, the headers by lower-case name, the body. */
    record RawAnswer(String statusLine, Map<String, String> headers, String body) {
        int status() {
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private String hostHeader() {
        return "127.0.0.1:" + server.url().getPort();
    }

    private RawAnswer rawGet(String target) throws IOException {
        return raw("GET " + target + " HTTP/1.1\r\nHost: " + hostHeader() + "\r\nConnection: close\r\n\r\n");
    }

    private RawAnswer raw(String request) throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return readAnswer(socket);
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.url().getPort());
        socket.setSoTimeout(10_000); // generous, as for the requests above
        return socket;
    }

    private static RawAnswer readAnswer(Socket socket) throws IOException {
        String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int end = answer.indexOf("\r\n\r\n");
        if (end < 0) {
            return fail("Not an HTTP answer: \"" + answer + "\"");
        }
        String[] lines = answer.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        return new RawAnswer(lines[0], headers, answer.substring(end + 4));
    }

    /** A short plain-text answer, with exactly these headers and no more. */
    private static void assertTextAnswer(RawAnswer answer, String statusLine, String body, String... moreHeaders) {
        assertThat(answer.statusLine()).isEqualTo(statusLine);
        Map<String, String> headers = new LinkedHashMap<>(Map.of("content-type", TEXT,
                "content-length", String.valueOf(body.getBytes(StandardCharsets.UTF_8).length),
                "cache-control", "no-store", "connection", "close"));
        for (int i = 0; i < moreHeaders.length; i += 2) {
            headers.put(moreHeaders[i], moreHeaders[i + 1]);
        }
        assertThat(answer.headers()).isEqualTo(headers);
        assertThat(answer.body()).isEqualTo(body);
    }

    // ---- The site as served ----

    @Test
    void servesTheSiteOnLoopbackWithTheReloadScriptAdded() throws Exception {
        assertThat(server.url().getHost()).isEqualTo("127.0.0.1");
        HttpResponse<String> landing = get("/");
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.headers().firstValue("Content-Type")).hasValue(HTML);
        assertThat(landing.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertReloadScriptAdded(Jsoup.parse(landing.body()));
        String onDisk = Files.readString(previewDir().resolve("index.html"));
        assertThat(Jsoup.parse(onDisk).select("script[src=/__gongkai/preview.js]")).as("the file as published").isEmpty();

        Document sample = page("/zh/projects/sample.html");
        assertThat(h1(sample)).isEqualTo("样例项目");
        assertReloadScriptAdded(sample);

        HttpResponse<String> script = get("/__gongkai/preview.js");
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).isEqualTo(new String(
                PreviewServer.class.getResourceAsStream("preview.js").readAllBytes(), StandardCharsets.UTF_8));
        assertThat(get("/__gongkai/status").body()).isEqualTo("{\"version\":1,\"errors\":[]}");
        assertThat(get("/assets/site.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    }

    @Test
    void aHeadRequestGetsTheHeadersOfTheGetWithoutTheBody() throws Exception {
        RawAnswer whole = rawGet("/zh/projects/sample.html");
        RawAnswer head = raw("HEAD /zh/projects/sample.html HTTP/1.1\r\nHost: " + hostHeader() + "\r\n\r\n");
        assertThat(head.statusLine()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(head.headers()).isEqualTo(whole.headers());
        assertThat(head.headers()).containsEntry("content-type", HTML).containsEntry("cache-control", "no-store")
                .containsEntry("connection", "close")
                .containsEntry("content-length", String.valueOf(whole.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(head.body()).isEmpty();
    }

    @Test
    void anEditedContentFileShowsOnTheNextRequestAndTheVersionMoves() throws Exception {
        content.replace(PROJECT, "{zh: 样例项目, en: Sample project}", "{zh: 修改后的项目, en: Edited project}");
        await("the edited title", () -> h1(page("/en/projects/sample.html")), "Edited project"::equals);
        assertReloadScriptAdded(page("/en/projects/sample.html"));
        // The site is written before its version is announced: the status may lag the page a moment.
        await("the version moved on", this::status, status -> status.version() > 1 && status.errors().isEmpty());
    }

    @Test
    void aContentErrorIsShownAndTheLastGoodSiteStaysServed() throws Exception {
        content.replace(PROJECT, "fiscal: 80000.00", "fiscal: 80000.01");
        List<String> expected = content.check().stream().filter(line -> line.contains(": error: ")).toList();
        assertThat(expected).singleElement().asString()
                .startsWith("src/disclosure/projects/01-sample.yaml:10:10: error: ").endsWith(" [funds-sum]");
        Status failed = await("the error in the status", this::status, status -> status.errors().equals(expected));
        assertThat(h1(page("/zh/projects/sample.html"))).isEqualTo("样例项目");
        content.replace(PROJECT, "fiscal: 80000.01", "fiscal: 80000.00");
        Status fixed = await("the error cleared", this::status, status -> status.errors().isEmpty());
        assertThat(fixed.version()).isGreaterThan(failed.version());
    }

    @Test
    void aRegenerationThatThrowsIsShownAndTheNextEditStillRegenerates() throws Exception {
        // A folder Gongkai did not make where the preview goes: the engine refuses to replace it.
        Path preview = previewDir();
        byte[] marker = Files.readAllBytes(preview.resolve(".gongkai"));
        Files.delete(preview.resolve(".gongkai"));
        content.replace(PROJECT, "{zh: 样例项目, en: Sample project}", "{zh: 修改后的项目, en: Edited project}");
        String why = "Regeneration failed: The output folder target/disclosure-preview holds files and was not written"
                + " by Gongkai; nothing there is touched. Choose another disclosure.outputDirectory, or empty the folder";
        await("the failure in the status", this::status, status -> status.errors().equals(List.of(why)));
        assertThat(log).contains(why);

        Files.write(preview.resolve(".gongkai"), marker);
        content.replace(PROJECT, "{zh: 修改后的项目, en: Edited project}", "{zh: 再次修改, en: Edited again}");
        await("the page regenerated", () -> h1(page("/en/projects/sample.html")), "Edited again"::equals);
        await("the failure cleared", this::status, status -> status.errors().isEmpty());
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
        await("the version moved on", this::status, status -> status.version() > before);
    }

    // ---- Missing pages, directories, and paths that are not the site's ----

    @Test
    void aMissingPageGetsThe404PageWithStatus404() throws Exception {
        HttpResponse<String> missing = get("/zh/projects/none.html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue(HTML);
        assertThat(missing.headers().firstValue("Cache-Control")).hasValue("no-store");
        Document page = Jsoup.parse(missing.body());
        assertThat(h1(page)).isEqualTo("页面不存在");
        assertThat(page.select("h2").eachText()).containsExactly("页面不存在", "Page not found");
        assertReloadScriptAdded(page);
        assertThat(get("/zh/index.html/").statusCode()).as("a file asked for as a folder").isEqualTo(404);
    }

    @Test
    void aFolderAskedForWithoutItsSlashIsRedirectedToIt() throws Exception {
        assertTextAnswer(rawGet("/zh"), "HTTP/1.1 301 Moved Permanently", "", "location", "/zh/");
        assertThat(rawGet("/zh/projects?from=search&q=%E5%8A%9E").headers())
                .containsEntry("location", "/zh/projects/?from=search&q=%E5%8A%9E");

        HttpResponse<String> followed = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(request("/zh").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(followed.statusCode()).isEqualTo(200);
        assertThat(followed.uri().getPath()).isEqualTo("/zh/");
        assertReloadScriptAdded(Jsoup.parse(followed.body()));
    }

    @Test
    void aControlCharacterOrABadEscapeInThePathIsABadRequest() throws Exception {
        for (String target : List.of("/%00", "/zh/%00index.html", "/%0d%0aSet-Cookie:%20x", "/%1f", "/%7F", "/%",
                "/%4", "/%zz", "/%e5%8a", "/%c0%ae%c0%ae/", "/zh/\u0001")) {
            assertTextAnswer(rawGet(target), "HTTP/1.1 400 Bad Request", BAD_PATH);
        }
    }

    @Test
    void noPathLeavesThePreviewFolder() throws Exception {
        String outside = "src/disclosure/declaration.yaml"; // two folders up from target/disclosure-preview
        assertThat(project.resolve(outside)).exists();
        for (String target : List.of("/../../" + outside, "/zh/../../../" + outside, "/%2e%2e/%2e%2e/" + outside,
                "/%2E%2E/.%2e/" + outside, "/..%2f..%2f" + outside.replace("/", "%2f"), "/..%5c..%5c" + outside,
                "/..\\..\\" + outside.replace('/', '\\'), "//etc/passwd", "/%2fetc%2fpasswd", "/./index.html",
                "/zh/.", "/C:/Windows/win.ini")) {
            assertTextAnswer(rawGet(target), "HTTP/1.1 400 Bad Request", BAD_PATH);
        }
        // A link inside the preview folder is not followed out of it.
        Files.createSymbolicLink(previewDir().resolve("leak.yaml"), project.resolve(outside));
        RawAnswer link = rawGet("/leak.yaml");
        assertThat(link.status()).isEqualTo(404);
        assertThat(h1(Jsoup.parse(link.body()))).isEqualTo("页面不存在");
    }

    // ---- Requests the preview does not answer ----

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        HttpResponse<String> post = http.send(request("/").POST(HttpRequest.BodyPublishers.ofString("x=1")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(post.body()).isEqualTo("The preview answers only GET and HEAD requests");
        assertTextAnswer(raw("DELETE /index.html HTTP/1.1\r\nHost: " + hostHeader() + "\r\n\r\n"),
                "HTTP/1.1 405 Method Not Allowed", "The preview answers only GET and HEAD requests", "allow", "GET, HEAD");
    }

    @Test
    void onlyRequestsForThePreviewsOwnAddressAreAnswered() throws Exception {
        int port = server.url().getPort();
        String misdirected = "This preview answers only at http://127.0.0.1:" + port + "/";
        for (String host : List.of("evil.example", "evil.example:" + port, "127.0.0.1:" + (port == 1 ? 2 : port - 1),
                "127.0.0.1", "localhost", "localhost.:" + port, "127.0.0.2:" + port, "[::1]:" + port,
                "127.0.0.1:" + port + "@evil.example", "")) {
            RawAnswer answer = raw("GET /index.html HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
            assertTextAnswer(answer, "HTTP/1.1 421 Misdirected Request", misdirected);
        }
        assertTextAnswer(raw("GET /index.html HTTP/1.1\r\n\r\n"), "HTTP/1.1 421 Misdirected Request", misdirected);
        assertTextAnswer(raw("GET /index.html HTTP/1.0\r\n\r\n"), "HTTP/1.1 421 Misdirected Request", misdirected);
        assertTextAnswer(raw("GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nHost: evil.example\r\n\r\n"),
                "HTTP/1.1 400 Bad Request", "The request is not valid HTTP/1.1");

        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port)) {
            RawAnswer answer = raw("GET /zh/projects/sample.html HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
            assertThat(answer.statusLine()).as(host).isEqualTo("HTTP/1.1 200 OK");
            assertThat(h1(Jsoup.parse(answer.body()))).isEqualTo("样例项目");
        }
    }

    @Test
    void aMalformedOrOversizedRequestGetsAClearAnswer() throws Exception {
        String host = "Host: " + hostHeader() + "\r\n";
        String notHttp = "The request is not valid HTTP/1.1";
        for (String request : List.of("\r\n\r\n", "GET\r\n\r\n", "GET /\r\n\r\n", "GET / HTTP/1.1 extra\r\n" + host + "\r\n",
                "GET  / HTTP/1.1\r\n" + host + "\r\n", "GET / HTTP/2.0\r\n" + host + "\r\n",
                "GET http://127.0.0.1/ HTTP/1.1\r\n" + host + "\r\n", "GET * HTTP/1.1\r\n" + host + "\r\n",
                "GET / HTTP/1.1\r\n" + host + "No colon\r\n\r\n", "GET / HTTP/1.1\r\n" + host + " folded: x\r\n\r\n",
                "GET / HTTP/1.1\r\n" + host + "Bad name: x\r\n\r\n", "G(T / HTTP/1.1\r\n" + host + "\r\n")) {
            assertTextAnswer(raw(request), "HTTP/1.1 400 Bad Request", notHttp);
        }
        assertTextAnswer(rawGet("/" + "a".repeat(9000)), "HTTP/1.1 414 URI Too Long",
                "The request line or headers are longer than 8192 bytes");
        assertTextAnswer(raw("GET / HTTP/1.1\r\n" + host + "X-Padding: " + "a".repeat(9000) + "\r\n\r\n"),
                "HTTP/1.1 431 Request Header Fields Too Large", "The request line or headers are longer than 8192 bytes");
        assertThat(rawGet("/").statusLine()).as("still serving").isEqualTo("HTTP/1.1 200 OK");
    }

    // ---- Clients that never finish their request ----

    @Test
    void stalledClientsDoNotKeepOthersWaiting() throws Exception {
        server.close();
        // A long limit, so that the stalled clients are surely still waiting when the others are answered.
        server = startServer(Duration.ofSeconds(120));
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                Socket socket = connect();
                socket.getOutputStream().write("GET /zh/projects/sample.html HT".getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            Thread.sleep(500); // for the server to take them all up
            for (int i = 0; i < 3; i++) {
                assertThat(h1(page("/zh/projects/sample.html"))).isEqualTo("样例项目");
            }
            // The stalled ones were still open, and each is answered once it finishes its request.
            for (Socket socket : stalled) {
                socket.getOutputStream().write(("TP/1.1\r\nHost: " + hostHeader() + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                RawAnswer answer = readAnswer(socket);
                assertThat(answer.statusLine()).isEqualTo("HTTP/1.1 200 OK");
                assertThat(h1(Jsoup.parse(answer.body()))).isEqualTo("样例项目");
            }
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void aClientThatTakesTooLongOverItsRequestIsCutOff() throws Exception {
        server.close();
        server = startServer(Duration.ofSeconds(1));
        try (Socket stalled = connect()) {
            stalled.getOutputStream().write("GET / HT".getBytes(StandardCharsets.US_ASCII));
            assertTextAnswer(readAnswer(stalled), "HTTP/1.1 408 Request Timeout",
                    "The request line and headers took longer than 1 s to arrive");
        }
        // One that sends nothing, as a browser's connection opened ahead of need, is closed without an answer.
        try (Socket unused = connect()) {
            assertThat(unused.getInputStream().readAllBytes()).isEmpty();
        }
        // A byte now and then keeps no read waiting long, but the request as a whole still has its limit.
        try (Socket trickling = connect()) {
            byte[] request = ("GET / HTTP/1.1\r\nHost: " + hostHeader() + "\r\nX-Slow: " + "a".repeat(200) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            OutputStream out = trickling.getOutputStream();
            InputStream in = trickling.getInputStream();
            try {
                for (int i = 0; i < request.length && in.available() == 0; i++) {
                    out.write(request[i]);
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException answeredAndClosed) {
                // The server cut the connection while we were still writing.
            }
            assertThat(readAnswer(trickling).statusLine()).isEqualTo("HTTP/1.1 408 Request Timeout");
        }
        assertThat(rawGet("/").statusLine()).as("still serving").isEqualTo("HTTP/1.1 200 OK");
    }

    @Test
    void closingStopsServing() throws Exception {
        URI url = server.url();
        server.close();
        server.close(); // twice, as Ctrl-C and the Mojo both do
        try {
            http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            fail("still serving");
        } catch (java.io.IOException expected) {
            // Connection refused.
        }
    }
}
