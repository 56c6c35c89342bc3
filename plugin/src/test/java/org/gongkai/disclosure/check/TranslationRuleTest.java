package org.gongkai.disclosure.check;

import java.nio.file.Path;

import org.gongkai.disclosure.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.disclosure.testing.ContentFixture.DECLARATION;
import static org.gongkai.disclosure.testing.ContentFixture.PROJECT;

/** Every text a reader of English sees has English: given, from the glossary, or with no Chinese in it. */
class TranslationRuleTest {

    private static final String FILE = "src/disclosure/projects/01-sample.yaml";

    @TempDir
    Path project;

    private ContentFixture untranslated() {
        return ContentFixture.minimal(project)
                .replace(PROJECT, "name: {zh: 样例项目, en: Sample project}", "name: 样例项目")
                .replace(PROJECT, "nature: 其他经常性项目", "nature: 试点项目")
                .replace(PROJECT, "target: 良好}", "target: 较上年提高}")
                .replace(PROJECT, "≥100(人次)", "≥100(平方公里)");
    }

    @Test
    void textsTermsTargetsAndUnitsWithoutEnglishAreErrors() {
        assertThat(untranslated().check()).containsExactly(
                FILE + ":2:7: error: name (项目名称) has no English: \"样例项目\"; write it as {zh: ..., en: ...} "
                        + "[translation]",
                FILE + ":3:9: error: nature (项目性质) \"试点项目\" is not in the glossary, so its English is unknown; "
                        + "write {zh: 试点项目, en: ...} or add it to glossary.yaml [translation]",
                FILE + ":22:80: error: the target \"较上年提高\" is not in the glossary, so its English is unknown; "
                        + "write {zh: 较上年提高, en: ...} or add it to glossary.yaml [translation]",
                FILE + ":23:80: error: the unit \"平方公里\" of target \"≥100(平方公里)\" is not in the glossary; write "
                        + "the target as {zh: ..., en: ...} or add the unit to glossary.yaml [translation]");
    }

    @Test
    void withTheWarnPolicyMissingEnglishIsAWarning() {
        var report = untranslated().translations(TranslationPolicy.WARN).report();
        assertThat(report.errors()).isZero();
        assertThat(report.warnings()).isEqualTo(4);
    }

    @Test
    void aSiteWithoutEnglishNeedsNoTranslations() {
        var content = untranslated().replace(DECLARATION, "fiscal-year: 2024", "fiscal-year: 2024\nlanguages: [zh]");
        assertThat(content.check()).isEmpty();
    }

    @Test
    void theSiteGlossaryProvidesEnglishForItsTermsAndUnits() {
        var content = untranslated().write("glossary.yaml", """
                terms:
                  样例项目: Sample project
                  试点项目: Pilot project
                  较上年提高: better than last year
                units:
                  平方公里: {en: km²}
                """);
        assertThat(content.check()).isEmpty();
    }

    @Test
    void textsWithoutChineseReadTheSameInEnglish() {
        var content = ContentFixture.minimal(project)
                .replace(PROJECT, "name: {zh: 样例项目, en: Sample project}", "name: G60 Portal")
                .replace(PROJECT, "target: 良好}", "target: 2023.07-2024.01}");
        assertThat(content.check()).isEmpty();
    }

    @Test
    void theDeclarationsOwnTextsNeedEnglishToo() {
        var content = ContentFixture.minimal(project).replace(DECLARATION, "unit: {zh: 样例局, en: Sample Bureau}", "unit: 样例局");
        assertThat(content.check()).containsExactly("src/disclosure/declaration.yaml:2:7: error: unit (预算单位) has no "
                + "English: \"样例局\"; write it as {zh: ..., en: ...} [translation]");
    }
}
