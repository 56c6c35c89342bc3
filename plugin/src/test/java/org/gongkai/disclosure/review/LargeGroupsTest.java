package org.gongkai.disclosure.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.gongkai.disclosure.diag.MessageCatalog;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.SourcePosition;
import org.gongkai.disclosure.model.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A template copied by thousands of projects: every one is reported with the exact count of the others, in its unit
 * and elsewhere, the same project of another year left out. (How long it takes is measured in bench/review.sh; the
 * timeout only guards against a hang.)
 */
class LargeGroupsTest {

    private static final IndicatorSet TEMPLATE = new IndicatorSet(42L, 7L, 4);

    private static ReviewedDeclaration declaration(String unit, String folder, int projects) {
        ReviewedDeclaration declaration = new ReviewedDeclaration(folder, null, unit, projects);
        for (int i = 1; i <= projects; i++) {
            String file = "src/disclosure/" + folder + "/projects/" + String.format("%03d", i) + ".yaml";
            declaration.add(new ReviewedProject(file, "p" + i, new Text("项目" + i, null, null), 10, 4,
                    new BigDecimal("60000.00"), new IndicatorSet(i, 0, 10), TEMPLATE, new SourcePosition(file, 22, 3),
                    List.of()));
        }
        return declaration;
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyCopyOfATemplateIsCountedExactlyInItsUnitAndElsewhere() {
        List<ReviewedDeclaration> declarations = new ArrayList<>();
        declarations.add(declaration("甲单位", "a-2023", 100));
        declarations.add(declaration("甲单位", "a-2024", 100));
        for (int unit = 1; unit <= 28; unit++) {
            declarations.add(declaration("单位" + unit, "u" + unit + "-2024", 100));
        }
        new Reviewer(ReviewSettings.defaults()).compare(declarations);
        MessageCatalog en = MessageCatalog.of(Language.EN);
        ReviewedProject first = declarations.get(1).projects().get(0);
        assertThat(first.findings()).extracting(f -> f.rule() + ": " + en.format(f.reason())).containsExactly(
                "copied-across-units: the project's 4 measurable targets (names and figures) are the same as those of 项目1 "
                        + "(u1-2024/projects/001.yaml), 项目2 (u1-2024/projects/002.yaml), 项目3 (u1-2024/projects/003.yaml) "
                        + "and 2797 more, of another unit; were they set for this project?",
                "copied-indicators: the project's 4 measurable targets (names and figures) are the same as those of 项目2 "
                        + "(a-2023/projects/002.yaml), 项目3 (a-2023/projects/003.yaml), 项目4 (a-2023/projects/004.yaml) and "
                        + "195 more; were they set for this project?");
        ReviewedProject elsewhere = declarations.get(29).projects().get(99);
        assertThat(elsewhere.findings()).extracting(f -> en.format(f.reason())).containsExactly(
                "the project's 4 measurable targets (names and figures) are the same as those of 项目1 "
                        + "(a-2023/projects/001.yaml), 项目2 (a-2023/projects/002.yaml), 项目3 (a-2023/projects/003.yaml) "
                        + "and 2897 more, of another unit; were they set for this project?",
                "the project's 4 measurable targets (names and figures) are the same as those of 项目1 (001.yaml), 项目2 "
                        + "(002.yaml), 项目3 (003.yaml) and 96 more; were they set for this project?");
        long findings = declarations.stream().flatMap(d -> d.projects().stream()).mapToLong(p -> p.findings().size()).sum();
        assertThat(findings).isEqualTo(2 * 3000);
    }
}
