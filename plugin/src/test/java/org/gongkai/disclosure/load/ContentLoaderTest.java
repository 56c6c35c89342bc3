package org.gongkai.disclosure.load;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Operator;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.disclosure.testing.ContentFixture.DECLARATION;
import static org.gongkai.disclosure.testing.ContentFixture.PROJECT;

/** Reading a content folder into the model: keys, value kinds, and what each value must look like. */
class ContentLoaderTest {

    private static final String FILE = "src/disclosure/projects/01-sample.yaml";

    @TempDir
    Path project;

    private ContentFixture content() {
        return ContentFixture.minimal(project);
    }

    @Test
    void readsTheModelExactly() {
        var loaded = content().load();
        var sample = loaded.projects().get(0);
        assertThat(sample.id()).isEqualTo("sample");
        assertThat(sample.funds().total().yuan()).isEqualTo(new BigDecimal("100000.00"));
        assertThat(sample.nature().en()).isEqualTo("Other recurrent project");
        assertThat(sample.indicators()).hasSize(4);
        assertThat(sample.indicators().get(0).level1().en()).isEqualTo("Cost indicators");
        Target trained = sample.indicators().get(1).target();
        assertThat(trained.kind()).isEqualTo(Target.Kind.NUMERIC);
        assertThat(trained.operator()).isEqualTo(Operator.GE);
        assertThat(trained.value()).isEqualTo(new BigDecimal("100"));
        assertThat(trained.unit().en()).isEqualTo("person-times");
        assertThat(sample.indicators().get(0).target().written().en()).isEqualTo("good");
        assertThat(loaded.declaration().languages()).containsExactly(Language.ZH, Language.EN);
        assertThat(loaded.declaration().declared().total().yuan()).isEqualTo(new BigDecimal("60000.00"));
    }

    @Test
    void unknownKeysAreReportedWithDidYouMeanForTyposUnderscoresAndChineseFieldNames() {
        var content = content()
                .replace(PROJECT, "annual-funds:", "annual_funds:")
                .replace(PROJECT, "name: {zh: 样例项目", "项目名称: {zh: 样例项目")
                .replace(PROJECT, "  fiscal: 80000.00", "  fiscl: 80000.00")
                .replace(PROJECT, "end: 2024-12-31", "end: 2024-12-31\nremark: x");
        assertThat(content.check()).containsExactly(
                FILE + ":2:1: error: unknown key \"项目名称\"; did you mean name (项目名称)? [unknown-key]",
                FILE + ":9:1: error: unknown key \"remark\"; the keys allowed here are: id, name, code, nature, "
                        + "category, department, implementer, start, end, funds, annual-funds, sections, budget-items, "
                        + "recipients, goals, weighting, indicators, draft [unknown-key]",
                FILE + ":12:3: error: unknown key \"funds.fiscl\"; did you mean funds.fiscal (其中：财政资金)? [unknown-key]",
                FILE + ":14:1: error: unknown key \"annual_funds\"; did you mean annual-funds (年度资金)? [unknown-key]");
    }

    @Test
    void missingAndEmptyRequiredKeysAreReported() {
        var content = content().replace(PROJECT, "id: sample\n", "")
                .replace(PROJECT, "name: {zh: 样例项目, en: Sample project}", "name:");
        assertThat(content.check()).containsExactly(
                FILE + ":1:1: error: id (项目标识) is missing [required-key]",
                FILE + ":1:6: error: name (项目名称) has no value [required-key]");
    }

    @Test
    void valuesOfTheWrongKindAreReported() {
        var content = content()
                .replace(PROJECT, "nature: 其他经常性项目", "nature: yes")
                .replace(PROJECT, "goals:\n  overall", "goals: [1]\nx-goals:\n  overall");
        assertThat(content.check()).startsWith(
                FILE + ":3:9: error: nature (项目性质) should be a text, but YAML reads \"yes\" as true/false; put it in "
                        + "quotes [value-kind]",
                FILE + ":18:8: error: goals (项目绩效目标) should be a mapping (keys with values), but is a list "
                        + "[value-kind]");
    }

    @Test
    void idsMustBeSafeInWebAddresses() {
        assertThat(content().replace(PROJECT, "id: sample", "id: Sample_Project").check()).containsExactly(
                FILE + ":1:5: error: id (项目标识) \"Sample_Project\" may only contain a-z, 0-9 and single hyphens (it is "
                        + "used in web addresses); did you mean \"sample-project\"? [id-format]");
        assertThat(ContentFixture.minimal(project.resolve("b")).replace(PROJECT, "id: sample", "id: ../../etc").check())
                .singleElement().asString().contains("\"../../etc\" may only contain a-z");
        assertThat(ContentFixture.minimal(project.resolve("c")).replace(PROJECT, "id: sample", "id: 样例").check())
                .singleElement().asString().contains("use pinyin or English");
        assertThat(ContentFixture.minimal(project.resolve("d")).replace(PROJECT, "id: sample", "id: " + "a".repeat(65)).check())
                .singleElement().asString().contains("is 65 characters long; an id may have at most 64");
    }

    @Test
    void amountsMustBeExactAsciiNonNegativeAndAtMostToTheFen() {
        var content = content()
                .replace(PROJECT, "fiscal: 80000.00", "fiscal: \"８００００\"")
                .replace(PROJECT, "other: 20000.00", "other: -20000.00")
                .replace(PROJECT, "appropriation: 50000.00", "appropriation: 50000.001")
                .replace(PROJECT, "carryover: 10000.00", "carryover: \"1,00,00\"");
        assertThat(content.check()).containsExactly(
                FILE + ":11:11: error: funds.fiscal (其中：财政资金): \"８００００\" contains full-width digits or "
                        + "punctuation; type amounts with ASCII digits, e.g. 1859441.00 [amount-format]",
                FILE + ":12:10: error: funds.other (其他资金): \"-20000.00\" is negative; amounts of funds cannot be "
                        + "negative [amount-format]",
                FILE + ":15:18: error: annual-funds.appropriation (其中：当年财政拨款): \"50000.001\" is 50000.001 yuan: "
                        + "more than two decimals of a yuan (finer than the fen) [amount-format]",
                FILE + ":16:14: error: annual-funds.carryover (上年结转资金): \"1,00,00\" is not grouped correctly; write "
                        + "1859441.00 or 1,859,441.00 [amount-format]");
    }

    @Test
    void datesMustExistAndBeWrittenAsIso() {
        var content = content().replace(PROJECT, "start: 2024-01-01", "start: 2024-02-30")
                .replace(PROJECT, "end: 2024-12-31", "end: 2024年12月31日");
        assertThat(content.check()).containsExactly(
                FILE + ":7:8: error: start (计划开始日期) \"2024-02-30\" is not a date: February 2024 has 29 days "
                        + "[date-format]",
                FILE + ":8:6: error: end (计划完成日期) \"2024年12月31日\" is not a date in the form YYYY-MM-DD (or YYYY-MM, or YYYY where the form gives only a month or a year); write it as "
                        + "2024-12-31 [date-format]");
        assertThat(ContentFixture.minimal(project.resolve("b")).replace(PROJECT, "end: 2024-12-31", "end: 2024-13-01")
                .check()).containsExactly(FILE + ":8:6: error: end (计划完成日期) \"2024-13-01\" is not a date: there is no "
                        + "month 13 [date-format]");
    }

    @Test
    void languagesAndFrameworkAreChecked() {
        var content = content().replace(DECLARATION, "fiscal-year: 2024",
                "fiscal-year: 2024\nlanguages: [en, fr]\nframework: cn-mof-2030");
        assertThat(content.check()).containsExactly(
                "src/disclosure/declaration.yaml:2:17: error: unknown language \"fr\"; the site can be published in zh "
                        + "and en [value-kind]",
                "src/disclosure/declaration.yaml:3:12: error: unknown indicator framework \"cn-mof-2030\"; known "
                        + "frameworks: cn-mof-2021, cn-mof-2015 [framework]");
    }

    @Test
    void englishFirstMakesEnglishTheDefaultLanguageButChineseIsRequired() {
        var english = content().replace(DECLARATION, "fiscal-year: 2024", "fiscal-year: 2024\nlanguages: [en, zh]");
        assertThat(english.load().declaration().defaultLanguage()).isEqualTo(Language.EN);
        var noChinese = ContentFixture.minimal(project.resolve("b"))
                .replace(DECLARATION, "fiscal-year: 2024", "fiscal-year: 2024\nlanguages: [en]");
        assertThat(noChinese.check()).containsExactly("src/disclosure/declaration.yaml:2:12: error: the languages must "
                + "include zh: the declaration is filed in Chinese [value-kind]");
    }

    @Test
    void aContentFolderWithoutDeclarationOrProjectsSaysSo() throws Exception {
        var content = content();
        Files.delete(content.file(DECLARATION));
        Files.delete(content.file(PROJECT));
        assertThat(content.check()).containsExactly(
                "src/disclosure:1:1: error: there is no declaration.yaml in the content folder [required-key]",
                "src/disclosure:1:1: error: there are no project files (*.yaml) in projects/ and no department.yaml (部门整体支出绩效目标申报表); a declaration has projects, a department-wide form, or both [required-key]");
    }

    @Test
    void projectsAreReadInFileNameOrder() {
        var content = content();
        String sample = content.read(PROJECT);
        content.write("projects/03-c.yaml", sample.replace("id: sample", "id: c"))
                .write("projects/02-b.yaml", sample.replace("id: sample", "id: b"))
                .write("projects/10-d.yml", sample.replace("id: sample", "id: d"))
                .write("projects/notes.txt", "not a project");
        assertThat(content.load().projects()).extracting(p -> p.id()).containsExactly("sample", "b", "c", "d");
    }
}
