package org.gongkai.disclosure.sitetests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site served for real by nginx under a sub-path: a crawler starting from the landing page follows every link
 * in both languages and gets each page and asset with the right type and charset, and a missing address gets the
 * site's 404 page.
 */
class ServedSiteTest {

    private static final String SUB_PATH = "/xfb/2024/";
    private static Nginx nginx;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void serve() throws Exception {
        nginx = Nginx.serve(GeneratedSite.directory(), SUB_PATH);
    }

    @AfterAll
    static void stop() throws Exception {
        Resources.close(nginx);
    }

    private static HttpResponse<byte[]> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aCrawlerFromTheLandingPageReachesEveryPageAndAssetWithTheRightType() throws Exception {
        URI root = URI.create(nginx.root());
        Deque<URI> queue = new ArrayDeque<>();
        Set<URI> seen = new LinkedHashSet<>();
        Map<String, String> types = new TreeMap<>();
        queue.add(root.resolve("index.html"));
        queue.add(root.resolve("sitemap.xml"));
        int links = 0;
        long started = System.nanoTime();
        while (!queue.isEmpty()) {
            URI uri = queue.poll();
            if (!seen.add(uri)) {
                continue;
            }
            HttpResponse<byte[]> response = get(uri);
            assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
            String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            String path = uri.getPath();
            types.put(path.substring(path.lastIndexOf('.') + 1), type);
            if (path.endsWith(".html")) {
                assertThat(type).as(path).isEqualTo("text/html; charset=utf-8");
                Document page = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), uri.toString());
                for (Element link : page.select("a[href], link[href], img[src], script[src]")) {
                    // Every link is relative: nothing leaves the site.
                    String target = link.hasAttr("src") ? link.absUrl("src") : link.absUrl("href");
                    URI next = URI.create(target.replaceFirst("#.*$", ""));
                    links++;
                    assertThat(next.toString()).as("link on " + path).startsWith(nginx.root());
                    queue.add(next);
                }
            } else if (path.endsWith(".css")) {
                assertThat(type).as(path).isEqualTo("text/css; charset=utf-8");
            } else if (path.endsWith(".csv")) {
                assertThat(type).as(path).isEqualTo("text/csv; charset=utf-8");
                assertThat(response.body()).as(path + " starts with a byte-order mark").startsWith(0xEF, 0xBB, 0xBF);
            } else if (path.endsWith(".json")) {
                assertThat(type).as(path).isEqualTo("application/json; charset=utf-8");
            } else if (path.endsWith(".xml")) {
                assertThat(type).as(path).isEqualTo("text/xml; charset=utf-8");
                Document sitemap = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), uri.toString(),
                        org.jsoup.parser.Parser.xmlParser());
                for (Element loc : sitemap.select("loc")) {
                    queue.add(uri.resolve(loc.text()));
                }
            }
        }
        long pages = seen.stream().filter(u -> u.getPath().endsWith(".html")).count();
        System.out.printf("nginx crawl: %d addresses fetched (%d pages), %d links followed (%d ms)%n", seen.size(), pages,
                links, (System.nanoTime() - started) / 1_000_000);
        assertThat(seen).extracting(URI::getPath).contains(SUB_PATH + "zh/index.html", SUB_PATH + "en/index.html",
                SUB_PATH + "zh/projects/stability-fund.html", SUB_PATH + "en/projects/stability-fund.html",
                SUB_PATH + "assets/site.css");
        // Every page but the 404 page, which no page links to and which is checked below.
        assertThat(pages).isEqualTo(GeneratedSite.pages().size() - 1);
    }

    @Test
    void theSubPathItselfServesTheLandingPage() throws Exception {
        HttpResponse<byte[]> response = get(URI.create(nginx.root()));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("class=\"language-card\"");
    }

    @Test
    void aMissingAddressGetsThe404PageWithStatus404() throws Exception {
        for (String missing : new String[] {"no-such-page.html", "zh/projects/no-such-project.html", "en/a/b/c/"}) {
            HttpResponse<byte[]> response = get(URI.create(nginx.root() + missing));
            assertThat(response.statusCode()).as(missing).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualToIgnoringCase("text/html; charset=utf-8");
            String body = new String(response.body(), StandardCharsets.UTF_8);
            assertThat(body).contains("页面不存在").contains("Page not found");
        }
    }
}
