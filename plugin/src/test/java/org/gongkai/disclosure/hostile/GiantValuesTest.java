package org.gongkai.disclosure.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.disclosure.testing.ContentFixture.PROJECT;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.gongkai.disclosure.testing.ContentFixture;

/**
 * Values far longer than any real one, within the file size limit: each is refused by its length before a pattern or
 * {@link java.math.BigDecimal} reads it. (Before, 60,000 digits as an amount took a minute and a "1" with 1,900,000
 * zeros never finished; the timeout only keeps such a regression from hanging the build, it measures nothing.)
 */
class GiantValuesTest {

    private static final String FILE = "src/disclosure/projects/01-sample.yaml";

    @TempDir
    Path project;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "60,000 ones then x as an amount|  total: 100000.00|  total: {1x60000}x|"
                    + "10:10: error: funds.total (项目资金总额): the amount is 60001 characters long; an amount is written in at most 40 [amount-format]",
            "a one and 1,900,000 zeros as an amount|  total: 100000.00|  total: 1{0x1900000}|"
                    + "10:10: error: funds.total (项目资金总额): the amount is 1900001 characters long; an amount is written in at most 40 [amount-format]",
            "a million digits as a weight|target: 良好}|target: 良好, weight: {1x1000000}}|"
                    + "22:92: error: indicators.weight (权重) is 1000000 characters long, more than any real value of its kind (32 at most); is this the right value? [value-too-long]",
            "a million digits as a target|target: 良好}|target: \"≥{1x1000000}%\"}|"
                    + "22:80: error: indicators.target (年度指标值) is 1000002 characters long, more than any real value of its kind (200 at most); is this the right value? [value-too-long]",
            "a million hyphens as a date|start: 2024-01-01|start: 2024{-x1000000}01|"
                    + "7:8: error: start (计划开始日期) is 1000006 characters long, more than any real value of its kind (32 at most); is this the right value? [value-too-long]"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aGiantValueIsRefusedByItsLength(String name, String from, String to, String expected) {
        ContentFixture content = ContentFixture.minimal(project).replace(PROJECT, from, expand(to));
        assertThat(content.check()).containsExactly(FILE + ":" + expected);
    }

    /** {@code {cxN}} stands for the character c repeated N times. */
    private static String expand(String text) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(.)x(\\d+)}").matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start()).append(m.group(1).repeat(Integer.parseInt(m.group(2))));
            last = m.end();
        }
        return out.append(text.substring(last)).toString();
    }
}
