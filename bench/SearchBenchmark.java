import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Measures the search of a generated site in headless Chromium, served by nginx on this machine: the size of the
 * index, and for each of ten queries, typed on a cold page (nothing cached), the files and bytes the browser fetched
 * for it and the time from the query to its results on the page (as the search script measures it). Prints a
 * Markdown table.
 *
 * <pre>java -cp SELENIUM_CLASSPATH bench/SearchBenchmark.java --site target/bench/site-10000 --label 10000</pre>
 */
public final class SearchBenchmark {

    /** A mix of what readers type: names, units, indicators, the narratives' commonest phrase, words, nothing. */
    static final List<String> QUERIES = List.of("环境监测", "培训", "信访", "满意度", "预算绩效管理", "松江 设备购置",
            "monitoring", "satisfaction", "public facilities", "维稳基金");

    public static void main(String[] args) throws Exception {
        Path site = null;
        String label = "";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--site" -> site = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--label" -> label = args[++i];
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; use --site DIR --label TEXT");
            }
        }
        if (site == null || !Files.isRegularFile(site.resolve("search/manifest.js"))) {
            throw new IllegalArgumentException("Give --site, a generated site with its search index");
        }
        long[] index = size(site.resolve("search"));
        long[] all = size(site);
        System.out.printf("Index of %s: %d files, %.1f MB (%.1f %% of the site's %.1f MB); shards and terms %.1f MB, "
                + "positions %.1f MB, descriptions of projects %.1f MB%n", label, index[0], index[1] / 1048576.0,
                100.0 * index[1] / all[1], all[1] / 1048576.0, size(site.resolve("search/t"))[1] / 1048576.0,
                size(site.resolve("search/p"))[1] / 1048576.0, size(site.resolve("search/docs"))[1] / 1048576.0);
        try (Nginx nginx = Nginx.serve(site); Chrome chrome = Chrome.start()) {
            System.out.println();
            System.out.println("| Projects | Query | Results | Files fetched | KB fetched | Time to results (ms) |");
            System.out.println("|---:|---|---|---:|---:|---:|");
            for (String query : QUERIES) {
                Map<?, ?> run = chrome.search(nginx.root() + "zh/index.html", query);
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %d | %.1f | %.0f |%n", label, query, run.get("status"),
                        ((Number) run.get("files")).intValue(), ((Number) run.get("bytes")).doubleValue() / 1024,
                        ((Number) run.get("milliseconds")).doubleValue());
            }
        }
    }

    /** The number of files under {@code dir} and their bytes. */
    static long[] size(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return new long[] {0, 0};
        }
        try (Stream<Path> files = Files.walk(dir)) {
            long[] total = {0, 0};
            files.filter(Files::isRegularFile).forEach(f -> {
                total[0]++;
                try {
                    total[1] += Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return total;
        }
    }

    /** Headless Chromium with its cache off, through Debian's chromedriver. */
    static final class Chrome implements AutoCloseable {
        private final ChromeDriver driver;

        private Chrome(ChromeDriver driver) {
            this.driver = driver;
        }

        static Chrome start() throws IOException {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
            Path profile = Files.createTempDirectory("search-bench-");
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("chromedriver.path", "/usr/bin/chromedriver")))
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            return new Chrome(driver);
        }

        /**
         * Opens the page afresh (the page itself is not counted), submits the query and waits for its results: what
         * the browser fetched from search/ for it, the time the search script took, and the count it shows.
         */
        Map<?, ?> search(String page, String query) {
            driver.get(page);
            return (Map<?, ?>) driver.executeAsyncScript("""
                    var done = arguments[arguments.length - 1];
                    var form = document.querySelector('form.search-form');
                    performance.clearResourceTimings();
                    form.addEventListener('gongkai-search', function (event) {
                      var files = performance.getEntriesByType('resource')
                          .filter(function (r) { return r.name.indexOf('/search/') >= 0; });
                      var bytes = files.reduce(function (sum, r) { return sum + r.encodedBodySize; }, 0);
                      done({milliseconds: event.detail.milliseconds, files: files.length, bytes: bytes,
                        status: document.querySelector('.search-status').textContent});
                    }, {once: true});
                    form.querySelector('input').value = arguments[0];
                    form.requestSubmit();
                    """, query);
        }

        @Override
        public void close() {
            driver.quit();
        }
    }

    /** nginx serving the site on a free loopback port, as the site tests run it. */
    static final class Nginx implements AutoCloseable {
        private final Process process;
        private final int port;

        private Nginx(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static Nginx serve(Path site) throws IOException, InterruptedException {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            Path prefix = Files.createTempDirectory("search-bench-nginx-");
            Files.createDirectories(prefix.resolve("logs"));
            String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
            Path config = prefix.resolve("nginx.conf");
            Files.writeString(config, user + """
                    worker_processes 1;
                    pid %1$s/nginx.pid;
                    error_log %1$s/logs/error.log warn;
                    events { worker_connections 64; }
                    http {
                        include /etc/nginx/mime.types;
                        charset utf-8;
                        charset_types text/html text/css application/javascript;
                        access_log off;
                        client_body_temp_path %1$s/body;
                        proxy_temp_path %1$s/proxy;
                        fastcgi_temp_path %1$s/fastcgi;
                        uwsgi_temp_path %1$s/uwsgi;
                        scgi_temp_path %1$s/scgi;
                        server {
                            listen 127.0.0.1:%2$d;
                            location /bench/ { alias %3$s/; }
                        }
                    }
                    """.formatted(prefix, port, site), StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(System.getProperty("nginx.path", "/usr/sbin/nginx"), "-p",
                    prefix.toString(), "-c", config.toString(), "-g", "daemon off;").redirectErrorStream(true)
                    .redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
            Instant deadline = Instant.now().plusSeconds(10);
            while (Instant.now().isBefore(deadline)) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                    return new Nginx(process, port);
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            process.destroyForcibly();
            throw new IOException("nginx did not start: " + Files.readString(prefix.resolve("logs/stdout.log")));
        }

        String root() {
            return "http://127.0.0.1:" + port + "/bench/";
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }
}
