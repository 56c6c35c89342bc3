package org.gongkai.disclosure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Which texts count as Chinese: the quick test of each character gives what the full one gives. */
class ScriptsTest {

    @Test
    void noCharacterBeforeTheFirstChineseOneIsChinese() {
        for (int codePoint = 0; codePoint < Scripts.FIRST_CHINESE; codePoint++) {
            assertThat(Scripts.isChinese(codePoint)).as("U+%04X", codePoint).isFalse();
        }
        assertThat(Scripts.isChinese(Scripts.FIRST_CHINESE)).isTrue(); // ⺀, the first CJK radical
    }

    @Test
    void chineseCharactersAndPunctuationMarkATextAsChineseAndNothingElseDoes() {
        assertThat(Scripts.containsChinese("Petition funds 2024")).isFalse();
        assertThat(Scripts.containsChinese("")).isFalse();
        assertThat(Scripts.containsChinese("Funds 经费")).isTrue();
        assertThat(Scripts.containsChinese("Funds，")).isTrue(); // a full-width comma
        assertThat(Scripts.containsChinese("≥85.00(％)")).isFalse(); // the full-width percent sign is everyone's
        assertThat(Scripts.containsChinese("\uD840\uDC00")).isTrue(); // U+20000, beyond the basic plane
        assertThat(Scripts.containsChinese("\uD840")).isFalse(); // half a pair is no character
    }

    @Test
    void aTextIsChineseWhenAnyOfItsCharactersIs() {
        Random random = new Random(3);
        int[] pool = {'a', 'Z', ' ', 'é', 0x2E7F, 0x2E80, 0x3000, 0x3001, 0x4E00, 0xFF05, 0xFF0C, 0x20000, 0x1F600};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            boolean chinese = false;
            for (int n = random.nextInt(6); n > 0; n--) {
                int codePoint = random.nextBoolean() ? pool[random.nextInt(pool.length)] : random.nextInt(0x30000);
                if (Character.isSurrogate((char) codePoint) && codePoint < 0x10000) {
                    continue;
                }
                text.appendCodePoint(codePoint);
                chinese |= Scripts.isChinese(codePoint);
            }
            assertThat(Scripts.containsChinese(text.toString())).as(text.toString()).isEqualTo(chinese);
        }
    }
}
