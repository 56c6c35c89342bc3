package org.gongkai.disclosure.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.gongkai.disclosure.model.Text;

/** What changed in a project, and in a declaration, from one fiscal year to the next. */
class ProjectChangesTest {

    private static IndicatorBrief indicator(String level2, String name, String target) {
        String level1 = level2.startsWith("满意") ? "满意度指标" : "产出指标";
        return new IndicatorBrief(new Text(level1, null, null), new Text(level2, null, null), new Text(name, null, null),
                target, null, target.matches(".*[0-9].*"));
    }

    private static ProjectBrief project(String id, String annual, IndicatorBrief... indicators) {
        return new ProjectBrief(id, new Text("项目" + id, "Project " + id, null), new BigDecimal(annual),
                List.of(indicators));
    }

    @Test
    void fundsIndicatorsAddedAndRemovedAndTargetsChangedAreEachNamed() {
        ProjectBrief before = project("a", "850000.00", indicator("数量指标", "约谈次数", "=96.00(次)"),
                indicator("质量指标", "化解率", "提高"), indicator("服务对象满意度指标", "满意度", "≥85%"));
        ProjectBrief after = project("a", "900000.00", indicator("数量指标", "约谈次数", "=96.00(次)"),
                indicator("服务对象满意度指标", "满意度", "≥90%"), indicator("时效指标", "办结及时率", "=100.00(%)"));

        ProjectChanges changes = ProjectChanges.between(before, after);

        assertThat(changes.difference()).isEqualByComparingTo("50000.00");
        assertThat(changes.difference().toPlainString()).isEqualTo("50000.00");
        assertThat(changes.percent().toPlainString()).isEqualTo("5.9");
        assertThat(changes.added()).extracting(i -> i.name().zh()).containsExactly("办结及时率");
        assertThat(changes.removed()).extracting(i -> i.name().zh()).containsExactly("化解率");
        assertThat(changes.targets()).extracting(t -> t.after().name().zh() + ": " + t.before().target() + " → "
                + t.after().target()).containsExactly("满意度: ≥85% → ≥90%");
        assertThat(changes.kept()).isEqualTo(2);
        assertThat(changes.sameIndicators()).isFalse();
        assertThat(changes.unchanged()).isFalse();
    }

    @Test
    void theSameIndicatorsWithTheSameTargetsAndFundsAreUnchanged() {
        ProjectBrief before = project("a", "100.00", indicator("数量指标", "次数", "=1(次)"));
        ProjectChanges changes = ProjectChanges.between(before, project("a", "100.00", indicator("数量指标", "次数", "=1(次)")));
        assertThat(changes.sameIndicators()).isTrue();
        assertThat(changes.targets()).isEmpty();
        assertThat(changes.unchanged()).isTrue();
        assertThat(changes.percent().toPlainString()).isEqualTo("0.0");
    }

    @Test
    void anIndicatorFiledTwiceIsMatchedInItsOrderAndNoPercentageIsGivenOfNothing() {
        ProjectBrief before = project("a", "0.00", indicator("数量指标", "次数", "=1(次)"));
        ProjectBrief after = project("a", "10.00", indicator("数量指标", "次数", "=1(次)"), indicator("数量指标", "次数", "=2(次)"));
        ProjectChanges changes = ProjectChanges.between(before, after);
        assertThat(changes.added()).extracting(IndicatorBrief::target).containsExactly("=2(次)");
        assertThat(changes.targets()).isEmpty();
        assertThat(changes.percent()).isNull();
    }

    @Test
    void aDeclarationAgainstLastYearsCountsAndListsTheProjectsNewAndGone() {
        Map<String, ProjectBrief> last = new LinkedHashMap<>();
        last.put("a", project("a", "100.00"));
        last.put("b", project("b", "200.00"));
        last.put("c", project("c", "300.00"));
        List<ProjectBrief> now = List.of(project("a", "100.00"), project("c", "350.00"), project("d", "50.00"));

        DeclarationChanges changes = DeclarationChanges.between(2023, "xfb-2023", last, now);

        assertThat(changes.previousTotal().toPlainString()).isEqualTo("600.00");
        assertThat(changes.total().toPlainString()).isEqualTo("500.00");
        assertThat(changes.difference().toPlainString()).isEqualTo("-100.00");
        assertThat(changes.percent().toPlainString()).isEqualTo("-16.7");
        assertThat(changes.added()).extracting(ProjectBrief::id).containsExactly("d");
        assertThat(changes.removed()).extracting(ProjectBrief::id).containsExactly("b");
        assertThat(changes.continued()).isEqualTo(2);
        assertThat(changes.changed()).isEqualTo(1);
    }
}
