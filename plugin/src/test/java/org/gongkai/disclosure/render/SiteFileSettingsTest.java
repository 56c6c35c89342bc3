package org.gongkai.disclosure.render;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.model.Provenance;
import org.gongkai.disclosure.model.SiteOptions;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code site.yaml} is the one file of the site's settings, in a single declaration's folder too: the address,
 * 网站标识码, publication date, licence and source, and the footer's facts (国办发〔2017〕47号). The plugin's
 * parameters override it, setting by setting.
 */
class SiteFileSettingsTest {

    private static final String SETTINGS = """
            url: https://example.gov.cn/xfb/2024/
            name: 示例区人民政府
            id-code: "3101170001"
            publish-date: 2024-02-01
            license: CC-BY-4.0
            license-url: https://creativecommons.org/licenses/by/4.0/
            source: 示例局2024年财政支出项目绩效目标申报表
            source-url: https://example.gov.cn/xfb/2024/jxmb.pdf
            organizer: {zh: 示例局, en: Sample Bureau}
            address: {zh: 示例路1号, en: 1 Sample Road}
            phone: 021-12345678
            icp: 沪ICP备12345678号
            public-security: 沪公网安备31011702000001号
            party-government-mark: https://bszs.conac.cn/sitename?method=show&id=1
            error-report: https://zfwzzc.www.gov.cn/check_web/errorCheckTxt_errorCheck.action?id=1
            original-filing: https://example.gov.cn/xfb/2024/jxmb.pdf
            """;

    @TempDir
    Path project;

    private ContentFixture withSettings(String settings) {
        return ContentFixture.minimal(project).write("site.yaml", settings);
    }

    @Test
    void everySettingOfSiteYamlReachesThePagesTheSitemapAndTheDataPackage() throws Exception {
        SiteFixture site = new SiteFixture(withSettings(SETTINGS)).generated();
        Document page = site.page("en/index.html");
        assertThat(page.select("meta[name=SiteName]").attr("content")).isEqualTo("示例区人民政府");
        assertThat(page.select("meta[name=SiteDomain]").attr("content")).isEqualTo("example.gov.cn");
        assertThat(page.select("meta[name=SiteIDCode]").attr("content")).isEqualTo("3101170001");
        assertThat(page.select("meta[name=PubDate]").attr("content")).isEqualTo("2024-02-01 00:00");
        assertThat(site.text("sitemap.xml")).contains("<loc>https://example.gov.cn/xfb/2024/en/index.html</loc>");
        JsonNode data = new ObjectMapper().readTree(site.text("data/datapackage.json"));
        assertThat(data.at("/licenses/0/name").asText()).isEqualTo("CC-BY-4.0");
        assertThat(data.at("/licenses/0/path").asText()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(data.at("/sources/0/title").asText()).isEqualTo("示例局2024年财政支出项目绩效目标申报表");
        assertThat(data.at("/sources/0/path").asText()).isEqualTo("https://example.gov.cn/xfb/2024/jxmb.pdf");
    }

    @Test
    void theFooterShowsTheWebsitesFactsInEachLanguageWithTheirLinks() {
        SiteFixture site = new SiteFixture(withSettings(SETTINGS)).generated();
        Document en = site.page("en/projects/sample.html");
        assertThat(en.select(".footer-facts li").eachText()).containsExactly("Run by: Sample Bureau",
                "Address: 1 Sample Road", "Telephone: 021-12345678", "Website ID code: 3101170001",
                "ICP filing: 沪ICP备12345678号", "Public security filing: 沪公网安备31011702000001号",
                "Published: 1 February 2024", "Party and government website mark", "Report an error on this government website",
                "The original filing");
        assertThat(en.select(".footer-facts a").eachAttr("href")).containsExactly("https://beian.miit.gov.cn/",
                "https://beian.mps.gov.cn/", "https://bszs.conac.cn/sitename?method=show&id=1",
                "https://zfwzzc.www.gov.cn/check_web/errorCheckTxt_errorCheck.action?id=1",
                "https://example.gov.cn/xfb/2024/jxmb.pdf");
        Document zh = site.page("zh/index.html");
        assertThat(zh.select(".footer-facts li").eachText()).containsExactly("主办单位：示例局", "联系地址：示例路1号",
                "联系电话：021-12345678", "网站标识码：3101170001", "ICP备案号：沪ICP备12345678号",
                "公安机关备案号：沪公网安备31011702000001号", "发布日期：2024年2月1日", "党政机关网站标识", "我为政府网站找错", "申报表原件");
        Element notFound = site.page("404.html").selectFirst(".footer-facts");
        assertThat(notFound).isNotNull();
    }

    @Test
    void aFooterWithoutFactsHasNoList() {
        SiteFixture site = new SiteFixture(ContentFixture.minimal(project)).generated();
        assertThat(site.page("en/index.html").select(".footer-facts")).isEmpty();
        assertThat(site.page("en/index.html").select("meta[name=SiteIDCode]")).isEmpty();
    }

    @Test
    void theParametersOverrideSiteYamlSettingBySetting() throws Exception {
        SiteOptions parameters = new SiteOptions(URI.create("https://other.gov.cn/x/"), null, "3101170002",
                LocalDate.of(2024, 3, 1), new Provenance("CC0-1.0", null, null, null));
        SiteFixture site = new SiteFixture(withSettings(SETTINGS)).options(parameters).generated();
        Document page = site.page("en/index.html");
        assertThat(page.select("meta[name=SiteIDCode]").attr("content")).isEqualTo("3101170002");
        assertThat(page.select("meta[name=PubDate]").attr("content")).isEqualTo("2024-03-01 00:00");
        assertThat(page.select("meta[name=SiteName]").attr("content")).isEqualTo("示例区人民政府");
        assertThat(site.text("sitemap.xml")).contains("<loc>https://other.gov.cn/x/en/index.html</loc>");
        JsonNode data = new ObjectMapper().readTree(site.text("data/datapackage.json"));
        assertThat(data.at("/licenses/0/name").asText()).isEqualTo("CC0-1.0");
        assertThat(data.at("/licenses/0/path").asText()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(page.select(".footer-facts li").eachText()).contains("Website ID code: 3101170002");
    }

    @Test
    void badSettingsAreReportedWhereTheyStand() {
        var content = withSettings("""
                url: example.gov.cn/xfb
                id-code: 31-01
                publish-date: 2024/02/01
                error-report: javascript:alert(1)
                phone: [021, 123]
                """);
        assertThat(content.check()).containsExactly(
                "src/disclosure/site.yaml:1:6: error: url (网站地址) \"example.gov.cn/xfb\" is not a web address; write "
                        + "it in full, e.g. https://example.gov.cn/xfb/2024/ [value-kind]",
                "src/disclosure/site.yaml:2:10: error: id-code (网站标识码) \"31-01\" is not a website ID code (网站标识码): "
                        + "it has 10 letters and digits, e.g. 3101170001 [value-kind]",
                "src/disclosure/site.yaml:3:15: error: publish-date (发布日期) \"2024/02/01\" is not a date in the form "
                        + "YYYY-MM-DD (or YYYY-MM, or YYYY where the form gives only a month or a year); write it as 2024-02-01 "
                        + "[date-format]",
                "src/disclosure/site.yaml:4:15: error: error-report (我为政府网站找错) \"javascript:alert(1)\" is not a web "
                        + "address; write it in full, e.g. https://example.gov.cn/xfb/2024/ [value-kind]",
                "src/disclosure/site.yaml:5:8: error: phone (联系电话) should be a text, but is a list [value-kind]");
        assertThat(new SiteFixture(content).generate().generated()).isFalse();
    }

    @Test
    void aSingleDeclarationsTitleAndLanguagesAreItsOwnSoThoseKeysAreReportedUnused() {
        var content = withSettings("""
                title: 网站
                organizer: 样例局
                languages: [zh]
                """).replace(ContentFixture.DECLARATION, "unit: {zh: 样例局, en: Sample Bureau}", "unit: 样例局")
                .write("glossary.yaml", "terms:\n  样例局: Sample Bureau\n");
        assertThat(content.check()).containsExactly(
                "src/disclosure/site.yaml:1:1: warning: the key \"title\" of site.yaml is used only when the content "
                        + "folder holds several declarations in sub-folders (a single declaration has its own title and "
                        + "languages); it is ignored here [content-layout]",
                "src/disclosure/site.yaml:3:1: warning: the key \"languages\" of site.yaml is used only when the content "
                        + "folder holds several declarations in sub-folders (a single declaration has its own title and "
                        + "languages); it is ignored here [content-layout]");
        SiteFixture site = new SiteFixture(content).generated();
        assertThat(site.page("en/index.html").select(".footer-facts li").eachText()).containsExactly("Run by: Sample Bureau");
    }

    @Test
    void aSiteOfSeveralDeclarationsTakesItsSettingsFromTheSameFile() {
        ContentFixture content = ContentFixture.empty(project);
        content.write("site.yaml", "title: {zh: 示例区, en: Example District}\nicp: 沪ICP备1号\n");
        content.write("xfb-2024/declaration.yaml", ContentFixture.resource("fixtures/minimal/declaration.yaml"));
        content.write("xfb-2024/projects/01-sample.yaml", ContentFixture.resource("fixtures/minimal/projects/01-sample.yaml"));
        SiteFixture site = new SiteFixture(content).generated();
        assertThat(site.page("en/index.html").selectFirst("h1").text()).isEqualTo("Example District");
        assertThat(site.page("en/xfb-2024/index.html").select(".footer-facts li").eachText())
                .containsExactly("ICP filing: 沪ICP备1号");
    }
}
