package org.gongkai.disclosure.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.testing.ContentFixture;

/**
 * The rules of a project's recipients, stated kinds and directions, each failing and passing, on the declaration
 * that uses every key of format 2 ({@code fixtures/format-two}), which passes as it is.
 */
class FormatTwoRulesTest {

    private static final String FILE = "projects/01-village-water.yaml";
    private static final String AT = "src/disclosure/" + FILE;

    @TempDir
    Path project;

    ContentFixture content;

    @BeforeEach
    void copy() throws URISyntaxException {
        content = ContentFixture.copyOf(Path.of(getClass().getClassLoader().getResource("fixtures/format-two").toURI()),
                project);
    }

    @Test
    void theFixturePassesAsItIs() {
        assertThat(content.check()).isEmpty();
    }

    @Test
    void theRecipientsSharesAddUpToTheYearsFunds() {
        content.replace(FILE, "{name: {zh: 西村, en: West Village}, amount: 40万元}", "{name: {zh: 西村, en: West Village}, amount: 40.01万元}");
        assertThat(content.check()).containsExactly(AT + ":34:17: error: the shares of the 2 recipients (分配金额) add up "
                + "to 1,000,100.00 yuan, but the annual funds total (年度资金申请总额) is 1,000,000.00 yuan; they differ by "
                + "100.00 yuan [recipients-sum]");
    }

    @Test
    void eachRecipientIsListedOnce() {
        content.replace(FILE, "{name: {zh: 西村, en: West Village}, amount: 40万元}", "{name: {zh: 东村, en: East Village}, amount: 40万元}");
        assertThat(content.check()).contains(AT + ":35:17: error: the recipient \"东村\" is listed twice; each town, school "
                + "or unit is listed once [recipients]");
    }

    @Test
    void aTargetPerRecipientNamesOnlyRecipientsAndEveryOne() {
        content.replace(FILE, "      西村: ≥2公里\n", "      南村: ≥2公里\n");
        assertThat(content.check()).containsExactly(
                AT + ":49:7: error: the recipient \"西村\" has no target here; give every recipient of recipients (分配对象) "
                        + "its target [recipients]",
                AT + ":50:7: error: there is no recipient \"南村\" in recipients (分配对象); the recipients are: 东村、西村 "
                        + "[recipients]");
    }

    @Test
    void anIndicatorHasOneTargetOrOneForEachRecipientNotBoth() {
        content.replace(FILE, "    targets:\n", "    target: ≥5公里\n    targets:\n");
        assertThat(content.check()).containsExactly(AT + ":48:13: error: an indicator has either indicators.target "
                + "(年度指标值) or indicators.targets (各分配对象指标值) (one target for each recipient), not both [recipients]");
    }

    @Test
    void aStatedKindThatTheTargetContradictsIsWarned() {
        content.replace(FILE, "target: 2023.07-2024.01\n    weight: 10", "target: 2023.07-2024.01\n    weight: 10\n    kind: 定性");
        assertThat(content.check()).containsExactly(AT + ":64:13: warning: the indicator \"实施期\" is stated to be "
                + "qualitative (定性), but its target \"2023.07-2024.01\" is a measure; is it quantitative (定量)? "
                + "[indicator-kind]");
        content.replace(FILE, "target: 2023.07-2024.01", "target: {zh: 按计划推进, en: as planned}");
        content.replace(FILE, "kind: 定性", "kind: 定量");
        assertThat(content.check()).containsExactly(AT + ":64:18: warning: the indicator \"实施期\" is stated to be "
                + "quantitative (定量), but its target \"按计划推进\" has no measure; give a number, a date or a period, or "
                + "state it as qualitative (定性) [indicator-kind]");
    }

    @Test
    void aStatedDirectionThatTheComparisonContradictsIsWarned() {
        content.replace(FILE, "target: ≤100万元", "target: ≥100万元");
        assertThat(content.check()).containsExactly(AT + ":69:13: warning: the indicator \"项目总成本\" is stated to be "
                + "one where less is better (反向), but its target \"≥100万元\" asks for at least so much; is the direction "
                + "or the comparison wrong? [indicator-direction]");
        content.replace(FILE, "direction: 反向", "direction: 正向");
        assertThat(content.check()).isEmpty();
        content.replace(FILE, "target: ≥100万元", "target: ≤100万元");
        assertThat(content.check()).containsExactly(AT + ":69:13: warning: the indicator \"项目总成本\" is stated to be "
                + "one where more is better (正向), but its target \"≤100万元\" sets a ceiling; is the direction or the "
                + "comparison wrong? [indicator-direction]");
    }
}
