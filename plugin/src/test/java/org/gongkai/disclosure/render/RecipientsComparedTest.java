package org.gongkai.disclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.ReviewFixture;
import org.gongkai.disclosure.testing.SiteFixture;

/**
 * A target for each recipient (分配对象) is compared with last year's by the recipient's name, not by its place in
 * the list: the real Anxi filing of seven villages, filed again a year later with the villages in another order.
 */
class RecipientsComparedTest {

    private static final String FILING = "filings/30-anxi-small-water-works/content/";
    /** The filing, with 3 works for 尧山村 where it has 1: so that the villages' targets differ. */
    private static final String PROJECT = ContentFixture.resource(FILING + "projects/01-small-water-works.yaml")
            .replace("西坪镇尧山村: \"1\"", "西坪镇尧山村: \"3\"");
    private static final String DECLARATION = ContentFixture.resource(FILING + "declaration.yaml");
    private static final String YAOSHAN = """
              - name: {zh: 西坪镇尧山村, en: Yaoshan Village (Xiping Town)}
                content: {zh: 尧山村排洪排水工程建设, en: Flood and drainage works in Yaoshan}
                amount: 20万元
            """;

    @TempDir
    Path project;

    /** Last year as filed; this year with 尧山村 moved from the first recipient to the last, and the changes asked for. */
    private ContentFixture twoYears(String... thisYear) {
        ContentFixture content = ContentFixture.empty(project)
                .write("site.yaml", "title: {zh: 安溪县, en: Anxi County}\n")
                .write("sl-2022/declaration.yaml", DECLARATION)
                .write("sl-2022/projects/01.yaml", PROJECT)
                .write("sl-2023/declaration.yaml", DECLARATION.replace("fiscal-year: 2022", "fiscal-year: 2023"));
        String moved = PROJECT.replace(YAOSHAN, "").replace("\ngoals:", YAOSHAN.stripTrailing() + "\n\ngoals:");
        assertThat(moved).isNotEqualTo(PROJECT);
        for (int i = 0; i + 1 < thisYear.length; i += 2) {
            moved = moved.replace(thisYear[i], thisYear[i + 1]);
        }
        return content.write("sl-2023/projects/01.yaml", moved);
    }

    @Test
    void recipientsListedInAnotherOrderChangeNoTarget() {
        SiteFixture site = new SiteFixture(twoYears()).generated();
        assertThat(site.page("zh/sl-2023/projects/small-water-works.html").select(".changes-summary").text())
                .isEqualTo("绩效指标与上年相同（共 1 项），目标值均未改变。");
        assertThat(site.text("data/sl-2023/changes.csv")).doesNotContain("target_changed");
    }

    @Test
    void aRecipientsChangedTargetIsShownWithItsName() {
        SiteFixture site = new SiteFixture(twoYears("桃舟乡吾培村: \"1\"", "桃舟乡吾培村: \"2\"")).generated();
        List<String> rows = site.page("zh/sl-2023/projects/small-water-works.html")
                .select(".changes-targets tbody tr").eachText();
        assertThat(rows).singleElement().asString()
                .contains("桃舟乡吾培村：1", "桃舟乡吾培村：2").doesNotContain("西坪镇尧山村：2");
    }

    @Test
    void theReviewFindsTargetsKeptFromLastYearWhateverTheRecipientsOrder() {
        ContentFixture content = twoYears("total: 100万元\n  appropriation: 100万元", "total: 200万元\n  appropriation: 200万元",
                "amount: 15万元\n  - name: {zh: 芦田镇三洋村", "amount: 115万元\n  - name: {zh: 芦田镇三洋村");
        assertThat(new ReviewFixture(content).findings()).filteredOn(f -> f.endsWith("[unchanged-targets]"))
                .singleElement().asString().contains("from 1,000,000.00 to 2,000,000.00 yuan");
    }
}
