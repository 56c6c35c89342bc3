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

    /** The unit's summary table as Sichuan prints it: project cells merged over its indicators, ≥ | 95 | % apart. */
    static Book schoolSummary(Book.Format format) {
        return new Book(format).sheet("汇总表")
                .set("A1", "2024年部门预算项目绩效目标申报表").merge("A1:L1")
                .set("A2", "单位名称：永德县明朗中学").set("L2", "金额单位：元")
                .row(3, "项目名称", "项目编码", "年度资金", null, null, "年度绩效目标", "一级指标", "二级指标", "三级指标",
                        "年度指标值")
                .merge("A3:A4").merge("B3:B4").merge("C3:E3").merge("F3:F4").merge("G3:G4").merge("H3:H4")
                .merge("I3:I4").merge("J3:L3")
                .row(4, null, null, "合计", "财政拨款", "其他资金", null, null, null, null, "指标性质", "指标值", "度量单位")
                .row(5, "义务教育营养改善计划专项资金", "5309232022000001", 387664.62, "387,664.62", "—",
                        "确保每一个学生都能享受到国家政策福利,改善学生体质", "产出指标", "数量指标", "学生受资助人数", "≧", 735, "人次")
                .row(6, null, null, null, null, null, null, null, "质量指标", "营养改善计划覆盖率", "≧", 100, "%")
                .row(7, null, null, null, null, null, null, null, "成本指标", "生均补助标准达标率", "═", 100, "%")
                .row(8, null, null, null, null, null, null, "满意度指标", "服务对象满意度指标", "学生满意度", "≧", 95, "%")
                .merge("A5:A8").merge("B5:B8").merge("C5:C8").merge("D5:D8").merge("E5:E8").merge("F5:F8").merge("G5:G7")
                .row(9, "校园安全保卫经费", null, "12.5万元", 120000.0, 5000.0, "全年校园安全无重大事故", "产出指标", "时效指标",
                        "巡查完成时间", null, "2024年12月底前")
                .row(10, null, null, null, null, null, null, "效益指标", "社会效益指标", "校园安全事故", "定性", "减少")
                .merge("A9:A10").merge("C9:C10").merge("D9:D10").merge("E9:E10").merge("F9:F10")
                .row(11, "合计", null, 512664.62);
    }

    @ParameterizedTest
    @EnumSource(Book.Format.class)
    void aSummaryTableGivesAProjectForEachMergedProjectCell(Book.Format format) throws IOException {
        Path source;
        try (Book book = schoolSummary(format)) {
            source = book.save(project, "summary");
        }
        SpreadsheetImport.Result result = importInto(project, source);
        assertThat(problems(result)).isEmpty();
        String file = "summary" + format.extension;
        assertThat(read("projects/01-yi-wu-jiao-yu-ying-yang-gai-shan-ji-hua-zhuan-xiang-zi-jin.yaml")).isEqualTo("""
                # 由 disclosure:import 从 @FILE@:汇总表!A5 导入；中文照原表，英文尚待补充
                # Imported by disclosure:import from @FILE@:汇总表!A5; the Chinese as filed, the English still to be added
                id: yi-wu-jiao-yu-ying-yang-gai-shan-ji-hua-zhuan-xiang-zi-jin
                name: 义务教育营养改善计划专项资金
                code: "5309232022000001"
                annual-funds:
                  total: 387664.62
                  appropriation: 387664.62
                  other: 0.00
                goals:
                  annual: 确保每一个学生都能享受到国家政策福利,改善学生体质
                indicators:
                  - level1: 产出指标
                    level2: 数量指标
                    name: 学生受资助人数
                    target: ≧735人次
                  - level1: 产出指标
                    level2: 质量指标
                    name: 营养改善计划覆盖率
                    target: ≧100%
                  - level1: 产出指标
                    level2: 成本指标
                    name: 生均补助标准达标率
                    target: "=100%"
                  - level1: 满意度指标
                    level2: 服务对象满意度指标
                    name: 学生满意度
                    target: ≧95%
                """.replace("@FILE@", file));
        assertThat(read("projects/02-xiao-yuan-an-quan-bao-wei-jing-fei.yaml")).isEqualTo("""
                # 由 disclosure:import 从 @FILE@:汇总表!A9 导入；中文照原表，英文尚待补充
                # Imported by disclosure:import from @FILE@:汇总表!A9; the Chinese as filed, the English still to be added
                id: xiao-yuan-an-quan-bao-wei-jing-fei
                name: 校园安全保卫经费
                annual-funds:
                  total: 125000.00
                  appropriation: 120000.00
                  other: 5000.00
                goals:
                  annual: 全年校园安全无重大事故
                indicators:
                  - level1: 产出指标
                    level2: 时效指标
                    name: 巡查完成时间
                    target: "2024年12月底前"
                  - level1: 效益指标
                    level2: 社会效益指标
                    name: 校园安全事故
                    target: 减少
                    kind: 定性
                """.replace("@FILE@", file));
        assertThat(read("declaration.yaml")).isEqualTo("""
                # 由 disclosure:import 从 @FILE@ 导入：预算年度、单位和标题照表中所写
                # Imported by disclosure:import from @FILE@: the fiscal year, unit and title as the sheets state them
                fiscal-year: 2024
                unit: 永德县明朗中学
                title: 部门预算项目绩效目标申报表
                """.replace("@FILE@", file));
        assertThat(result.reads()).containsExactly(new SpreadsheetImport.Read(file, 2, 6, new BigDecimal("512664.62")));
    }

    /** Two forms one below the other, as 金寨 prints them: a value after the label's colon, a blank line, notes. */
    @ParameterizedTest
    @EnumSource(Book.Format.class)
    void formsOneBelowAnotherAreProjectsEachAndTheSameNameGetsASuffix(Book.Format format) throws IOException {
        Path source;
        try (Book book = new Book(format).sheet("项目")) {
            book.set("A1", "(2023年度)")
                    .row(2, "项目名称", "物业管理")
                    .row(3, "主管部门", "县财政局", "实施单位", "安徽金寨经济开发区管理委员会")
                    .row(4, "项目资金(万元)", "年度资金总额：1125")
                    .row(5, null, "其中：财政拨款", 1125)
                    .row(6, null, "其他资金")
                    .row(7, "年度目标", "目标1：维护辖区各安置小区安全巡逻、环境卫生及物业日常管理")
                    .row(8, "绩效指标", "一级指标", "二级指标", "三级指标", "指标值")
                    .row(9, null, "产出指标", "数量指标", "指标1：安置小区物业费", "8个")
                    .row(10, null, null, "成本指标", "指标1：项目总成本(≤**万元)", "≤1125万元")
                    .row(11, null, "满意度指标", "服务对象满意度指标", "指标1：小区居民满意度(≥**%)", "≥90%")
                    .set("A12", "注: 1.“其他资金”是指与财政拨款共同用于同一项目的单位自有资金、社会资金等。").merge("A12:E12")
                    .set("A14", "(2023年度)")
                    .row(15, "项目名称", "物业管理")
                    .row(16, "主管部门", "县财政局")
                    .row(17, "年度资金总额（万元）", "30.5")
                    .row(18, "计划开始日期", "2023年1月1日", "计划完成日期", "2023.12")
                    .row(19, "年度目标", "保障新建小区物业")
                    .row(20, "一级指标", "二级指标", "三级指标", "指标值", "分值")
                    .row(21, "产出指标", "数量指标", "新建小区数", "3个", "50分")
                    .row(22, "满意度指标", "服务对象满意度指标", "居民满意度", null, 40)
                    .number("D22", 0.9, "0.00%");
            source = book.save(project, "jinzhai");
        }
        SpreadsheetImport.Result result = importInto(project, source);
        assertThat(problems(result)).isEmpty();
        String file = "jinzhai" + format.extension;
        assertThat(read("projects/01-wu-ye-guan-li.yaml")).isEqualTo("""
                # 由 disclosure:import 从 @FILE@:项目!A2 导入；中文照原表，英文尚待补充
                # Imported by disclosure:import from @FILE@:项目!A2; the Chinese as filed, the English still to be added
                id: wu-ye-guan-li
                name: 物业管理
                department: 县财政局
                implementer: 安徽金寨经济开发区管理委员会
                annual-funds:
                  total: 11250000.00
                  appropriation: 11250000.00
                goals:
                  annual: 目标1：维护辖区各安置小区安全巡逻、环境卫生及物业日常管理
                indicators:
                  - level1: 产出指标
                    level2: 数量指标
                    name: 指标1：安置小区物业费
                    target: "8个"
                  - level1: 产出指标
                    level2: 成本指标
                    name: 指标1：项目总成本(≤**万元)
                    target: ≤1125万元
                  - level1: 满意度指标
                    level2: 服务对象满意度指标
                    name: 指标1：小区居民满意度(≥**%)
                    target: ≥90%
                """.replace("@FILE@", file));
        assertThat(read("projects/02-wu-ye-guan-li-2.yaml")).isEqualTo("""
                # 由 disclosure:import 从 @FILE@:项目!A15 导入；中文照原表，英文尚待补充
                # Imported by disclosure:import from @FILE@:项目!A15; the Chinese as filed, the English still to be added
                id: wu-ye-guan-li-2
                name: 物业管理
                department: 县财政局
                start: 2023-01-01
                end: 2023-12
                annual-funds:
                  total: 305000.00
                goals:
                  annual: 保障新建小区物业
                indicators:
                  - level1: 产出指标
                    level2: 数量指标
                    name: 新建小区数
                    target: "3个"
                    weight: 50
                  - level1: 满意度指标
                    level2: 服务对象满意度指标
                    name: 居民满意度
                    target: "90.00%"
                    weight: 40
                """.replace("@FILE@", file));
        assertThat(read("declaration.yaml")).isEqualTo("""
                # 由 disclosure:import 从 @FILE@ 导入：预算年度、单位和标题照表中所写
                # Imported by disclosure:import from @FILE@: the fiscal year, unit and title as the sheets state them
                fiscal-year: 2023
                unit: 县财政局
                title: 项目支出绩效目标申报表
                """.replace("@FILE@", file));
    }

    /** A minimal form in yuan whose 年度资金总额 cell is {@code total}, with {@code more} written on top. */
    static Book minimalForm(Book.Format format, Object total, java.util.function.Consumer<Book> more) {
        Book book = new Book(format).sheet("Sheet1");
        book.row(1, "2024年度项目支出绩效目标申报表")
                .row(2, "项目名称", "办公设备购置", "主管部门", "松江区教育局")
                .row(3, "年度资金总额", total)
                .row(4, "年度目标", "保障办公")
                .row(5, "一级指标", "二级指标", "三级指标", "指标值")
                .row(6, "产出指标", "数量指标", "购置台数", "=13台");
        more.accept(book);
        return book;
    }

    private SpreadsheetImport.Result importForm(Book.Format format, Object total, java.util.function.Consumer<Book> more)
            throws IOException {
        Path source;
        try (Book book = minimalForm(format, total, more)) {
            source = book.save(project, "book");
        }
        return importInto(project, source);
    }

    private String annualTotal() throws IOException {
        return read("projects/01-ban-gong-she-bei-gou-zhi.yaml").lines().filter(l -> l.startsWith("  total: "))
                .findFirst().orElseThrow().substring("  total: ".length());
    }

    @ParameterizedTest
    @EnumSource(Book.Format.class)
    void anAmountIsTheDecimalTheCellShowsNeverItsBinaryFloat(Book.Format format) throws IOException {
        // 1859441.0000001 is what a sum of floats leaves; Excel shows 1859441, and so it is 1,859,441.00 yuan.
        assertThat(importForm(format, 1859441.0000001, b -> { }).errors()).isZero();
        assertThat(annualTotal()).isEqualTo("1859441.00");
    }

    @ParameterizedTest
    @EnumSource(Book.Format.class)
    void aFractionOfFloatsIsTheFenItShows(Book.Format format) throws IOException {
        assertThat(importForm(format, 0.1 + 0.2, b -> { }).errors()).isZero();
        assertThat(annualTotal()).isEqualTo("0.30");
    }

    @ParameterizedTest
    @EnumSource(Book.Format.class)
    void anAmountInASheetOfWanYuanIsScaledExactly(Book.Format format) throws IOException {
        assertThat(importForm(format, 185.9441, b -> b.set("D1", "单位：万元")).errors()).isZero();
        assertThat(annualTotal()).isEqualTo("1859441.00");
    }

    @ParameterizedTest
    @EnumSource(Book.Format.class)
    void amountsWrittenAsTextAreReadAsTheFormatReadsThem(Book.Format format) throws IOException {
        assertThat(importForm(format, "1,859,441.00", b -> { }).errors()).isZero();
        assertThat(annualTotal()).isEqualTo("1859441.00");
        Files.delete(project.resolve("src/disclosure/projects/01-ban-gong-she-bei-gou-zhi.yaml"));
        // A unit in the text wins over the sheet's.
        assertThat(importForm(format, "185.9441万元", b -> b.set("D1", "金额单位：元")).errors()).isZero();
        assertThat(annualTotal()).isEqualTo("1859441.00");
    }

    @ParameterizedTest
    @EnumSource(Book.Format.class)
    void anAmountFinerThanTheFenAfterScalingIsRefusedAtItsCell(Book.Format format) throws IOException {
        SpreadsheetImport.Result result = importForm(format, 185.9441111, b -> b.set("D1", "金额单位：万元"));
        assertThat(problems(result)).containsExactly("book" + format.extension + ":Sheet1!B3: error: 年度资金总额:"
                + " \"185.9441111万元\" is 1859441.111 yuan: more than two decimals of a yuan (finer than the fen) [import-amount]");
        assertThat(result.written()).isEmpty();
        assertThat(project.resolve("src/disclosure")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(Book.Format.class)
    void everyUnreadableCellIsReportedAtItsAddressAndNothingIsWritten(Book.Format format) throws IOException {
        SpreadsheetImport.Result result = importForm(format, 1.23456789012E11, b -> b
                .row(7, "产出指标", "数量指标", "维修次数", null).formula("D7", "1/0")
                .row(8, "计划开始日期", "2024-02-30", "计划完成日期", "明年")
                .row(9, "项目资金总额", "一百万"));
        String file = "book" + format.extension;
        assertThat(problems(result)).containsExactly(
                file + ":Sheet1!B3: error: 年度资金总额 shows 1.23457E+11, in scientific notation; format the cell as a number"
                        + " with two decimals (0.00) so that it shows every digit [import-amount]",
                file + ":Sheet1!D7: error: 指标值 shows the error #DIV/0!; fix the formula, or type the value [import-cell]",
                file + ":Sheet1!B8: error: 计划开始日期 \"2024-02-30\" is not a date; type it as 2024-01-01, 2024年1月1日 or"
                        + " 2024.01, or format the cell as a date [import-date]",
                file + ":Sheet1!D8: error: 计划完成日期 \"明年\" is not a date; type it as 2024-01-01, 2024年1月1日 or 2024.01,"
                        + " or format the cell as a date [import-date]",
                file + ":Sheet1!B9: error: 项目资金总额: \"一百万\" is not an amount; write yuan as 1859441.00,"
                        + " \"1,859,441.00\", \"1859441.00元\" or \"185.9441万元\" [import-amount]");
        assertThat(result.written()).isEmpty();
        assertThat(project.resolve("src/disclosure")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(Book.Format.class)
    void datesAreReadAsSerialNumbersDatesOrTextAtThePrecisionShown(Book.Format format) throws IOException {
        assertThat(problems(importForm(format, 1000, b -> b
                .row(7, "计划开始日期", 45292, "计划完成日期", null).number("D7", 45382, "yyyy\"年\"m\"月\"")))).isEmpty();
        assertThat(read("projects/01-ban-gong-she-bei-gou-zhi.yaml")).contains("start: 2024-01-01\nend: 2024-03\n");
        Files.delete(project.resolve("src/disclosure/projects/01-ban-gong-she-bei-gou-zhi.yaml"));
        assertThat(problems(importForm(format, 1000, b -> b.row(7, "项目起止时间", "2023.07-2024.01")))).isEmpty();
        assertThat(read("projects/01-ban-gong-she-bei-gou-zhi.yaml")).contains("start: 2023-07\nend: 2024-01\n");
        Files.delete(project.resolve("src/disclosure/projects/01-ban-gong-she-bei-gou-zhi.yaml"));
        assertThat(problems(importForm(format, 1000, b -> b.row(7, "开始时间", "2024/1/1", "结束时间", "2024年")))).isEmpty();
        assertThat(read("projects/01-ban-gong-she-bei-gou-zhi.yaml")).contains("start: 2024-01-01\nend: 2024\n");
    }

    @ParameterizedTest
    @EnumSource(Book.Format.class)
    void aSummaryHeadingInTheTopRowAloneIsFoundAsWellAsAMergedOne(Book.Format format) throws IOException {
        Path source;
        try (Book book = new Book(format).sheet("Sheet1")) {
            book.row(1, "2024年部门预算项目绩效目标申报表")
                    .row(2, "预算单位：县文旅局")
                    .row(3, "项目名称", "年度资金（万元）", null, "年度目标", "一级指标", "二级指标", "三级指标", "年度指标值")
                    .merge("B3:C3")
                    .row(4, null, "合计", "财政拨款", null, null, null, null, "指标值")
                    .row(5, "博物馆免费开放", 12.5, 12.5, "全年免费开放", "产出指标", "数量指标", "开放天数", "≥300天");
            source = book.save(project, "top");
        }
        SpreadsheetImport.Result result = importInto(project, source);
        assertThat(problems(result)).isEmpty();
        assertThat(read("projects/01-bo-wu-guan-mian-fei-kai-fang.yaml")).endsWith("""
                name: 博物馆免费开放
                annual-funds:
                  total: 125000.00
                  appropriation: 125000.00
                goals:
                  annual: 全年免费开放
                indicators:
                  - level1: 产出指标
                    level2: 数量指标
                    name: 开放天数
                    target: ≥300天
                """);
        assertThat(read("declaration.yaml")).endsWith("unit: 县文旅局\ntitle: 部门预算项目绩效目标申报表\n");
    }

    /** Texts that YAML would read as something else unquoted come back exactly as the cell shows them. */
    @ParameterizedTest
    @EnumSource(Book.Format.class)
    void everyTextReadsBackAsTheCellShowsIt(Book.Format format) throws IOException {
        List<String> texts = List.of("- 列表开头", "#井号开头", "键: 值", "注释 #之后", "true", "null", "~", "123", "2024-01-01",
                "{花括号}", "[方括号]", "%百分号", "@符号", "`反引号", "=等号", "|竖线", ">大于", "!感叹", "&和", "*星号", "?问号",
                "'单引号'", "\"双引号\"与\\反斜杠", "结尾冒号:", "第一行\n  第二行缩进\n\n第四行", "行尾空格  \n下一行",
                "制表\t符", "第一行\n", "\u4E00\u2028分隔", "中文，逗号, and comma");
        Path source;
        try (Book book = new Book(format).sheet("Sheet1")) {
            book.row(1, "2024年度项目支出绩效目标申报表")
                    .row(2, "项目名称", "文字", "主管部门", "县文旅局")
                    .row(3, "年度资金总额", 100)
                    .row(4, "年度目标", "保障")
                    .row(5, "一级指标", "二级指标", "三级指标", "指标值");
            for (int i = 0; i < texts.size(); i++) {
                book.row(6 + i, "产出指标", "数量指标", texts.get(i), "提高");
            }
            source = book.save(project, "texts");
        }
        assertThat(problems(importInto(project, source))).isEmpty();
        ContentFixture content = ContentFixture.copyOf(project.resolve("src/disclosure"), project.resolve("read"))
                .translations(TranslationPolicy.WARN);
        assertThat(content.check()).noneMatch(d -> d.contains("error"));
        // Grid strips the ends of a cell, as a reader sees it: 第一行\n is 第一行.
        assertThat(content.load().projects().get(0).indicators()).extracting(i -> i.name().zh())
                .containsExactlyElementsOf(texts.stream().map(String::strip).toList());
    }
}
