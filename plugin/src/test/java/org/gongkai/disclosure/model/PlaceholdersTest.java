package org.gongkai.disclosure.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Only {0}…{99} of the pattern are filled; every other brace stays as it is, and arguments are never read. */
class PlaceholdersTest {

    private static String fill(String pattern, Object... args) {
        return Placeholders.fill(pattern, List.of(args), String::valueOf);
    }

    @Test
    void eachPlaceholderIsFilledInPlace() {
        assertThat(fill("{0}年度 {1} 项目，共{2}个", 2024, "松江", 7))
                .isEqualTo("2024年度 松江 项目，共7个");
        assertThat(fill("{1}{0}{1}", "a", "b")).isEqualTo("bab");
        assertThat(fill("{10}", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, "ten")).isEqualTo("ten");
    }

    @Test
    void bracesThatAreNoPlaceholderStayAsTheyAre() {
        assertThat(fill("", "x")).isEmpty();
        assertThat(fill("no placeholder", "x")).isEqualTo("no placeholder");
        assertThat(fill("{", "x")).isEqualTo("{");
        assertThat(fill("}{0}{", "x")).isEqualTo("}x{");
        assertThat(fill("{{0}}", "x")).isEqualTo("{x}");
        assertThat(fill("{} {x} {0 } {123} {0", "x")).isEqualTo("{} {x} {0 } {123} {0");
    }

    @Test
    void aPlaceholderBeyondTheArgumentsIsDroppedAndAnArgumentIsNotReadForPlaceholders() {
        assertThat(fill("a{3}b", "x")).isEqualTo("ab");
        assertThat(fill("Name: {0}", "Name {1} here", "no")).isEqualTo("Name: Name {1} here");
    }
}
