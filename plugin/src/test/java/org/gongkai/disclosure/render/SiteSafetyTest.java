package org.gongkai.disclosure.render;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.check.TranslationPolicy;
import org.gongkai.disclosure.diag.DiagnosticFormatter;
import org.gongkai.disclosure.diag.MessageCatalog;
import org.gongkai.disclosure.diag.ProgressListener;
import org.gongkai.disclosure.engine.ConfigurationException;
import org.gongkai.disclosure.engine.Engine;
import org.gongkai.disclosure.engine.GenerateReport;
import org.gongkai.disclosure.engine.SiteSettings;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.SiteOptions;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.disclosure.testing.ContentFixture.PROJECT;

/** What must never happen: script in a reader's browser, a half-written site, a deleted folder. */
class SiteSafetyTest {

    @TempDir
    Path project;

    private static final String PAYLOAD = "<script>alert(1)</script>\\\"><img src=x onerror=alert(2)>{{page.t.skip}}";

    @Test
    void scriptBearingContentComesOutEscaped() {
        var content = ContentFixture.minimal(project)
                .replace(PROJECT, "name: {zh: 样例项目, en: Sample project}",
                        "name: {zh: \"样例" + PAYLOAD + "\", en: \"Sample" + PAYLOAD + "\"}")
                .replace(PROJECT, "goals:", """
                        sections:
                          overview:
                            zh: "概述 <script>alert(3)</script> <a href='x' onclick='alert(4)'>x</a>"
                            en: "[click](javascript:alert(5)) [data](data:text/html,<script>alert(6)</script>) ![i](javascript:alert(7)) <iframe src=x></iframe> {{> layout}}"
                        goals:""");
        SiteFixture site = new SiteFixture(content).generated();
        for (String path : site.htmlPages()) {
            Document page = site.page(path);
            assertThat(page.select("iframe, object, embed")).as(path).isEmpty();
            // The only scripts are the site's own search and filter scripts, by address, never inline.
            for (Element script : page.select("script")) {
                assertThat(script.attr("src")).as(path).matches("(\\.\\./)*assets/(search|indicators|site)\\.js");
                assertThat(script.data()).as(path).isEmpty();
            }
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey()).as(path).doesNotStartWith("on");
                    assertThat(attribute.getValue().trim().toLowerCase()).as(path)
                            .doesNotStartWith("javascript:").doesNotStartWith("data:").doesNotStartWith("vbscript:");
                }
            }
        }
        Document en = site.page("en/projects/sample.html");
        assertThat(en.selectFirst("h1").text()).isEqualTo("Sample<script>alert(1)</script>\"><img src=x onerror=alert(2)>{{page.t.skip}}");
        assertThat(site.page("zh/projects/sample.html").selectFirst(".prose").text()).contains("<script>alert(3)</script>");
        assertThat(en.selectFirst(".prose").text()).contains("{{> layout}}").contains("click");
        // The search index holds the names as JSON strings that no text can end: "<" is escaped, quotes doubled up.
        String described = new String(site.tree().get("search/docs/0.js"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(described).doesNotContain("<").contains("\"Sample\\u003cscript>alert(1)\\u003c/script>\\\">\\u003cimg src=x onerror=alert(2)>{{page.t.skip}}\"");
        site.tree().forEach((path, bytes) -> {
            if (path.startsWith("search/")) {
                assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).as(path).doesNotContain("<");
            }
        });
    }

    @Test
    void aFailingRunLeavesThePreviousSiteByteForByte() {
        var content = ContentFixture.minimal(project);
        SiteFixture site = new SiteFixture(content).generated();
        Map<String, byte[]> before = site.tree();
        content.replace(PROJECT, "fiscal: 80000.00", "fiscal: 80000.01");
        assertThat(site.generate().generated()).isFalse();
        assertThat(site.tree()).containsOnlyKeys(before.keySet());
        before.forEach((path, bytes) -> assertThat(site.tree().get(path)).as(path).isEqualTo(bytes));
        assertThat(Files.exists(site.output().resolveSibling(".disclosure.staging"))).isFalse();
    }

    @Test
    void aBrokenThemeTemplateIsReportedAtItsLineAndLeavesThePreviousSite() throws Exception {
        var content = ContentFixture.minimal(project);
        SiteFixture site = new SiteFixture(content).generated();
        Map<String, byte[]> before = site.tree();
        Path theme = Files.createDirectories(project.resolve("theme/templates"));
        Files.writeString(theme.resolve("project.mustache"), "<main>\n{{#broken}}\n</main>\n");
        content.replace(PROJECT, "en: Sample project", "en: Renamed project");

        GenerateReport report = site.theme(project.resolve("theme")).generate();

        assertThat(report.generated()).isFalse();
        assertThat(report.check().diagnostics()).extracting(d -> d.at() + " " + d.rule() + " " + d.message().key())
                .containsExactly("theme/templates/project.mustache:2:1 theme theme.template");
        Map<String, byte[]> after = site.tree();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void theOutputFolderMayNotHoldTheContentOrTheProject() {
        var content = ContentFixture.minimal(project);
        Engine engine = new Engine(content.settings(), ProgressListener.SILENT);
        for (Path output : new Path[] {content.contentDir(), project, project.resolve("src"), content.contentDir().resolve("site")}) {
            assertThatThrownBy(() -> engine.generate(new SiteSettings(output, null, SiteOptions.NONE)))
                    .as(output.toString()).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("the site must be written to a folder of its own");
        }
        assertThat(Files.exists(content.file(PROJECT))).isTrue();
    }

    @Test
    void symbolicLinksCannotPutTheSiteInsideTheContentNorBeReplaced() throws Exception {
        var content = ContentFixture.minimal(project);
        Engine engine = new Engine(content.settings(), ProgressListener.SILENT);
        // A link to the content folder's parent: the site would land inside the content.
        Path intoContent = Files.createSymbolicLink(project.resolve("link-to-src"), project.resolve("src"));
        assertThatThrownBy(() -> engine.generate(new SiteSettings(intoContent.resolve("disclosure/site"), null,
                SiteOptions.NONE))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("the site must be written to a folder of its own");
        // The output folder itself a link (to a folder elsewhere): replacing it would replace the link.
        Path elsewhere = Files.createDirectories(project.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(project.resolve("target-link"), elsewhere);
        assertThatThrownBy(() -> engine.generate(new SiteSettings(link, null, SiteOptions.NONE)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("is a symbolic link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        try (var files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
        try (var files = Files.walk(content.contentDir())) {
            assertThat(files.filter(Files::isRegularFile).map(p -> content.contentDir().relativize(p).toString()))
                    .containsExactlyInAnyOrder("declaration.yaml", PROJECT);
        }
    }

    @Test
    void aFolderGongkaiDidNotWriteIsNeverReplaced() throws Exception {
        var content = ContentFixture.minimal(project);
        Path someoneElses = Files.createDirectories(project.resolve("www"));
        Files.writeString(someoneElses.resolve("keep.txt"), "precious");
        Engine engine = new Engine(content.settings(), ProgressListener.SILENT);
        assertThatThrownBy(() -> engine.generate(new SiteSettings(someoneElses, null, SiteOptions.NONE)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("was not written by Gongkai");
        assertThat(Files.readString(someoneElses.resolve("keep.txt"))).isEqualTo("precious");
    }

    @Test
    void aThemeAssetThatLinksOutOfTheThemeIsRefusedAndNotPublished() throws Exception {
        Path theme = Files.createDirectories(project.resolve("theme/assets"));
        Path secret = Files.writeString(Files.createDirectories(project.resolve("elsewhere")).resolve("passwd"),
                "root:x:0:0:root:/root:/bin/bash\n");
        Files.createSymbolicLink(theme.resolve("passwd.txt"), secret);
        Files.writeString(theme.resolve("我的.css"), "a {}");
        SiteFixture site = new SiteFixture(ContentFixture.minimal(project)).theme(project.resolve("theme"));

        GenerateReport report = site.generate();

        assertThat(report.generated()).isFalse();
        DiagnosticFormatter english = new DiagnosticFormatter(MessageCatalog.of(Language.EN));
        assertThat(report.check().diagnostics()).extracting(english::format).containsExactly(
                "theme/assets/passwd.txt:1:1: error: the theme file \"passwd.txt\" is a symbolic link to a file outside "
                        + "the theme folder; Gongkai publishes only files inside it [theme]",
                "theme/assets/我的.css:1:1: error: the theme asset \"我的.css\" cannot be published: its path may only "
                        + "contain letters, digits, \".\", \"_\" and \"-\" [theme]");
        assertThat(Files.exists(site.output().resolve("assets/passwd.txt"))).isFalse();
    }

    @Test
    void aThemePartialThatClimbsOutOfTheThemeIsRefusedNotReplacedByTheBuiltInOne() throws Exception {
        Path templates = Files.createDirectories(project.resolve("theme/templates"));
        Files.writeString(project.resolve("secret.mustache"), "a secret");
        Files.writeString(templates.resolve("txt.mustache"), "{{> ../../secret}}{{text}}");
        SiteFixture site = new SiteFixture(ContentFixture.minimal(project)).theme(project.resolve("theme"));

        GenerateReport report = site.generate();

        assertThat(report.generated()).isFalse();
        DiagnosticFormatter english = new DiagnosticFormatter(MessageCatalog.of(Language.EN));
        assertThat(report.check().diagnostics()).extracting(english::format).containsExactly(
                "theme/templates:1:1: error: a template names the partial \"../../secret\", which is not a plain "
                        + "template name (no \"..\", \"/\" at the start or other characters); templates come only from "
                        + "the theme folder and the plugin [theme]");
    }

    @Test
    void placeholdersInAProjectsNameAreShownAsWritten() {
        var content = ContentFixture.minimal(project)
                .replace(PROJECT, "name: {zh: 样例项目, en: Sample project}", "name: {zh: \"样例{1}项目{0}\", en: \"Name {1} here {0}\"}");
        SiteFixture site = new SiteFixture(content).generated();
        Document en = site.page("en/projects/sample.html");
        assertThat(en.selectFirst("h1").text()).isEqualTo("Name {1} here {0}");
        assertThat(en.selectFirst("table.indicators caption").text()).isEqualTo("Performance indicators of Name {1} here {0} (4)");
        assertThat(site.page("zh/index.html").select("table.projects tbody th a").eachText()).containsExactly("样例{1}项目{0}");
    }

    @Test
    void aUsersThemeReplacesTemplatesAndAssetsByName() throws Exception {
        Path theme = project.resolve("theme");
        Files.createDirectories(theme.resolve("templates"));
        Files.createDirectories(theme.resolve("assets"));
        Files.writeString(theme.resolve("templates/txt.mustache"), "<b class=\"own\">{{text}}</b>");
        Files.writeString(theme.resolve("assets/site.css"), "body { color: black; }");
        Files.writeString(theme.resolve("assets/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        SiteFixture site = new SiteFixture(ContentFixture.minimal(project)).theme(theme).generated();
        assertThat(site.page("zh/projects/sample.html").select("h1 b.own").text()).isEqualTo("样例项目");
        assertThat(site.text("assets/site.css")).isEqualTo("body { color: black; }");
        assertThat(site.tree()).containsKey("assets/logo.svg");
        assertThat(site.page("zh/index.html").select("table.projects")).hasSize(1);
    }

    @Test
    void untranslatedTextsShowTheChineseWithAVisibleNote() {
        var content = ContentFixture.minimal(project).translations(TranslationPolicy.WARN)
                .replace(PROJECT, "name: {zh: 样例项目, en: Sample project}", "name: 样例项目")
                .replace(PROJECT, "target: 良好}", "target: 较上年提高}");
        SiteFixture site = new SiteFixture(content).generated();
        Document en = site.page("en/projects/sample.html");
        Element title = en.selectFirst("h1");
        assertThat(title.selectFirst("span[lang=zh-CN]").text()).isEqualTo("样例项目");
        assertThat(title.selectFirst(".untranslated").text()).isEqualTo("(not yet translated)");
        assertThat(en.select("table.indicators td span[lang=zh-CN]").eachText()).contains("较上年提高");
        assertThat(site.page("zh/projects/sample.html").select(".untranslated")).isEmpty();
    }

    @Test
    void aSiteUrlMakesTheSitemapAbsoluteAndThe404PageWorkAtAnyDepth() {
        SiteFixture site = new SiteFixture(ContentFixture.minimal(project))
                .options(new SiteOptions(URI.create("https://example.gov.cn/xfb/2024"), "松江区人民政府", "3101170001",
                        java.time.LocalDate.of(2024, 2, 1)))
                .generated();
        assertThat(site.text("sitemap.xml")).contains("<loc>https://example.gov.cn/xfb/2024/zh/index.html</loc>");
        Document notFound = site.page("404.html");
        assertThat(notFound.selectFirst("base").attr("href")).isEqualTo("https://example.gov.cn/xfb/2024/");
        Document page = site.page("zh/index.html");
        assertThat(page.selectFirst("meta[name=SiteDomain]").attr("content")).isEqualTo("example.gov.cn");
        assertThat(page.selectFirst("meta[name=SiteIDCode]").attr("content")).isEqualTo("3101170001");
        assertThat(page.selectFirst("meta[name=SiteName]").attr("content")).isEqualTo("松江区人民政府");
        assertThat(page.selectFirst("meta[name=PubDate]").attr("content")).isEqualTo("2024-02-01 00:00");
    }

    @Test
    void aChineseOnlySiteHasNoEnglishPages() {
        var content = ContentFixture.minimal(project).replace(ContentFixture.DECLARATION, "fiscal-year: 2024",
                "fiscal-year: 2024\nlanguages: [zh]");
        SiteFixture site = new SiteFixture(content).generated();
        assertThat(site.htmlPages()).containsExactlyInAnyOrder("404.html", "index.html", "zh/index.html",
                "zh/projects/sample.html", "zh/indicators.html");
        assertThat(site.page("zh/index.html").select("a.lang-switch")).isEmpty();
    }
}
