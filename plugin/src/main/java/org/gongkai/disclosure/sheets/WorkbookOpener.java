package org.gongkai.disclosure.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Opens a workbook for reading only, after making sure it is one: no larger than any real filing, a spreadsheet by its
 * first bytes (not its name), not protected by a password, not a zip bomb, and with no more sheets than any real one.
 * Every refusal is a located problem in the budget officer's terms; POI's own exceptions never reach the user.
 */
final class WorkbookOpener {

    /** A workbook of this size or more is refused: a unit's whole summary table of thousands of projects is a few MB. */
    static final long MAX_BYTES = 50L * 1024 * 1024;
    static final int MAX_SHEETS = 500;
    /** Per sheet: a summary table of 10,000 projects of ten indicators each. */
    static final int MAX_ROWS = 100_000;
    /** Per workbook, counting the cells a file holds (styled blanks too) and those its merges cover. */
    static final long MAX_CELLS = 2_000_000;
    /** No part of an .xlsx may expand to more than this (POI's default is 4 GB), nor expand 100 times its size. */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    static final double MIN_INFLATE_RATIO = 0.01;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

    static {
        // POI keeps these limits in static fields; set here, before any workbook is opened, so that they are ours.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(1000);
    }

    /** An open workbook and how its cells are shown. */
    record Opened(Workbook workbook, DataFormatter formatter) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }

    private WorkbookOpener() {
    }

    /** The workbook, or null after adding why it cannot be read to {@code problems}. */
    static Opened open(Path file, String display, List<SheetProblem> problems) throws IOException {
        CellAt at = CellAt.file(display);
        long size = Files.size(file);
        if (size >= MAX_BYTES) {
            problems.add(SheetProblem.error("import-file", at, "import.tooLarge", megabytes(size), megabytes(MAX_BYTES)));
            return null;
        }
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        boolean ole2 = read == 8 && Arrays.equals(head, OLE2);
        boolean zip = read >= 4 && Arrays.equals(Arrays.copyOf(head, 4), ZIP);
        if (!ole2 && !zip) {
            problems.add(notASpreadsheet(at, head, read));
            return null;
        }
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(file.toFile(), null, true);
        } catch (EncryptedDocumentException e) {
            problems.add(SheetProblem.error("import-file", at, "import.encrypted"));
            return null;
        } catch (OldExcelFormatException e) {
            problems.add(SheetProblem.error("import-file", at, "import.oldExcel"));
            return null;
        } catch (IOException | RuntimeException e) {
            // A file that starts like a workbook but is not a readable one: a damaged file, another document in the
            // same container (a .docx, a .doc), or one built to exhaust memory.
            problems.add(SheetProblem.error("import-file", at, isZipBomb(e) ? "import.zipBomb" : ole2
                    ? "import.notWorkbookOle2" : "import.notWorkbookZip"));
            return null;
        }
        if (workbook.getNumberOfSheets() > MAX_SHEETS) {
            problems.add(SheetProblem.error("import-limit", at, "import.tooManySheets", workbook.getNumberOfSheets(),
                    MAX_SHEETS));
            workbook.close();
            return null;
        }
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        // Formulas show the value Excel last computed, as on screen; nothing is recomputed.
        formatter.setUseCachedValuesForFormulaCells(true);
        return new Opened(workbook, formatter);
    }

    private static SheetProblem notASpreadsheet(CellAt at, byte[] head, int read) {
        String start = new String(head, 0, Math.max(read, 0), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        if (read == 0) {
            return SheetProblem.error("import-file", at, "import.emptyFile");
        }
        if (start.startsWith("<")) {
            return SheetProblem.error("import-file", at, "import.htmlNotSpreadsheet");
        }
        if (start.startsWith("%pdf")) {
            return SheetProblem.error("import-file", at, "import.pdfNotSpreadsheet");
        }
        return SheetProblem.error("import-file", at, "import.notSpreadsheet");
    }

    /** POI reports a zip bomb as a plain IOException, known only by its message. */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("MAX_FILE_COUNT")) {
                return true;
            }
        }
        return false;
    }

    private static String megabytes(long bytes) {
        return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024), 1,
                java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
