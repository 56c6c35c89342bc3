package org.gongkai.disclosure.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.gongkai.disclosure.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The check goal as Maven runs it: configuration from the POM, messages in Maven's log, failures as Maven's. */
@MojoTest
class CheckMojoTest {

    private static final String POM = "src/test/resources/unit/check/pom.xml";

    @TempDir
    Path project;

    /** A Maven log that keeps what it is told, by level. */
    static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public void info(CharSequence content) {
            lines.add("[INFO] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[WARNING] " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("[ERROR] " + content);
        }
    }

    private RecordingLog prepare(CheckMojo mojo, ContentFixture content) throws Exception {
        MojoExtension.setVariableValueToObject(mojo, "baseDirectory", content.projectDir().toFile());
        MojoExtension.setVariableValueToObject(mojo, "contentDirectory", content.contentDir().toFile());
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        return log;
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void takesItsConfigurationFromThePom(CheckMojo mojo) throws Exception {
        assertThat((String) MojoExtension.getVariableValueFromObject(mojo, "translations")).isEqualTo("warn");
        assertThat((String) MojoExtension.getVariableValueFromObject(mojo, "messageLanguage")).isEqualTo("zh");
        assertThat((Boolean) MojoExtension.getVariableValueFromObject(mojo, "skip")).isFalse();
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aValidDeclarationPassesWithItsWarningsInTheLog(CheckMojo mojo) throws Exception {
        RecordingLog log = prepare(mojo, ContentFixture.seed(project));
        mojo.execute();
        assertThat(log.lines).filteredOn(l -> l.startsWith("[WARNING]")).hasSize(2)
                .allMatch(l -> l.endsWith("[budget-year]"));
        assertThat(log.lines).last().asString().startsWith("[INFO] 已检查 src/disclosure：7 个项目文件；错误 0 个，警告 2 个");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void contentErrorsFailTheBuildWithEveryErrorInTheLog(CheckMojo mojo) throws Exception {
        var content = ContentFixture.minimal(project)
                .replace(ContentFixture.PROJECT, "fiscal: 80000.00", "fiscal: 80000.01")
                .replace(ContentFixture.PROJECT, "start: 2024-01-01", "start: 2024-02-30");
        RecordingLog log = prepare(mojo, content);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("申报表中有 2 个错误；详见上方信息");
        assertThat(log.lines).filteredOn(l -> l.startsWith("[ERROR]")).containsExactly(
                "[ERROR] src/disclosure/projects/01-sample.yaml:7:8: error: 计划开始日期（start）“2024-02-30”不是有效"
                        + "日期：2024 年 2 月只有 29 天 [date-format]",
                "[ERROR] src/disclosure/projects/01-sample.yaml:10:10: error: 项目资金总额为 100,000.00 元，但财政资金 + "
                        + "其他资金 = 80,000.01 + 20,000.00 = 100,000.01 元，相差 0.01 元 [funds-sum]");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void skipLogsOneLineAndReadsNothing(CheckMojo mojo) throws Exception {
        var content = ContentFixture.minimal(project).write(ContentFixture.PROJECT, "broken: [");
        RecordingLog log = prepare(mojo, content);
        MojoExtension.setVariableValueToObject(mojo, "skip", true);
        mojo.execute();
        assertThat(log.lines).containsExactly("[INFO] 已跳过：disclosure.skip 为 true");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aModuleWithoutContentIsSkippedWithOneLine(CheckMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        MojoExtension.setVariableValueToObject(mojo, "baseDirectory", project.toFile());
        MojoExtension.setVariableValueToObject(mojo, "contentDirectory", new File(project.toFile(), "src/disclosure"));
        mojo.execute();
        assertThat(log.lines).containsExactly("[INFO] 已跳过：没有内容文件夹 src/disclosure（可用 mvn disclosure:init 新建）");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anUnknownParameterValueFailsWithTheAllowedValues(CheckMojo mojo) throws Exception {
        prepare(mojo, ContentFixture.minimal(project));
        MojoExtension.setVariableValueToObject(mojo, "translations", "sometimes");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("参数 disclosure.translations 为“sometimes”；请使用：error, warn");
    }
}
