package org.gongkai.disclosure.compare;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.write.RecordFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The briefs a declaration leaves for next year's comparison come back as written, and a damaged file is an I/O failure. */
class BriefFileTest {

    @TempDir
    Path dir;

    static List<ProjectBrief> briefs() {
        return List.of(
                new ProjectBrief("p1", new Text("维稳基金", "Stability maintenance fund", null), new BigDecimal("1012345.60"),
                        List.of(new IndicatorBrief(new Text("产出指标", "Output", null), new Text("数量指标", null, null),
                                new Text("化解率", "Resolution rate", null), "≥85.00(%)", "≥ 85.00 %", true),
                                new IndicatorBrief(new Text("效益指标", null, null), new Text("社会效益", null, null),
                                        new Text("群众满意", null, null), "提高", null, false))),
                new ProjectBrief("p2", new Text("编外人员工作经费", null, null), new BigDecimal("0.10"), List.of()),
                // A repeated id keeps the first, as the comparison reads it.
                new ProjectBrief("p1", new Text("重复", null, null), BigDecimal.ONE, List.of()));
    }

    @Test
    void whatIsWrittenIsReadBackByIdInOrderWithItsAmountsInCents() throws IOException {
        Path file = dir.resolve("compare/a.briefs");
        BriefFile.write(file, briefs());
        Map<String, ProjectBrief> read = BriefFile.read(file);
        assertThat(read.keySet()).containsExactly("p1", "p2");
        assertThat(read.get("p1")).isEqualTo(briefs().get(0));
        assertThat(read.get("p2").annualTotal()).isEqualTo(new BigDecimal("0.10"));
        assertThat(read.get("p2").name()).isEqualTo(new Text("编外人员工作经费", null, null));
        assertThat(Files.list(dir.resolve("compare"))).containsExactly(file); // no temporary file left behind
    }

    @Test
    void aFileCutShortAnywhereOrDamagedIsAnIoFailureAndNeverAnotherException() throws IOException {
        Path file = dir.resolve("a.briefs");
        BriefFile.write(file, briefs());
        byte[] whole = Files.readAllBytes(file);
        Path damaged = dir.resolve("damaged.briefs");
        for (int length = 0; length < whole.length; length++) {
            Files.write(damaged, Arrays.copyOf(whole, length));
            assertThatThrownBy(() -> BriefFile.read(damaged)).isInstanceOf(IOException.class);
        }
        Random random = new Random(17);
        for (int i = 0; i < 2_000; i++) {
            byte[] bytes = whole.clone();
            for (int k = 0; k <= random.nextInt(3); k++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            Files.write(damaged, bytes);
            try {
                BriefFile.read(damaged); // a damage that still reads as a whole file of briefs is one
            } catch (IOException expected) {
                // the damage was seen
            }
        }
    }

    @Test
    void aTotalThatIsNotInCentsIsADamagedFile() throws IOException {
        Path file = dir.resolve("odd.briefs");
        try (RecordFile.Writer out = RecordFile.create(file, "gongkai-briefs/2")) {
            out.count(1);
            out.string("p1");
            out.present(false);
            out.decimal(new BigDecimal("1.234"));
            out.count(0);
            out.finish();
        }
        assertThatThrownBy(() -> BriefFile.read(file)).isInstanceOf(IOException.class);
    }

    @Test
    void anEarlierVersionsJsonIsNotAFileOfBriefs() throws IOException {
        Path file = dir.resolve("old.json");
        Files.writeString(file, "{\"format\":\"gongkai-briefs/1\",\"projects\":[]}");
        assertThatThrownBy(() -> BriefFile.read(file)).isInstanceOf(IOException.class);
    }
}
