package org.gongkai.disclosure.data;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Comparator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.load.BuiltInVocabulary;
import org.gongkai.disclosure.model.Money;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.SiteFixture;

import static org.assertj.core.api.Assertions.assertThat;

/** A department's form in {@code disclosure.json}: every part, amounts as exact decimal strings, read back whole. */
class DepartmentJsonTest {

    @TempDir
    Path project;

    @Test
    void theDepartmentsFormReadsBackAsTheSameModelAndTheSameBytes() throws Exception {
        ContentFixture content = ContentFixture.department(project);
        SiteFixture site = new SiteFixture(content).generated();
        byte[] json = site.tree().get("data/disclosure.json");
        var published = new DisclosureJsonReader(BuiltInVocabulary.get().frameworks()).read(json);
        var department = content.load().department().validated().orElseThrow();
        assertThat(published.department()).usingRecursiveComparison()
                // Source positions and the file are not published.
                .ignoringFieldsMatchingRegexes("(.*\\.)?at", ".*At")
                .ignoringFields("file")
                .withComparatorForType(Comparator.comparing(Money::yuan), Money.class)
                .isEqualTo(department);
        assertThat(published.department().expenditure().items().get(0).amount().yuan())
                .isEqualTo(new BigDecimal("7242318.00"));
        assertThat(published.department().expenditure().items().get(0).share().percent()).isEqualTo(new BigDecimal("74.8"));
        assertThat(published.projects()).isEmpty();
        assertThat(DisclosureJson.declaration(published.declaration(), published.department(), published.projects()))
                .isEqualTo(json);
    }

    @Test
    void aDeclarationWithoutADepartmentReadsBackWithout() throws Exception {
        SiteFixture site = new SiteFixture(ContentFixture.minimal(project)).generated();
        var published = new DisclosureJsonReader(BuiltInVocabulary.get().frameworks())
                .read(site.tree().get("data/disclosure.json"));
        assertThat(published.department()).isNull();
    }
}
