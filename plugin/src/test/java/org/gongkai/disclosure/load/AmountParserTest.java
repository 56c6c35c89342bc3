package org.gongkai.disclosure.load;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts read exactly from their text, with the precision the text states. */
class AmountParserTest {

    @ParameterizedTest(name = "{0} is {1} yuan, stated to {2}")
    @CsvSource(delimiter = '|', value = {
        "1859441.00      | 1859441.00 | 0.01",
        "0               | 0.00       | 1",
        "1,859,441.00    | 1859441.00 | 0.01",
        "1 859 441.00    | 1859441.00 | 0.01",
        "1859441.00元    | 1859441.00 | 0.01",
        "185.9441万元    | 1859441.00 | 1",
        "442.45万元      | 4424500.00 | 100",
        "442.45 万元     | 4424500.00 | 100",
        "101.24977万元   | 1012497.70 | 0.1",
        "1.2亿元         | 120000000.00 | 10000000",
        "12千元          | 12000.00   | 1000",
        "1012497.70      | 1012497.70 | 0.01",
    })
    void readsAmountsExactly(String text, String yuan, String resolution) {
        var parsed = AmountParser.parse(text);
        assertThat(parsed).isInstanceOf(Parsed.Ok.class);
        var amount = ((Parsed.Ok<AmountParser.Amount>) parsed).value();
        assertThat(amount.yuan()).isEqualTo(new BigDecimal(yuan));
        assertThat(amount.resolution()).isEqualByComparingTo(new BigDecimal(resolution));
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "-5              | amount.negative",
        "-1,000.00万元   | amount.negative",
        "1859441.001     | amount.tooPrecise",
        "1.2345678万元   | amount.tooPrecise",
        "１８５９４４１  | amount.fullWidth",
        "1，000          | amount.fullWidth",
        "18,59,441       | amount.grouping",
        "1,000 000       | amount.grouping",
        "1e6             | amount.format",
        "0x10            | amount.format",
        "1_000           | amount.format",
        "约10万元        | amount.format",
        "十万元          | amount.format",
    })
    void refusesWhatIsNotAnExactAmount(String text, String problem) {
        var parsed = AmountParser.parse(text);
        assertThat(parsed).isInstanceOf(Parsed.Problem.class);
        assertThat(((Parsed.Problem<?>) parsed).message().key()).isEqualTo(problem);
    }
}
