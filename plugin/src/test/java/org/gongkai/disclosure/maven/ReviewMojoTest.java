package org.gongkai.disclosure.maven;

import java.io.File;
import java.nio.file.Path;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.gongkai.disclosure.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The review goal as Maven runs it: its folder from the POM, its counts in the log, failures as Maven's. */
@MojoTest
class ReviewMojoTest {

    private static final String POM = "src/test/resources/unit/review/pom.xml";

    @TempDir
    Path project;

    private CheckMojoTest.RecordingLog prepare(ReviewMojo mojo, ContentFixture content) throws Exception {
        MojoExtension.setVariableValueToObject(mojo, "baseDirectory", content.projectDir().toFile());
        MojoExtension.setVariableValueToObject(mojo, "contentDirectory", content.contentDir().toFile());
        MojoExtension.setVariableValueToObject(mojo, "reviewDirectory", project.resolve("target/bureau-review").toFile());
        CheckMojoTest.RecordingLog log = new CheckMojoTest.RecordingLog();
        mojo.setLog(log);
        return log;
    }

    @Test
    @InjectMojo(goal = "review", pom = POM)
    void takesItsFolderFromThePom(ReviewMojo mojo) throws Exception {
        File folder = (File) MojoExtension.getVariableValueFromObject(mojo, "reviewDirectory");
        assertThat(folder.getPath().replace('\\', '/')).endsWith("target/bureau-review");
    }

    @Test
    @InjectMojo(goal = "review", pom = POM)
    void reviewsTheSeedAndLogsTheCountOfEachRule(ReviewMojo mojo) throws Exception {
        var log = prepare(mojo, ContentFixture.seed(project));
        mojo.execute();
        assertThat(project.resolve("target/bureau-review/zh/index.html")).isRegularFile();
        assertThat(project.resolve("target/bureau-review/findings.csv")).isRegularFile();
        assertThat(log.lines).extracting(l -> l.replaceAll("\\d+ ms", "n ms")).containsExactly(
                "[WARNING] src/disclosure/projects/04-return-and-stability.yaml:67:9: warning: the annual budget (年度预算安排) "
                        + "speaks of a budget for 2023, but this is the declaration for fiscal year 2024: \"2023 年本项目预算金额为 "
                        + "97 万元\"; is the year right? [budget-year]",
                "[WARNING] src/disclosure/projects/07-publicity-materials.yaml:60:9: warning: the annual budget (年度预算安排) "
                        + "speaks of a budget for 2023, but this is the declaration for fiscal year 2024: \"2023年本项目预算金额为"
                        + "15万元\"; is the year right? [budget-year]",
                "[INFO] Checked src/disclosure: 7 project files; errors: 0, warnings: 2 (n ms)",
                "[INFO]   measurable-share: 5",
                "[INFO]   qualitative-only: 5",
                "[INFO]   cost-without-amount: 7",
                "[INFO]   copied-indicators: 3",
                "[INFO]   copied-across-units: 0",
                "[INFO]   repeated-goal: 5",
                "[INFO]   unchanged-targets: 0",
                "[INFO]   timeliness-without-deadline: 6",
                "[INFO]   percent-over-100: 0",
                "[INFO]   satisfaction-without-survey: 8",
                "[INFO]   budget-year: 2",
                "[INFO]   level1-coverage: 0",
                "[INFO]   weights: 0",
                "[INFO] Reviewed 7 projects: 41 findings (17 concern, 24 advice); the report is in "
                        + "target/bureau-review (n ms)");
    }

    @Test
    @InjectMojo(goal = "review", pom = POM)
    void contentErrorsFailTheBuildOnceTheReviewIsWritten(ReviewMojo mojo) throws Exception {
        var content = ContentFixture.minimal(project).replace(ContentFixture.PROJECT, "fiscal: 80000.00", "fiscal: 1");
        var log = prepare(mojo, content);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("Errors in the declaration: 1; see the messages above");
        assertThat(project.resolve("target/bureau-review/zh/index.html")).isRegularFile();
        assertThat(log.lines).last().isEqualTo("[INFO] The check found 1 errors; the review covers what could be read");
    }

    @Test
    @InjectMojo(goal = "review", pom = POM)
    void aMistakeInReviewYamlFailsTheBuildInChineseWithNothingWritten(ReviewMojo mojo) throws Exception {
        var content = ContentFixture.minimal(project).write("review.yaml", "rules:\n  repeated-goals: {enabled: false}\n");
        MojoExtension.setVariableValueToObject(mojo, "messageLanguage", "zh");
        var log = prepare(mojo, content);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessage("申报表中有 1 个错误；详见上方信息");
        assertThat(log.lines).contains("[ERROR] src/disclosure/review.yaml:2:3: error: 未知的审核规则“repeated-goals”；"
                + "是否应为“repeated-goal”？ [unknown-key]",
                "[INFO] 审核报告未生成：review.yaml 有错误；target/bureau-review 中的报告保持不变");
        assertThat(project.resolve("target/bureau-review")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "review", pom = POM)
    void skipLogsOneLineAndWritesNothing(ReviewMojo mojo) throws Exception {
        var log = prepare(mojo, ContentFixture.seed(project));
        MojoExtension.setVariableValueToObject(mojo, "skip", true);
        mojo.execute();
        assertThat(log.lines).containsExactly("[INFO] Skipping: disclosure.skip is true");
        assertThat(project.resolve("target/bureau-review")).doesNotExist();
    }
}
