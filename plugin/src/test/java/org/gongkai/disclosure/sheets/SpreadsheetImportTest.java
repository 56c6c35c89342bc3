package org.gongkai.disclosure.sheets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.gongkai.disclosure.check.TranslationPolicy;
import org.gongkai.disclosure.diag.MessageCatalog;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.testing.ContentFixture;

import static org.assertj.core.api.Assertions.assertThat;

/** The import of real .xlsx and .xls workbooks built cell by cell: the exact YAML written, and the exact problems. */
class SpreadsheetImportTest {

    @TempDir
    Path project;

    static SpreadsheetImport.Result importInto(Path project, Path source) throws IOException {
        return SpreadsheetImport.run(new SpreadsheetImport.Request(project, project.resolve("src/disclosure"), source,
                null, null, false));
    }

    static List<String> problems(SpreadsheetImport.Result result) {
        return result.problems().stream().map(p -> p.format(MessageCatalog.of(Language.EN))).toList();
    }

    String read(String file) throws IOException {
        return Files.readString(project.resolve("src/disclosure").resolve(file));
    }

    /** A single-project form as a county prints it: labels spaced and broken, values right or below, 万元, merges. */
    static Book communityCareForm(Book.Format format) {
        Book book = new Book(format).sheet("项目1");
        book.set("A1", "2024年度项目支出绩效目标申报表").merge("A1:F1")
                .set("F2", "金额单位：万元")
                .set("A3", "项目名称").set("B3", "社区养老服务补贴").merge("B3:F3")
                .set("A4", "主管部门：").set("B4", "松江区民政局").set("C4", "实施 单位").set("D4", "松江区养老服务中心")
                .set("A5", "项目\n性质").set("B5", "其他经常性项目").set("C5", "项目类别").set("D5", "专项工作经费")
                .set("A6", "计划开始日期").set("B6", 45292).set("C6", "计划完成日期").set("D6", LocalDate.of(2024, 12, 31))
                .set("A7", "项目资金\n（万元）").merge("A7:A10")
                .set("B7", "项目资金总额").set("C7", 185.9441).set("D7", "年度资金总额").set("E7", 185.9441)
                .set("B8", "其中：财政资金").set("C8", 185.9441).set("D8", "其中：当年财政拨款").set("E8", "185.9441万元")
                .set("B9", "其他资金").set("C9", 0).set("D9", "上年结转资金").set("E9", "—")
                .set("D10", "其他资金").set("E10", 0)
                .set("A11", "项目总目标").set("B11", "为全区老人提供助餐、助浴服务，提高生活质量。").merge("B11:F11")
                .set("A12", "年度目标").set("A13", "目标1：助餐服务覆盖全区；\n目标2：按时发放补贴。").merge("A13:F13")
                .set("A14", "绩效指标").merge("A14:A19")
                .row(14, null, "一级指标", "二 级 指 标", "三级指标", "指标值", "分值")
                .row(15, null, "产出指标", "数量指标", "服务老人人次", "≥1715人次", 30)
                .row(16, null, null, null, "补贴发放户数", "=120户", 20)
                .row(17, null, null, "时效指标", "补贴发放及时率", null, 20)
                .number("E17", 1, "0%")
                .row(18, null, "效益指标", "社会效益指标", "老人生活质量", "提高", 10)
                .row(19, null, "满意度指标", "服务对象满意度指标", "老人满意度", "≥90%", 10)
                .merge("B15:B17").merge("C15:C16");
        return book;
    }

    @ParameterizedTest
    @EnumSource(Book.Format.class)
    void aSingleProjectFormBecomesAProjectFileAndADeclaration(Book.Format format) throws IOException {
        Path source;
        try (Book book = communityCareForm(format)) {
            source = book.save(project.resolve("data"), "book");
        }
        SpreadsheetImport.Result result = importInto(project, source);
        assertThat(problems(result)).isEmpty();
        String file = "data/book" + format.extension;
        assertThat(read("projects/01-she-qu-yang-lao-fu-wu-bu-tie.yaml")).isEqualTo("""
                # 由 disclosure:import 从 @FILE@:项目1!A3 导入；中文照原表，英文尚待补充
                # Imported by disclosure:import from @FILE@:项目1!A3; the Chinese as filed, the English still to be added
                id: she-qu-yang-lao-fu-wu-bu-tie
                name: 社区养老服务补贴
                nature: 其他经常性项目
                category: 专项工作经费
                department: 松江区民政局
                implementer: 松江区养老服务中心
                start: 2024-01-01
                end: 2024-12-31
                funds:
                  total: 1859441.00
                  fiscal: 1859441.00
                  other: 0.00
                annual-funds:
                  total: 1859441.00
                  appropriation: 1859441.00
                  carryover: 0.00
                  other: 0.00
                goals:
                  overall: 为全区老人提供助餐、助浴服务，提高生活质量。
                  annual: |-
                    目标1：助餐服务覆盖全区；
                    目标2：按时发放补贴。
                indicators:
                  - level1: 产出指标
                    level2: 数量指标
                    name: 服务老人人次
                    target: ≥1715人次
                    weight: 30
                  - level1: 产出指标
                    level2: 数量指标
                    name: 补贴发放户数
                    target: "=120户"
                    weight: 20
                  - level1: 产出指标
                    level2: 时效指标
                    name: 补贴发放及时率
                    target: "100%"
                    weight: 20
                  - level1: 效益指标
                    level2: 社会效益指标
                    name: 老人生活质量
                    target: 提高
                    weight: 10
                  - level1: 满意度指标
                    level2: 服务对象满意度指标
                    name: 老人满意度
                    target: ≥90%
                    weight: 10
                """.replace("@FILE@", file));
        assertThat(read("declaration.yaml")).isEqualTo("""
                # 由 disclosure:import 从 @FILE@ 导入：预算年度、单位和标题照表中所写
                # Imported by disclosure:import from @FILE@: the fiscal year, unit and title as the sheets state them
                fiscal-year: 2024
                unit: 松江区民政局
                title: 项目支出绩效目标申报表
                """.replace("@FILE@", file));
        assertThat(result.reads()).containsExactly(new SpreadsheetImport.Read(file, 1, 5, new BigDecimal("1859441.00")));
        assertThat(result.written()).extracting(SpreadsheetImport.WrittenFile::file).containsExactly(
                "src/disclosure/projects/01-she-qu-yang-lao-fu-wu-bu-tie.yaml", "src/disclosure/declaration.yaml");
        // Every value line points back at its cell: C7 for funds.total (line 12), the merged B15 for both level-1s.
        Map<Integer, CellAt> cells = result.written().get(0).sources();
        assertThat(cells.get(12)).hasToString(file + ":项目1!C7");
        assertThat(cells.get(13)).hasToString(file + ":项目1!C8");
        assertThat(cells.get(26)).hasToString(file + ":项目1!B15");
        assertThat(cells.get(31)).hasToString(file + ":项目1!B15");
        assertThat(cells.get(32)).hasToString(file + ":项目1!C15");
    }

    @ParameterizedTest
    @EnumSource(Book.Format.class)
    void theWrittenContentPassesTheCheckWithTranslationsAsWarnings(Book.Format format) throws IOException {
        Path source;
        try (Book book = communityCareForm(format)) {
            source = book.save(project.resolve("data"), "book");
        }
        importInto(project, source);
        ContentFixture content = ContentFixture.copyOf(project.resolve("src/disclosure"), project.resolve("checked"))
                .translations(TranslationPolicy.WARN);
        // Only English is missing: the built-in glossary gives it to the standard terms (其他经常性项目, 提高, the levels…).
        String projectFile = "src/disclosure/projects/01-she-qu-yang-lao-fu-wu-bu-tie.yaml";
        assertThat(content.check()).containsExactly(
                "src/disclosure/declaration.yaml:4:7: warning: unit (预算单位) has no English: \"松江区民政局\"; write it as"
                        + " {zh: ..., en: ...} [translation]",
                projectFile + ":4:7: warning: name (项目名称) has no English: \"社区养老服务补贴\"; write it as"
                        + " {zh: ..., en: ...} [translation]",
                projectFile + ":7:13: warning: department (主管部门) has no English: \"松江区民政局\"; write it as"
                        + " {zh: ..., en: ...} [translation]",
                projectFile + ":8:14: warning: implementer (实施单位) has no English: \"松江区养老服务中心\"; write it as"
                        + " {zh: ..., en: ...} [translation]",
                projectFile + ":21:12: warning: goals.overall (项目总目标) has no English: \"为全区老人提供助餐、助浴服务，提高生活质量。\";"
                        + " write it as {zh: ..., en: ...} [translation]",
                projectFile + ":22:11: warning: goals.annual (年度总体目标) has no English: \"目标1：助餐服务覆盖全区； 目标2：按时发放补贴…\";"
                        + " write it as {zh: ..., en: ...} [translation]",
                projectFile + ":28:11: warning: indicators.name (三级指标) has no English: \"服务老人人次\"; write it as"
                        + " {zh: ..., en: ...} [translation]",
                projectFile + ":33:11: warning: indicators.name (三级指标) has no English: \"补贴发放户数\"; write it as"
                        + " {zh: ..., en: ...} [translation]",
                projectFile + ":38:11: warning: indicators.name (三级指标) has no English: \"补贴发放及时率\"; write it as"
                        + " {zh: ..., en: ...} [translation]",
                projectFile + ":43:11: warning: indicators.name (三级指标) has no English: \"老人生活质量\"; write it as"
                        + " {zh: ..., en: ...} [translation]",
                projectFile + ":48:11: warning: indicators.name (三级指标) has no English: \"老人满意度\"; write it as"
                        + " {zh: ..., en: ...} [translation]");
    }
}
