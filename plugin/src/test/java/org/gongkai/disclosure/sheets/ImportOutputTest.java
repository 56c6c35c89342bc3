package org.gongkai.disclosure.sheets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.disclosure.sheets.SpreadsheetImportTest.importInto;
import static org.gongkai.disclosure.sheets.SpreadsheetImportTest.problems;

/** What the import writes, where, under which names, and what it refuses to touch. */
class ImportOutputTest {

    @TempDir
    Path project;

    private Path content() {
        return project.resolve("src/disclosure");
    }

    private Path form(String name, String projectName, Object total) throws IOException {
        try (Book book = new Book(Book.Format.XLSX).sheet("Sheet1")) {
            book.row(1, "2024年度项目支出绩效目标申报表")
                    .row(2, "项目名称", projectName, "主管部门", "松江区教育局")
                    .row(3, "年度资金总额", total)
                    .row(4, "年度目标", "保障办公")
                    .row(5, "一级指标", "二级指标", "三级指标", "指标值")
                    .row(6, "产出指标", "数量指标", "购置台数", "=13台");
            return book.save(project.resolve("sheets"), name);
        }
    }

    private SpreadsheetImport.Result run(Path source, boolean overwrite) throws IOException {
        return SpreadsheetImport.run(new SpreadsheetImport.Request(project, content(), source, null, null, overwrite));
    }

    private List<String> projectFiles() throws IOException {
        try (Stream<Path> files = Files.list(content().resolve("projects"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFolderIsReadInNameOrderAndItsProjectsNumberedAcrossItsWorkbooks() throws IOException {
        form("2-b", "维修经费", 200);
        form("1-a", "办公设备购置", 100);
        Files.write(project.resolve("sheets/~$1-a.xlsx"), new byte[] {1});
        SpreadsheetImport.Result result = run(project.resolve("sheets"), false);
        assertThat(problems(result)).isEmpty();
        assertThat(result.reads()).extracting(SpreadsheetImport.Read::file).containsExactly("sheets/1-a.xlsx",
                "sheets/2-b.xlsx");
        assertThat(projectFiles()).containsExactly("01-ban-gong-she-bei-gou-zhi.yaml", "02-wei-xiu-jing-fei.yaml");
        assertThat(result.annualTotal()).isEqualByComparingTo("300.00");
    }

    @Test
    void importingTheSameFileAgainGivesTheSameFilesByteForByte() throws IOException {
        Path source = form("book", "物业管理", 1125);
        run(source, false);
        byte[] first = Files.readAllBytes(content().resolve("projects/01-wu-ye-guan-li.yaml"));
        SpreadsheetImport.Result again = run(source, true);
        assertThat(problems(again)).isEmpty();
        assertThat(projectFiles()).containsExactly("01-wu-ye-guan-li.yaml");
        assertThat(Files.readAllBytes(content().resolve("projects/01-wu-ye-guan-li.yaml"))).isEqualTo(first);
        // The declaration was there: it is kept, whatever the sheets say.
        assertThat(again.declaration()).isNull();
    }

    @Test
    void aFileThatExistsIsNeverReplacedWithoutOverwriteAndNothingIsWritten() throws IOException {
        Path source = form("book", "物业管理", 1125);
        run(source, false);
        Files.writeString(content().resolve("projects/01-wu-ye-guan-li.yaml"), "# edited by hand\n");
        SpreadsheetImport.Result again = run(source, false);
        assertThat(problems(again)).containsExactly("src/disclosure/projects/01-wu-ye-guan-li.yaml: error: this file exists"
                + " already, so nothing was written; give -Ddisclosure.overwrite=true to replace the project files"
                + " (declaration.yaml is never replaced) [import-output]");
        assertThat(content().resolve("projects/01-wu-ye-guan-li.yaml")).hasContent("# edited by hand");
    }

    @Test
    void noFileIsWrittenThroughASymbolicLinkEvenWithOverwrite() throws IOException {
        Path source = form("book", "物业管理", 1125);
        Path elsewhere = Files.createDirectories(project.resolve("elsewhere"));
        Files.createDirectories(content());
        Files.createSymbolicLink(content().resolve("projects"), elsewhere);
        SpreadsheetImport.Result result = run(source, true);
        assertThat(problems(result)).containsExactly("src/disclosure/projects: error: this is a symbolic link; the import"
                + " writes through none, so nothing was written [import-output]");
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
        assertThat(content().resolve("declaration.yaml")).doesNotExist();
    }

    @Test
    void aProjectFileThatIsALinkIsNotFollowed() throws IOException {
        Path source = form("book", "物业管理", 1125);
        Path target = Files.writeString(project.resolve("precious.txt"), "keep me");
        Files.createDirectories(content().resolve("projects"));
        Files.createSymbolicLink(content().resolve("projects/01-wu-ye-guan-li.yaml"), target);
        assertThat(problems(run(source, true))).containsExactly("src/disclosure/projects/01-wu-ye-guan-li.yaml: error:"
                + " this is a symbolic link; the import writes through none, so nothing was written [import-output]");
        assertThat(target).hasContent("keep me");
    }

    @Test
    void aContentFolderOutsideTheProjectIsRefused() throws IOException {
        Path source = form("book", "物业管理", 1125);
        Path outside = project.getParent().resolve(project.getFileName() + "-outside");
        SpreadsheetImport.Result result = SpreadsheetImport.run(new SpreadsheetImport.Request(project, outside, source,
                null, null, false));
        assertThat(problems(result)).hasSize(1).first().asString().endsWith("error: the content folder is not inside the"
                + " project folder .; the import writes only inside it [import-output]");
        assertThat(outside).doesNotExist();
    }

    @Test
    void anIdGivenOnTheSheetIsKeptAndOthersAvoidIt() throws IOException {
        try (Book book = new Book(Book.Format.XLS).sheet("一")) {
            book.row(1, "2024年度项目支出绩效目标申报表")
                    .row(2, "项目名称", "物业管理", "项目标识", "wu-ye-guan-li")
                    .row(3, "主管部门", "县财政局", "年度资金总额", 10)
                    .row(4, "年度目标", "保障")
                    .row(5, "一级指标", "二级指标", "三级指标", "指标值")
                    .row(6, "产出指标", "数量指标", "小区数", "=8个")
                    .set("A8", "项目名称").set("B8", "物业 管理")
                    .row(9, "主管部门", "县财政局", "年度资金总额", 20)
                    .row(10, "年度目标", "保障")
                    .row(11, "一级指标", "二级指标", "三级指标", "指标值")
                    .row(12, "产出指标", "数量指标", "小区数", "=2个");
            book.save(project.resolve("sheets"), "ids");
        }
        assertThat(problems(run(project.resolve("sheets/ids.xls"), false))).isEmpty();
        assertThat(projectFiles()).containsExactly("01-wu-ye-guan-li.yaml", "02-wu-ye-guan-li-2.yaml");
    }

    @Test
    void theYearAndUnitGivenOverrideTheSheetsAndSheetsThatDisagreeAreNamed() throws IOException {
        form("a", "办公设备购置", 100);
        try (Book book = new Book(Book.Format.XLSX).sheet("Sheet1")) {
            book.row(1, "2023年度项目支出绩效目标申报表")
                    .row(2, "项目名称", "维修经费", "主管部门", "松江区教育局")
                    .row(3, "年度资金总额", 1)
                    .row(4, "年度目标", "保障")
                    .row(5, "一级指标", "二级指标", "三级指标", "指标值")
                    .row(6, "产出指标", "数量指标", "次数", "=1次");
            book.save(project.resolve("sheets"), "b");
        }
        assertThat(problems(run(project.resolve("sheets"), false))).containsExactly("sheets/b.xlsx:Sheet1!A1: error:"
                + " this sheet states the year 2023, but sheets/a.xlsx:Sheet1!A1 states 2024; import each year on its own,"
                + " or give -Ddisclosure.year=... [import-declaration]");
        SpreadsheetImport.Result given = SpreadsheetImport.run(new SpreadsheetImport.Request(project, content(),
                project.resolve("sheets"), 2024, "松江区教育局(本级)", false));
        assertThat(problems(given)).isEmpty();
        assertThat(content().resolve("declaration.yaml")).content().endsWith("""
                fiscal-year: 2024
                unit: 松江区教育局(本级)
                title: 项目支出绩效目标申报表
                """);
    }

    @Test
    void idsAreThePinyinOfTheNameCutToTheIdRules() {
        assertThat(ProjectIds.base("编外人员工作经费")).isEqualTo("bian-wai-ren-yuan-gong-zuo-jing-fei");
        assertThat(ProjectIds.base("G60科创走廊建设（二期）")).isEqualTo("g60-ke-chuang-zou-lang-jian-she-er-qi");
        assertThat(ProjectIds.base("绿化养护")).isEqualTo("lv-hua-yang-hu");
        assertThat(ProjectIds.base("——")).isEqualTo("project");
        String longName = "上海市松江区人民政府信访办公室编外人员工作经费及第三方专业人员聘用经费";
        String id = ProjectIds.base(longName);
        assertThat(id).hasSizeLessThanOrEqualTo(60).matches("[a-z0-9]+(-[a-z0-9]+)*")
                .isEqualTo("shang-hai-shi-song-jiang-qu-ren-min-zheng-fu-xin-fang-ban");
        ProjectIds ids = new ProjectIds();
        assertThat(List.of(ids.next("物业管理"), ids.next("物业管理"), ids.next("物业管理")))
                .containsExactly("wu-ye-guan-li", "wu-ye-guan-li-2", "wu-ye-guan-li-3");
    }
}
