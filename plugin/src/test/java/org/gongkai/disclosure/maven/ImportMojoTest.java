package org.gongkai.disclosure.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The import goal as Maven runs it: what it prints, what it writes, and how it fails. */
@MojoTest
class ImportMojoTest {

    private static final String POM = "src/test/resources/unit/import/pom.xml";

    @TempDir
    Path project;

    /** A form whose appropriation is a yuan short of its total: a real mistake, which the check finds after import. */
    private void workbook(Object appropriation) throws Exception {
        Files.createDirectories(project.resolve("sheets"));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            Object[][] rows = {
                {"2024年度项目支出绩效目标申报表"},
                {"项目名称", "Office IT maintenance", "主管部门", "Songjiang Petitions Office"},
                {"年度资金总额", 1859441.0, "其中：当年财政拨款", appropriation},
                {"年度目标", "Keep the office's computers running"},
                {"一级指标", "二级指标", "三级指标", "指标值"},
                {"产出指标", "数量指标", "Repairs", "=12次"},
                {"满意度指标", "服务对象满意度指标", "Staff satisfaction", "≥90%"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            try (var out = Files.newOutputStream(project.resolve("sheets/book.xlsx"))) {
                workbook.write(out);
            }
        }
    }

    private CheckMojoTest.RecordingLog prepare(ImportMojo mojo) throws Exception {
        MojoExtension.setVariableValueToObject(mojo, "projectDirectory", project.toFile());
        CheckMojoTest.RecordingLog log = new CheckMojoTest.RecordingLog();
        mojo.setLog(log);
        return log;
    }

    private static List<String> withoutTimes(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll("\\(\\d+ ms\\)", "(… ms)")).toList();
    }

    @Test
    @InjectMojo(goal = "import", pom = POM)
    void takesItsConfigurationFromThePomWithWarnAsTheTranslationsDefault(ImportMojo mojo) throws Exception {
        assertThat((String) MojoExtension.getVariableValueFromObject(mojo, "source")).isEqualTo("sheets/book.xlsx");
        assertThat((String) MojoExtension.getVariableValueFromObject(mojo, "translations")).isEqualTo("warn");
        assertThat((String) MojoExtension.getVariableValueFromObject(mojo, "contentDirectory")).isEqualTo("src/disclosure");
        assertThat((Boolean) MojoExtension.getVariableValueFromObject(mojo, "overwrite")).isFalse();
    }

    @Test
    @InjectMojo(goal = "import", pom = POM)
    void importsPrintsWhatItReadAndChecksTheResult(ImportMojo mojo) throws Exception {
        workbook(1859441.0);
        var log = prepare(mojo);
        mojo.execute();
        assertThat(withoutTimes(log.lines)).containsExactly(
                "[INFO] Read sheets/book.xlsx: projects: 1, indicators: 2, annual funds: 1,859,441.00 yuan",
                "[INFO] Wrote to src/disclosure/projects: project files: 1, indicators: 2, annual funds in all:"
                        + " 1,859,441.00 yuan",
                "[INFO] Wrote src/disclosure/declaration.yaml: fiscal year 2024, unit Songjiang Petitions Office, title"
                        + " 项目支出绩效目标申报表",
                "[WARNING] src/disclosure/projects/01-office-it-maintenance.yaml:12:3: warning: the project has no 效益指标"
                        + " indicator [indicator-coverage]",
                "[INFO] Checked src/disclosure: 1 project files; errors: 0, warnings: 1 (… ms)",
                "[INFO] Next: add the English of each text (or set disclosure.translations=warn until then), then mvn"
                        + " disclosure:serve to see the site");
        assertThat(project.resolve("src/disclosure/projects/01-office-it-maintenance.yaml")).exists();
    }

    @Test
    @InjectMojo(goal = "import", pom = POM)
    void aMistakeTheCheckFindsPointsAtTheCellItWasReadFrom(ImportMojo mojo) throws Exception {
        workbook(1859440.0);
        var log = prepare(mojo);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("Errors in the declaration: 1; see the messages above");
        assertThat(withoutTimes(log.lines)).containsSubsequence(
                "[ERROR] src/disclosure/projects/01-office-it-maintenance.yaml:7:10: error: annual funds total (年度资金申请总额)"
                        + " is 1,859,441.00 yuan, but appropriation + carry-over + other (当年财政拨款 + 上年结转资金 + 其他资金) ="
                        + " 1,859,440.00 + 0.00 + 0.00 = 1,859,440.00 yuan; they differ by 1.00 yuan [annual-funds-sum]",
                "[INFO] sheets/book.xlsx:Sheet1!B3: note: src/disclosure/projects/01-office-it-maintenance.yaml:7 was read"
                        + " from this cell [import]",
                "[INFO] Checked src/disclosure: 1 project files; errors: 1, warnings: 1 (… ms)");
        // Written all the same: the cells read, and the mistake is the filing's own, to be fixed where it stands.
        assertThat(project.resolve("src/disclosure/projects/01-office-it-maintenance.yaml")).exists();
    }

    @Test
    @InjectMojo(goal = "import", pom = POM)
    void anUnreadableCellFailsTheBuildAndNothingIsWritten(ImportMojo mojo) throws Exception {
        workbook("一百八十五万");
        var log = prepare(mojo);
        MojoExtension.setVariableValueToObject(mojo, "messageLanguage", "zh");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("未写入任何文件；电子表格中的错误：1 个。请修正上方所列单元格后重新导入");
        assertThat(log.lines).containsExactly(
                "[ERROR] sheets/book.xlsx:Sheet1!D3: error: 当年财政拨款：“一百八十五万”不是金额；请写作 1859441.00、“1,859,441.00”、"
                        + "“1859441.00元”或“185.9441万元” [import-amount]",
                "[INFO] 已读取 sheets/book.xlsx：项目 1 个，指标 2 个，年度资金 1,859,441.00 元");
        assertThat(project.resolve("src")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "import", pom = POM)
    void skipLogsOneLineAndReadsNothing(ImportMojo mojo) throws Exception {
        var log = prepare(mojo);
        MojoExtension.setVariableValueToObject(mojo, "skip", true);
        mojo.execute();
        assertThat(log.lines).containsExactly("[INFO] Skipping: disclosure.skip is true");
    }

    @Test
    @InjectMojo(goal = "import", pom = POM)
    void withoutAPomItWritesTheOneInitWritesSoThatCheckWorksNext(ImportMojo mojo) throws Exception {
        workbook(1859441.0);
        var log = prepare(mojo);
        MojoExtension.setVariableValueToObject(mojo, "projectDirectory", null);
        MojoExtension.setVariableValueToObject(mojo, "executionRoot", project.toFile());
        MojoExtension.setVariableValueToObject(mojo, "pluginVersion", "0.1.0");
        mojo.execute();
        assertThat(log.lines).contains("[INFO] Wrote pom.xml: packaging pom, with disclosure:generate and"
                + " disclosure:package bound to mvn package");
        String pom = Files.readString(project.resolve("pom.xml"));
        assertThat(pom).contains("<version>2024-SNAPSHOT</version>", "<artifactId>disclosure-maven-plugin</artifactId>",
                "<version>0.1.0</version>");
    }
}
