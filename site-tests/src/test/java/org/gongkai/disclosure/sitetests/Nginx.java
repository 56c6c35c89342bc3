package org.gongkai.disclosure.sitetests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A real nginx serving the generated site under a sub-path on a free loopback port, as a government web server
 * would (with its 404 page for missing addresses). Started by the test, stopped when closed.
 */
final class Nginx implements AutoCloseable {

    private final Process process;
    private final int port;
    private final String subPath;
    private final Path prefix;

    private Nginx(Process process, int port, String subPath, Path prefix) {
        this.process = process;
        this.port = port;
        this.subPath = subPath;
        this.prefix = prefix;
    }

    /** Serves {@code site} at {@code http://127.0.0.1:<port><subPath>} ({@code subPath} like {@code /xfb/2024/}). */
    static Nginx serve(Path site, String subPath) throws IOException, InterruptedException {
        String binary = System.getProperty("nginx.path", "/usr/sbin/nginx");
        if (!Files.isExecutable(Path.of(binary))) {
            throw new IllegalStateException("nginx not found at " + binary + ": install Debian's nginx (.ci/run does)");
        }
        int port = freePort();
        Path prefix = GeneratedSite.workDirectory("nginx-" + port);
        Files.createDirectories(prefix.resolve("logs"));
        Files.createDirectories(prefix.resolve("temp"));
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        String conf = user + """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 64; }
                http {
                    include /etc/nginx/mime.types;
                    # Debian's mime.types has no CSV; a server publishing the downloads should add it.
                    types { text/csv csv; }
                    default_type application/octet-stream;
                    charset utf-8;
                    charset_types text/html text/css text/xml text/plain text/csv application/json application/xml;
                    access_log off;
                    client_body_temp_path %1$s/temp/body;
                    proxy_temp_path %1$s/temp/proxy;
                    fastcgi_temp_path %1$s/temp/fastcgi;
                    uwsgi_temp_path %1$s/temp/uwsgi;
                    scgi_temp_path %1$s/temp/scgi;
                    server {
                        listen 127.0.0.1:%2$d;
                        location %3$s {
                            alias %4$s/;
                            index index.html;
                            error_page 404 %3$s404.html;
                        }
                    }
                }
                """.formatted(prefix, port, subPath, site);
        Path config = prefix.resolve("nginx.conf");
        Files.writeString(config, conf, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(binary, "-p", prefix.toString(), "-c", config.toString(), "-g", "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("logs/stdout.log").toFile())
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited: " + Files.readString(prefix.resolve("logs/stdout.log"))
                        + readIfExists(prefix.resolve("logs/error.log")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return new Nginx(process, port, subPath, prefix);
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("nginx did not start listening on port " + port);
    }

    /** The site's root address, ending in {@code /}. */
    String root() {
        return "http://127.0.0.1:" + port + subPath;
    }

    Path prefix() {
        return prefix;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String readIfExists(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
