package org.gongkai.disclosure.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeUrlsTest {

    private final SafeUrls urls = new SafeUrls();

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
        "java\nscript:x", "vbscript:x", "data:text/html,<script>x</script>", "file:///etc/passwd", "jAvAsCrIpT&colon;x:"})
    void linksThatCanRunCodeAreEmptied(String url) {
        assertThat(urls.sanitizeLinkUrl(url)).isEmpty();
        assertThat(urls.sanitizeImageUrl(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.gov.cn/", "http://example.gov.cn/a?b=c:d", "mailto:xfb@example.gov.cn",
        "tel:021-12345", "page.html", "../zh/index.html", "#section", "a/b:c", "?q=a:b", "/xfb/2024/"})
    void webMailAndRelativeLinksAreKept(String url) {
        assertThat(urls.sanitizeLinkUrl(url)).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:a@b.cn", "tel:110"})
    void imagesComeOnlyFromTheWebOrTheSite(String url) {
        assertThat(urls.sanitizeImageUrl(url)).isEmpty();
    }
}
