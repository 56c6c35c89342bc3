package org.gongkai.disclosure.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.disclosure.diag.DiagnosticFormatter;
import org.gongkai.disclosure.diag.MessageCatalog;
import org.gongkai.disclosure.engine.ReviewOutcome;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.ReviewFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.disclosure.testing.ContentFixture.PROJECT;

/**
 * {@code review.yaml}: rules switched off, severities and thresholds changed, and every mistake in it reported at its
 * place, as content is, with nothing written until it is right.
 */
class ReviewSettingsTest {

    private static final String SETTINGS = "src/disclosure/review.yaml";
    private static final String FILE = "src/disclosure/projects/01-sample.yaml";

    @TempDir
    Path project;

    /** The minimal sample: its findings are 成本控制 without an amount and a satisfaction rate without a survey. */
    private ContentFixture content() {
        return ContentFixture.minimal(project);
    }

    private static List<String> diagnostics(ReviewOutcome outcome) {
        DiagnosticFormatter formatter = new DiagnosticFormatter(MessageCatalog.of(Language.EN));
        return outcome.check().diagnostics().stream().map(formatter::format).toList();
    }

    @Test
    void withoutReviewYamlEveryRuleRunsWithItsDefaults() {
        assertThat(new ReviewFixture(content()).findings()).containsExactly(
                FILE + ":22:80: concern: the cost indicator \"成本控制\" has the target \"良好\", which states no amount; "
                        + "state the cost the project must keep within (e.g. ≤60,000.00 yuan, this year's funds) "
                        + "[cost-without-amount]",
                FILE + ":25:83: advice: the satisfaction indicator \"满意度\" (≥90.00(%)) is in a project that names no "
                        + "survey; say how satisfaction will be measured (e.g. a questionnaire of those served) "
                        + "[satisfaction-without-survey]");
    }

    @Test
    void aRuleIsSwitchedOffAnotherMadeAConcernAndAThresholdRaised() {
        var content = content().write("review.yaml", """
                # The finance bureau's settings for this year's review.
                rules:
                  cost-without-amount: {enabled: false}
                  satisfaction-without-survey:
                    severity: concern
                    survey-words: [回访]
                  measurable-share: {minimum: "80%"}
                """);
        ReviewFixture review = new ReviewFixture(content);
        assertThat(review.findings()).containsExactly(
                FILE + ":22:3: advice: only 3 of the project's 4 targets can be measured (a number, a deadline or a "
                        + "range): 75.00%, below the minimum of 80%; state the others as figures where they can be "
                        + "[measurable-share]",
                FILE + ":25:83: concern: the satisfaction indicator \"满意度\" (≥90.00(%)) is in a project that names no "
                        + "survey; say how satisfaction will be measured (e.g. a questionnaire of those served) "
                        + "[satisfaction-without-survey]");
        var rules = review.review().review().settings();
        assertThat(rules.named("cost-without-amount").orElseThrow().enabled()).isFalse();
        assertThat(rules.named("satisfaction-without-survey").orElseThrow().get(SatisfactionWithoutSurveyRule.SURVEY_WORDS))
                .containsExactly("回访");
        assertThat(rules.named("measurable-share").orElseThrow().get(MeasurableShareRule.MINIMUM))
                .isEqualByComparingTo("80");
        var rows = review.page("en/index.html").select("table.review-rules tbody tr");
        assertThat(rows.get(0).select("td").eachText()).containsExactly("Measurability · advice minimum: 80% (review.yaml)",
                "1");
        assertThat(rows.get(2).className()).isEqualTo("off");
        assertThat(rows.get(2).select("td").last().text()).isEqualTo("switched off");
        assertThat(rows.get(9).select("td").eachText()).containsExactly(
                "Tautologies and impossibilities · concern survey-words: 回访 (review.yaml)", "1");
    }

    @Test
    void everyMistakeIsReportedAtItsPlaceAndNothingIsWritten() {
        var content = content().write("review.yaml", """
                rules:
                  measurable-shares: {minimum: 60}
                  copied-indicators: {minimum-indicator: 4}
                  repeated-goal: {severity: high, enabled: "no"}
                  measurable-share: {minimum: 120}
                  unchanged-targets: {budget-change: 二十}
                  satisfaction-without-survey: {survey-words: 问卷}
                  timeliness-without-deadline: {timeliness-level2: ["", 时效指标]}
                  copied-across-units: {minimum-indicators: 2.5}
                  qualitative-only:
                  sprinkles: {}
                reviewers: [张三]
                """);
        ReviewFixture review = new ReviewFixture(content);
        ReviewOutcome outcome = review.review();
        assertThat(diagnostics(outcome)).containsExactly(
                SETTINGS + ":2:3: error: unknown review rule \"measurable-shares\"; did you mean \"measurable-share\"? "
                        + "[unknown-key]",
                SETTINGS + ":3:23: error: the rule copied-indicators has no setting \"minimum-indicator\"; did you "
                        + "mean \"minimum-indicators\"? [unknown-key]",
                SETTINGS + ":4:29: error: rules.repeated-goal.severity is \"high\"; use concern or advice [value-kind]",
                SETTINGS + ":4:44: error: rules.repeated-goal.enabled should be true/false, but is a text [value-kind]",
                SETTINGS + ":5:31: error: rules.measurable-share.minimum is 120, but must be from 0 to 100 [value-range]",
                SETTINGS + ":6:38: error: rules.unchanged-targets.budget-change should be a percentage such as 50 or "
                        + "\"12.5%\", but is \"二十\" [value-kind]",
                SETTINGS + ":7:47: error: rules.satisfaction-without-survey.survey-words should be a list, but is "
                        + "a text [value-kind]",
                SETTINGS + ":8:53: error: rules.timeliness-without-deadline.timeliness-level2 holds an empty word "
                        + "[value-kind]",
                SETTINGS + ":9:45: error: rules.copied-across-units.minimum-indicators should be a whole number, but "
                        + "is \"2.5\" [value-kind]",
                SETTINGS + ":10:20: error: rules.qualitative-only has no value [required-key]",
                SETTINGS + ":11:3: error: unknown review rule \"sprinkles\"; the rules are: measurable-share, "
                        + "qualitative-only, cost-without-amount, copied-indicators, copied-across-units, repeated-goal, "
                        + "unchanged-targets, timeliness-without-deadline, percent-over-100, satisfaction-without-survey, "
                        + "budget-year, level1-coverage, weights [unknown-key]",
                SETTINGS + ":12:1: error: unknown key \"reviewers\"; the keys allowed here are: rules [unknown-key]");
        assertThat(outcome.written()).isFalse();
        assertThat(review.output()).doesNotExist();
        assertThat(content.check()).as("disclosure:check reports them too").isEqualTo(diagnostics(outcome));
        assertThat(review.log()).contains("No review written: review.yaml has errors; the report in "
                + "target/disclosure-review is left as it was");
    }

    @Test
    void aReviewYamlThatIsNotAMappingOrNotYamlIsReportedAsContentIs() {
        ReviewOutcome list = new ReviewFixture(content().write("review.yaml", "- measurable-share\n")).review();
        assertThat(diagnostics(list)).containsExactly(
                SETTINGS + ":1:1: error: src/disclosure/review.yaml must hold keys with values (a YAML mapping) "
                        + "[value-kind]");
        ReviewOutcome alias = new ReviewFixture(content().write("review.yaml",
                "rules:\n  a: &x {enabled: false}\n  b: *x\n")).review();
        assertThat(diagnostics(alias)).containsExactly(SETTINGS + ":3:6: error: YAML aliases (*x) are not allowed in a "
                + "declaration; write the value out in full [yaml-alias]");
        assertThat(alias.written()).isFalse();
    }

    @Test
    void valuesLongerThanAnyRealOneAreRefusedBeforeTheyAreParsed() {
        String digits = "9".repeat(5000);
        ReviewOutcome outcome = new ReviewFixture(content().write("review.yaml",
                "rules:\n  measurable-share: {minimum: \"" + digits + "\"}\n")).review();
        assertThat(diagnostics(outcome)).containsExactly(SETTINGS + ":2:31: error: rules.measurable-share.minimum is "
                + "5000 characters long, more than any real value of its kind (32 at most); is this the right value? "
                + "[value-too-long]");
    }

    @Test
    void aReviewYamlLinkedFromOutsideTheContentFolderIsNotRead() throws Exception {
        Path outside = Files.writeString(project.resolve("elsewhere.yaml"), "rules:\n  weights: {enabled: false}\n");
        var content = content();
        Files.createSymbolicLink(content.file("review.yaml"), outside);
        ReviewOutcome outcome = new ReviewFixture(content).review();
        assertThat(diagnostics(outcome)).containsExactly(SETTINGS + ":1:1: error: this file is a symbolic link to "
                + outside + ", outside the content folder; Gongkai reads only files inside it. Copy the file into the "
                + "content folder instead [link-out]");
        assertThat(outcome.written()).isFalse();
    }
}
