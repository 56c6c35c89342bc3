package org.gongkai.disclosure.load;

import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.disclosure.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.disclosure.testing.ContentFixture.DEPARTMENT;

/** {@code department.yaml} read as the form's fields read, every mistake located, nothing lost. */
class DepartmentReaderTest {

    private static final String FILE = "src/disclosure/department.yaml";

    @TempDir
    Path project;

    private ContentFixture content() {
        return ContentFixture.department(project);
    }

    @Test
    void aDepartmentFormIsReadWhole() {
        var loaded = content().load();
        var department = loaded.department().validated().orElseThrow();
        assertThat(department.income().total().yuan()).isEqualByComparingTo("9681918.00");
        assertThat(department.expenditure().items()).extracting(i -> i.name().zh(), i -> i.amount().yuan().toPlainString(),
                i -> i.share().written()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("基本支出", "7242318.00", "74.8%"),
                        org.assertj.core.groups.Tuple.tuple("项目支出", "2439600.00", "25.2%"));
        assertThat(department.previousYears()).extracting(y -> y.year()).containsExactly(2022, 2023);
        assertThat(department.previousYears().get(1).expenditure()).isNull();
        assertThat(department.tasks()).extracting(t -> t.name().en(), t -> t.other() == null ? null
                : t.other().yuan().toPlainString()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Civil air defence", "200000.00"),
                        org.assertj.core.groups.Tuple.tuple("Running the office", null));
        assertThat(department.indicators()).hasSize(6);
        assertThat(department.goals().en()).isEqualTo("Keep the office running and finish the year's main work on time.");
        assertThat(loaded.drafts()).isEmpty();
    }

    @Test
    void aFieldTypedInChineseOrMisspeltIsNamed() {
        var content = content().replace(DEPARTMENT, "duties:", "部门职能概述:")
                .replace(DEPARTMENT, "\nexpenditure:\n", "\nexpenditures:\n");
        assertThat(content.check()).containsExactly(
                FILE + ":1:1: error: unknown key \"部门职能概述\"; did you mean duties (部门职能概述)? [unknown-key]",
                FILE + ":15:1: error: unknown key \"expenditures\"; did you mean expenditure (支出构成)? [unknown-key]");
    }

    @Test
    void aShareIsAPercentageFromZeroToAHundred() {
        var content = content().replace(DEPARTMENT, "share: 92.98%", "share: 192.98%")
                .replace(DEPARTMENT, "share: 7.02%", "share: 七%");
        assertThat(content.check()).containsExactly(
                FILE + ":13:47: error: income.items.share (收入构成·占比) should be a share in per cent from 0 to 100, "
                        + "e.g. 88.3%, but is \"192.98%\" [value-kind]",
                FILE + ":14:41: error: income.items.share (收入构成·占比) should be a share in per cent from 0 to 100, "
                        + "e.g. 88.3%, but is \"七%\" [value-kind]");
    }

    @Test
    void mistakesInsideTheYearsBeforeAndTheTasksAreLocated() {
        var content = content().replace(DEPARTMENT, "  - year: 2023", "  - year: 2023年")
                .replace(DEPARTMENT, "{name: 基本支出, amount: 700万元}", "{name: 基本支出, amont: 700万元}")
                .replace(DEPARTMENT, "    amount: 120万元\n", "    amount: 一百二十万元\n");
        assertThat(content.check()).containsExactly(
                FILE + ":29:24: error: unknown key \"previous-years.expenditure.items.amont\"; did you mean "
                        + "previous-years.expenditure.items.amount (近两年收支金额·支出构成·金额)? [unknown-key]",
                FILE + ":31:11: error: previous-years.year (年度) should be a whole number, but is \"2023年\" [value-kind]",
                FILE + ":40:13: error: tasks.amount (预算金额): \"一百二十万元\" is not an amount; write yuan as 1859441.00, "
                        + "\"1,859,441.00\", \"1859441.00元\" or \"185.9441万元\" [amount-format]");
    }

    @Test
    void aFormThatIsNotAMappingOrHasAListWhereItemsGoIsReported() {
        var list = content().write(DEPARTMENT, "- 部门职能概述\n");
        assertThat(list.check()).containsExactly(
                FILE + ":1:1: error: " + FILE + " must hold keys with values (a YAML mapping) [value-kind]");
        var items = content().replace(DEPARTMENT, "  items:\n    - {name: 基本支出, amount: 724.2318万元, share: 74.8%}\n"
                + "    - {name: 项目支出, amount: 243.96万元, share: 25.2%}\n", "  items: 基本支出\n");
        assertThat(items.check()).containsExactly(FILE + ":17:10: error: expenditure.items (支出构成·构成) should be a list, "
                + "but is a text [value-kind]");
    }

    @Test
    void aDepartmentFormLinkedFromOutsideTheContentIsNotRead() throws Exception {
        var content = content();
        Path outside = Files.writeString(project.resolve("elsewhere.yaml"), ContentFixture.resource(
                "fixtures/department/department.yaml"));
        Files.delete(content.file(DEPARTMENT));
        Files.createSymbolicLink(content.file(DEPARTMENT), outside);
        assertThat(content.check()).containsExactly(
                "src/disclosure:1:1: error: there are no project files (*.yaml) in projects/ and no department.yaml "
                        + "(部门整体支出绩效目标申报表); a declaration has projects, a department-wide form, or both "
                        + "[required-key]",
                FILE + ":1:1: error: this file is a symbolic link to " + outside.toRealPath() + ", outside the content "
                        + "folder; Gongkai reads only files inside it. Copy the file into the content folder instead "
                        + "[link-out]");
    }

    @Test
    void anEmptyProjectsFolderBesideADepartmentFormIsNoError() throws Exception {
        var content = content();
        Files.createDirectories(content.file("projects"));
        assertThat(content.check()).isEmpty();
        Files.delete(content.file(DEPARTMENT));
        assertThat(content.check()).containsExactly("src/disclosure:1:1: error: there are no project files (*.yaml) in "
                + "projects/ and no department.yaml (部门整体支出绩效目标申报表); a declaration has projects, a department-wide "
                + "form, or both [required-key]");
    }

    @Test
    void aDepartmentFormBesideProjectsIsReadWithThem() {
        var content = content().write(ContentFixture.PROJECT, ContentFixture.resource("fixtures/minimal/projects/01-sample.yaml"));
        var loaded = content.load();
        assertThat(loaded.drafts()).hasSize(1);
        assertThat(loaded.department().validated()).isPresent();
        assertThat(content.check()).isEmpty();
    }
}
