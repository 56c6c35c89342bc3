package org.gongkai.disclosure.sheets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.disclosure.sheets.SpreadsheetImportTest.importInto;
import static org.gongkai.disclosure.sheets.SpreadsheetImportTest.problems;

/** Files the import refuses before or while opening them, each with one clear message and nothing written. */
class ImportRefusalsTest {

    @TempDir
    Path project;

    private void assertRefused(Path source, String... expected) throws IOException {
        SpreadsheetImport.Result result = importInto(project, source);
        assertThat(problems(result)).containsExactly(expected);
        assertThat(result.written()).isEmpty();
        assertThat(project.resolve("src/disclosure")).doesNotExist();
    }

    private static byte[] xlsx() throws IOException {
        try (Book book = SpreadsheetImportTest.minimalForm(Book.Format.XLSX, 1000, b -> { })) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aFileThatIsNotASpreadsheetIsKnownByItsBytesNotItsName() throws IOException {
        Path pdf = Files.write(project.resolve("申报表.xlsx"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        assertRefused(pdf, "申报表.xlsx: error: this is a PDF, not a spreadsheet; import the workbook the PDF was printed"
                + " from [import-file]");
        Path html = Files.writeString(project.resolve("export.xls"), "<html><table><tr><td>项目名称</td></tr></table>");
        assertRefused(html, "export.xls: error: this is a web page (HTML) saved under a spreadsheet's name, as some"
                + " budget systems export tables; open it in Excel or WPS and save it as .xlsx [import-file]");
        Path csv = Files.writeString(project.resolve("table.xlsx"), "项目名称,年度资金总额\n物业管理,1125\n");
        assertRefused(csv, "table.xlsx: error: this is not a spreadsheet: its first bytes are neither those of an .xlsx"
                + " nor of an .xls, whatever its name; open it in Excel or WPS and save it as .xlsx [import-file]");
        Path empty = Files.write(project.resolve("empty.xlsx"), new byte[0]);
        assertRefused(empty, "empty.xlsx: error: the file is empty; it is not a spreadsheet [import-file]");
    }

    @Test
    void aZipThatIsNoWorkbookIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        Path docx = Files.write(project.resolve("letter.xlsx"), bytes.toByteArray());
        assertRefused(docx, "letter.xlsx: error: the file is a zip container but not an Excel workbook (a Word document,"
                + " an .xlsb, or a damaged file); save it from Excel or WPS as .xlsx [import-file]");
    }

    @Test
    void aWorkbookOfFiftyMegabytesIsRefusedBeforeItIsOpened() throws IOException {
        Path large = project.resolve("large.xlsx");
        Files.write(large, xlsx());
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        assertRefused(large, "large.xlsx: error: the file is 50.0 MB; a workbook must be smaller than 50.0 MB (a unit's"
                + " summary table of thousands of projects takes a few MB); split it, or remove pictures and unused sheets"
                + " [import-file]");
    }

    @Test
    void aWorkbookWithAPasswordIsRefused() throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("mima2024");
        Path locked = project.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(xlsx());
            }
            try (OutputStream file = Files.newOutputStream(locked)) {
                fs.writeFilesystem(file);
            }
        }
        String message = "error: the workbook is protected by a password; open it in Excel or WPS, remove the password"
                + " (File, Info, Protect Workbook) and save it again [import-file]";
        assertRefused(locked, "locked.xlsx: " + message);

        Path lockedXls;
        Biff8EncryptionKey.setCurrentUserPassword("mima2024");
        try (Book book = SpreadsheetImportTest.minimalForm(Book.Format.XLS, 1000, b -> { })) {
            lockedXls = book.save(project, "locked");
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertRefused(lockedXls, "locked.xls: " + message);
    }

    /** A real workbook whose sheet is padded with a megabyte of blanks a thousand times over: tiny, and huge inside. */
    @Test
    void aZipBombIsRefusedByPoisLimitsAsSetHere() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx()));
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    for (int i = 0; i < 1000; i++) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(data);
                }
            }
        }
        assertThat(bomb.size()).isLessThan(2 * 1024 * 1024);
        Path file = Files.write(project.resolve("bomb.xlsx"), bomb.toByteArray());
        assertRefused(file, "bomb.xlsx: error: the workbook would expand to far more than its size (more than 100 times,"
                + " or a part of more than 100 MB), as no real filing does; it is refused as a zip bomb. Open it in Excel or"
                + " WPS and save it again, or ask who sent it [import-file]");
        assertThat(WorkbookOpener.MIN_INFLATE_RATIO).isEqualTo(org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio());
        assertThat(WorkbookOpener.MAX_ENTRY_BYTES).isEqualTo(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize());
    }

    @Test
    void aSheetOfMoreRowsThanAnyFilingIsRefused() throws IOException {
        Path source;
        try (Book book = SpreadsheetImportTest.minimalForm(Book.Format.XLSX, 1000, b -> b.set("A100001", "末行"))) {
            source = book.save(project, "long");
        }
        assertRefused(source, "long.xlsx:Sheet1: error: the sheet has 100001 rows; at most 100000 are read on a sheet;"
                + " split the table over several sheets [import-limit]");
    }

    @Test
    void aWorkbookWithoutAFormNamesTheLabelsItLookedFor() throws IOException {
        Path source;
        try (Book book = new Book(Book.Format.XLSX).sheet("说明")) {
            book.row(1, "填表说明").row(2, "请按要求填写");
            source = book.save(project, "notes");
        }
        assertRefused(source, "notes.xlsx: error: no performance-target form was found in this workbook: looked for the"
                + " labels 项目名称, 年度资金总额 with an indicator table headed 一级指标, 二级指标, 三级指标, 指标值, or a summary"
                + " table with 项目名称 among those headings [import-layout]");
    }

    @Test
    void aSheetWithoutAFormBesideOnesWithFormsIsPassedOverWithAWarning() throws IOException {
        Path source;
        try (Book book = SpreadsheetImportTest.minimalForm(Book.Format.XLSX, 1000, b -> { })) {
            book.sheet("填表说明").row(1, "金额单位为元");
            source = book.save(project, "book");
        }
        SpreadsheetImport.Result result = importInto(project, source);
        assertThat(problems(result)).containsExactly("book.xlsx:填表说明: warning: this sheet holds no form (no label 项目名称,"
                + " no indicator table headed 一级指标, 二级指标, 三级指标, 指标值) and is passed over [import-layout]");
        assertThat(result.projects()).isEqualTo(1);
    }

    @Test
    void aFormMissingWhatTheFormatRequiresNamesTheLabelsItLookedFor() throws IOException {
        Path source;
        try (Book book = new Book(Book.Format.XLS).sheet("Sheet1")) {
            book.row(1, "项目名称", "办公设备购置", "主管部门", "松江区教育局")
                    .row(2, "一级指标", "二级指标", "三级指标", "指标值")
                    .row(3, "产出指标", "数量指标", "购置台数", null)
                    .row(5, "项目名称");
            source = book.save(project, "incomplete");
        }
        assertRefused(source,
                "incomplete.xls:Sheet1!A1: error: the form has no 年度资金总额: looked for the labels 年度资金总额, 年度资金申请总额,"
                        + " 年度预算资金总额, 预算申报数, 年度预算数, 年度资金, with the value to the right or below [import-layout]",
                "incomplete.xls:Sheet1!A1: error: the form has no 年度目标: looked for the labels 项目总目标, 总体目标, 中期目标,"
                        + " 长期目标, 项目中期目标, 绩效总目标, 年度目标, 年度总体目标, 年度绩效目标, 项目年度目标, 年度总目标, with the"
                        + " value to the right or below [import-layout]",
                "incomplete.xls:Sheet1!D3: error: the indicator's 指标值 is blank; fill it in (a merged cell counts for every"
                        + " row it covers) [import-cell]",
                "incomplete.xls:Sheet1!A5: error: the form has no indicator table below this 项目名称: looked for a header row"
                        + " of 一级指标, 二级指标, 三级指标, 指标值 [import-layout]",
                "incomplete.xls: error: no fiscal year was found: looked for a title with the year (2024年度项目支出绩效目标申报表,"
                        + " (2024年度)); give it with -Ddisclosure.year=2024 [import-declaration]");
    }

    @Test
    void aMissingSourceOrAFolderWithoutWorkbooksIsSaidSo() throws IOException {
        assertRefused(project.resolve("nothing.xlsx"), "nothing.xlsx: error: there is no such file or folder; give"
                + " -Ddisclosure.source=path/to/file.xlsx (a .xlsx, a .xls, or a folder of them) [import-file]");
        Path folder = Files.createDirectories(project.resolve("sheets"));
        Files.writeString(folder.resolve("readme.txt"), "x");
        Files.write(folder.resolve("~$book.xlsx"), new byte[] {1, 2});
        assertRefused(folder, "sheets: error: the folder holds no workbook (files ending in .xlsx, .xlsm, .xls, .et)"
                + " [import-file]");
    }

    @Test
    void aWorkbookOfMoreSheetsThanAnyFilingIsRefused() throws IOException {
        Path source;
        try (Book book = SpreadsheetImportTest.minimalForm(Book.Format.XLS, 1000, b -> { })) {
            for (int i = 2; i <= 501; i++) {
                book.sheet("项目" + i);
            }
            source = book.save(project, "many");
        }
        assertRefused(source, "many.xls: error: the workbook has 501 sheets; at most 500 are read (one per project, or one"
                + " summary table) [import-limit]");
    }

    /** One merge over 26 columns of 80,000 rows covers 2,080,000 cells: the bound counts what merges cover, too. */
    @Test
    void aMergeCoveringMoreCellsThanTheBoundIsRefused() throws IOException {
        Path source;
        try (Book book = SpreadsheetImportTest.minimalForm(Book.Format.XLSX, 1000, b -> b.set("Z80000", "末")
                .merge("A7:Z80000"))) {
            source = book.save(project, "merged");
        }
        assertRefused(source, "merged.xlsx:Sheet1: error: the workbook holds more than 2000000 cells (counting the cells"
                + " that merges cover); split it over several workbooks [import-limit]");
    }
}
