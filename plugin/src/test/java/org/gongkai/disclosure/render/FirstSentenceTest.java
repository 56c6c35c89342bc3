package org.gongkai.disclosure.render;

import org.gongkai.disclosure.model.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FirstSentenceTest {

    @Test
    void chineseEndsAtTheFirstFullStop() {
        assertThat(FirstSentence.of("为化解信访矛盾,维护稳定。二是加强管理。", Language.ZH)).isEqualTo("为化解信访矛盾,维护稳定。");
    }

    @Test
    void englishEndsBeforeACapitalButNotAfterAnAbbreviation() {
        assertThat(FirstSentence.of("As Hu Song Fu Ban [2016] No. 49 requires, cases are resolved. Second, funds are paid.",
                Language.EN)).isEqualTo("As Hu Song Fu Ban [2016] No. 49 requires, cases are resolved.");
        assertThat(FirstSentence.of("The U.S. Office of J. Smith pays. Then it ends.", Language.EN))
                .isEqualTo("The U.S. Office of J. Smith pays.");
    }

    @Test
    void aTextWithoutAnEndIsItsFirstParagraph() {
        assertThat(FirstSentence.of("一是帮扶救助\n\n二是配套经费", Language.ZH)).isEqualTo("一是帮扶救助");
        assertThat(FirstSentence.of("Spent on 3.5 million forms", Language.EN)).isEqualTo("Spent on 3.5 million forms");
    }
}
