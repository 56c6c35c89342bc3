package org.gongkai.disclosure.preview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.diag.ProgressListener;
import org.gongkai.disclosure.engine.ConfigurationException;
import org.gongkai.disclosure.engine.Engine;
import org.gongkai.disclosure.engine.GenerateReport;
import org.gongkai.disclosure.engine.SiteSettings;

/**
 * The editors' preview: generates the site, serves it on a loopback port, and regenerates it whenever a content
 * file or the theme changes; open pages reload by themselves. A content error is shown in the terminal and over
 * the page, and the last good site stays served.
 */
public final class PreviewServer implements AutoCloseable {

    /** How long a client may take to send its request line and headers. */
    static final Duration HEAD_TIMEOUT = Duration.ofSeconds(5);
    private static final String STATUS = "/__gongkai/status";
    private static final String SCRIPT = "/__gongkai/preview.js";
    private static final String JSON = "application/json; charset=utf-8";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", JSON,
            "csv", "text/csv; charset=utf-8", "xml", "text/xml; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "jpg", "image/jpeg", "txt", Response.TEXT);

    private final Engine engine;
    private final SiteSettings site;
    private final List<Path> watched;
    private final ProgressListener listener;
    private final Duration headTimeout;
    private final AtomicReference<Status> status = new AtomicReference<>(new Status(0, List.of()));
    private final byte[] script;
    private LoopbackHttpServer server;
    private ChangeWatcher watcher;

    /** How many times the site has been generated, and the errors of the last time; replaced together. */
    private record Status(int version, List<String> errors) {
    }

    /**
     * @param watched the folders whose changes regenerate the site (the content, the theme)
     */
    public PreviewServer(Engine engine, SiteSettings site, List<Path> watched, ProgressListener listener) {
        this(engine, site, watched, listener, HEAD_TIMEOUT);
    }

    /** As the public constructor, with a time limit of the tests' choosing for each request's line and headers. */
    PreviewServer(Engine engine, SiteSettings site, List<Path> watched, ProgressListener listener,
            Duration headTimeout) {
        this.engine = engine;
        this.site = site;
        this.watched = List.copyOf(watched);
        this.listener = listener;
        this.headTimeout = headTimeout;
        try (InputStream in = PreviewServer.class.getResourceAsStream("/org/gongkai/disclosure/preview/preview.js")) {
            this.script = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Generates the site, then serves it on {@code 127.0.0.1:port} (0 for any free port) and watches for changes. */
    public void start(int port) throws IOException, ConfigurationException {
        regenerate();
        try {
            server = new LoopbackHttpServer(port, headTimeout, this::answer, engine::say, this::answerFailed);
        } catch (BindException e) {
            throw new ConfigurationException(engine.say("serve.portInUse", port));
        }
        watcher = new ChangeWatcher(watched, this::regenerateAfterChange, this::watchFailed);
        watcher.start();
        listener.info(engine.say("serve.started", url()));
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    /** How many times the site has been generated; pages reload when it changes. */
    public int version() {
        return status.get().version();
    }

    /** Stops watching and serving; closing again does nothing more. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private synchronized void regenerate() throws IOException, ConfigurationException {
        GenerateReport report = engine.generate(site);
        publish(report.check().diagnostics().stream().filter(Diagnostic::isError)
                .map(engine.formatter()::format).toList());
    }

    private void publish(List<String> errors) {
        status.updateAndGet(previous -> new Status(previous.version() + 1, List.copyOf(errors)));
    }

    /**
     * Regenerates after an edit. Whatever stops it, an Error too, is shown over the page and in the terminal, and
     * the next edit tries again: the editor must see the failure rather than a preview that has silently stopped.
     */
    private void regenerateAfterChange() {
        try {
            regenerate();
        } catch (Exception | Error e) {
            String failed = engine.say("serve.failed", describe(e));
            listener.info(failed);
            publish(List.of(failed));
        }
    }

    private void watchFailed(Throwable problem) {
        listener.info(engine.say("serve.watchFailed", describe(problem)));
    }

    private void answerFailed(Exception problem) {
        listener.info(engine.say("serve.answerFailed", describe(problem)));
    }

    /** A failure in one line, without its stack trace: a configuration problem says it all in its message. */
    private static String describe(Throwable problem) {
        String message = problem.getMessage();
        if (problem instanceof ConfigurationException && message != null) {
            return message;
        }
        String kind = problem.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }

    private Response answer(RequestPath path) throws IOException {
        if (path.decoded().equals(STATUS)) {
            return Response.of(200, JSON, statusJson());
        }
        if (path.decoded().equals(SCRIPT)) {
            return Response.of(200, TYPES.get("js"), script);
        }
        Path root = site.outputDir().toAbsolutePath().normalize();
        Path file = root;
        for (String segment : path.segments()) {
            file = file.resolve(segment); // plain names, checked by RequestPath: never out of the root
        }
        if (Files.isDirectory(file)) {
            if (!path.folder()) {
                return Response.movedTo(path.asFolder());
            }
            file = file.resolve("index.html");
        } else if (path.folder()) {
            return notFound(root); // a file asked for as a folder
        }
        return isServable(root, file) ? page(200, file) : notFound(root);
    }

    private Response notFound(Path root) throws IOException {
        Path page = root.resolve("404.html");
        return isServable(root, page) ? page(404, page) : Response.text(404, engine.say("serve.http.notFound"));
    }

    /** A regular file whose real path is inside the site: a symbolic link does not lead the preview out of it. */
    private static boolean isServable(Path root, Path file) {
        try {
            return Files.isRegularFile(file) && file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false; // gone meanwhile
        }
    }

    private static Response page(int status, Path file) throws IOException {
        byte[] body = Files.readAllBytes(file);
        String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
        return Response.of(status, type, type.startsWith("text/html") ? withScript(body) : body);
    }

    /** Adds the reload script to a page as it is served; the files on disk stay as they will be published. */
    private static byte[] withScript(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        String tag = "<script src=\"" + SCRIPT + "\"></script>\n";
        return (end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] statusJson() throws IOException {
        Status now = status.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("version", now.version());
            json.writeArrayFieldStart("errors");
            for (String error : now.errors()) {
                json.writeString(error);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
