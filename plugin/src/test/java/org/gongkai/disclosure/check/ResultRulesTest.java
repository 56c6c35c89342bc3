package org.gongkai.disclosure.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.testing.ContentFixture;

/**
 * The rules of the self-evaluations ({@code results/*.yaml}), each with a result that breaks it and one that does not,
 * run through the engine on the small fixture: its project's four indicators weighted 20 + 30 + 20 + 20 = 90, so that
 * the budget-execution rate has the other 10 points.
 */
class ResultRulesTest {

    static final String RESULT = "results/01-sample.yaml";
    private static final String AT = "src/disclosure/" + RESULT;

    /** A result that passes every rule: every figure agrees. */
    static final String GOOD = """
            project: sample
            evaluated: 2025-01-20
            budget:
              initial: 60000.00
              adjusted: 60000.00
              executed: 59000.00
              score: 9.83
            indicators:
              - name: 成本控制
                actual: 良好
                score: 20
              - name: 培训人次
                actual: 120人次
                score: 30
              - name: 知晓率
                actual: 88%
                score: 20
              - name: 满意度
                actual: 91.50%
                score: 20
            total-score: 99.83
            conclusion: {zh: 完成年度目标。, en: The year's goals were met.}
            """;

    static ContentFixture weighted(Path dir) {
        ContentFixture content = ContentFixture.minimal(dir);
        String project = content.read(ContentFixture.PROJECT)
                .replace("target: 良好}", "target: 良好, weight: 20}")
                .replace("target: \"≥100(人次)\"}", "target: \"≥100(人次)\", weight: 30}")
                .replace("target: \"≥85%\"}", "target: \"≥85%\", weight: 20}")
                .replace("target: \"≥90.00(%)\"}", "target: \"≥90.00(%)\", weight: 20}");
        return content.write(ContentFixture.PROJECT, project);
    }

    private static List<String> check(Path dir, String result) {
        return weighted(dir).write(RESULT, result).check();
    }

    @Test
    void aResultWhoseFiguresAgreeGivesNoDiagnostic(@TempDir Path dir) {
        assertThat(check(dir, GOOD)).isEmpty();
    }

    @Test
    void scratch(@TempDir Path dir) {
        System.out.println(String.join("\n", check(dir, GOOD.replace("project: sample", "project: sampel"))));
        System.out.println(String.join("\n", check(dir, GOOD.replace("name: 培训人次", "name: 培训人数").replace("executed: 59000.00", "executed: 61000.00").replace("score: 9.83", "score: 12").replace("actual: 88%", "actual: 88"))));
    }
}
