package org.gongkai.disclosure.check;

import java.nio.file.Path;

import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A site whose site.yaml gives its address is meant for publication, and must say who runs it and its 网站标识码. */
class GovernmentSiteRuleTest {

    @TempDir
    Path project;

    @Test
    void anAddressWithoutOrganizerOrIdCodeIsWarnedOfWhereTheAddressIsSet() {
        ContentFixture content = ContentFixture.minimal(project).write("site.yaml", """
                name: 示例区人民政府
                url: https://example.gov.cn/xfb/2024/
                """);
        assertThat(content.check()).containsExactly("src/disclosure/site.yaml:2:1: warning: site.yaml gives the site's"
                + " address (url), so the site is meant for publication as a government website, but it does not set"
                + " its organizer (organizer, 主办单位) or its website identification code (id-code, 网站标识码), which a"
                + " government website must show (国办发〔2017〕47号) [government-site]");
        assertThat(content.formatted(Language.ZH)).containsExactly("src/disclosure/site.yaml:2:1: warning: site.yaml"
                + " 设置了网站地址（url），即准备作为政府网站发布，但未设置主办单位（organizer）和网站标识码（id-code）；按国办发〔2017〕47号，"
                + "政府网站必须标明 [government-site]");
    }

    @Test
    void onlyWhatIsMissingIsNamed() {
        ContentFixture content = ContentFixture.minimal(project).write("site.yaml", """
                url: https://example.gov.cn/xfb/2024/
                organizer: {zh: 示例局, en: Sample Bureau}
                """);
        assertThat(content.check()).containsExactly("src/disclosure/site.yaml:1:1: warning: site.yaml gives the site's"
                + " address (url), so the site is meant for publication as a government website, but it does not set"
                + " its website identification code (id-code, 网站标识码), which a government website must show"
                + " (国办发〔2017〕47号) [government-site]");
    }

    @Test
    void aSiteWithItsOrganizerAndIdCodeOrWithoutAnAddressIsNotWarnedOf() {
        assertThat(ContentFixture.minimal(project).write("site.yaml", """
                url: https://example.gov.cn/xfb/2024/
                organizer: 示例局
                id-code: "3101170001"
                """).check()).isEmpty();
        assertThat(ContentFixture.minimal(project).write("site.yaml", "name: 示例区人民政府\n").check()).isEmpty();
    }
}
