package org.gongkai.disclosure.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.gongkai.disclosure.ConfigurationException;
import org.gongkai.disclosure.GenerateReport;
import org.gongkai.disclosure.Pipeline;
import org.gongkai.disclosure.SiteSettings;
import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.diag.ProgressListener;

/**
 * The editors' preview: generates the site, serves it on a loopback port, and regenerates it whenever a content
 * file or the theme changes; open pages reload by themselves. A content error is shown in the terminal and over
 * the page, and the last good site stays served.
 */
public final class PreviewServer implements AutoCloseable {

    private static final String STATUS = "/__gongkai/status";
    private static final String SCRIPT = "/__gongkai/preview.js";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json; charset=utf-8",
            "csv", "text/csv; charset=utf-8", "xml", "text/xml; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "jpg", "image/jpeg", "txt", "text/plain; charset=utf-8");

    private final Pipeline pipeline;
    private final SiteSettings site;
    private final List<Path> watched;
    private final ProgressListener listener;
    private final AtomicReference<Status> status = new AtomicReference<>(new Status(0, List.of()));
    private final byte[] script;
    private HttpServer server;
    private ChangeWatcher watcher;

    /** How many times the site has been generated, and the errors of the last time; replaced together. */
    private record Status(int version, List<String> errors) {
    }

    /**
     * @param watched the folders whose changes regenerate the site (the content, the theme)
     */
    public PreviewServer(Pipeline pipeline, SiteSettings site, List<Path> watched, ProgressListener listener) {
        this.pipeline = pipeline;
        this.site = site;
        this.watched = List.copyOf(watched);
        this.listener = listener;
        try (InputStream in = PreviewServer.class.getResourceAsStream("/org/gongkai/disclosure/preview/preview.js")) {
            this.script = in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Generates the site, then serves it on {@code 127.0.0.1:port} (0 for any free port) and watches for changes. */
    public void start(int port) throws IOException, ConfigurationException {
        regenerate();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (BindException e) {
            throw new ConfigurationException(pipeline.say("serve.portInUse", port));
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "gongkai-preview-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        watcher = new ChangeWatcher(watched, this::regenerateAfterChange, this::watchFailed);
        watcher.start();
        listener.info(pipeline.say("serve.started", url()));
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** How many times the site has been generated; pages reload when it changes. */
    public int version() {
        return status.get().version();
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        if (server != null) {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

    private synchronized void regenerate() throws IOException, ConfigurationException {
        GenerateReport report = pipeline.generate(site);
        publish(report.check().diagnostics().stream().filter(Diagnostic::isError)
                .map(pipeline.formatter()::format).toList());
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
            String failed = pipeline.say("serve.failed", describe(e));
            publish(List.of(failed));
            listener.info(failed);
        }
    }

    private void watchFailed(Throwable problem) {
        listener.info(pipeline.say("serve.watchFailed", describe(problem)));
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

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals(STATUS)) {
                send(exchange, 200, "application/json; charset=utf-8", status());
                return;
            }
            if (path.equals(SCRIPT)) {
                send(exchange, 200, "text/javascript; charset=utf-8", script);
                return;
            }
            Path root = site.outputDir().toAbsolutePath().normalize();
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root)) {
                send(exchange, 404, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!Files.isRegularFile(file)) {
                status = 404;
                file = root.resolve("404.html");
            }
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
            if (type.startsWith("text/html")) {
                body = withScript(body);
            }
            send(exchange, status, type, body);
        }
    }

    /** Adds the reload script to a page as it is served; the files on disk stay as they will be published. */
    private static byte[] withScript(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        String tag = "<script src=\"" + SCRIPT + "\"></script>\n";
        return (end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] status() throws IOException {
        Status now = status.get();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
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

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : (body.length == 0 ? -1 : body.length));
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
