package org.gongkai.disclosure.check;

import java.util.List;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.DepartmentDraft;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.ProjectResult;

/** Runs every rule over a declaration, its department's form and its projects. Immutable and thread-safe. */
public final class Checker {

    private final List<ProjectRule> projectRules;
    private final List<DeclarationRule> declarationRules;
    private final List<DepartmentRule> departmentRules;
    /** The project rules that check an indicator table: they check the department's table too. */
    private final List<IndicatorRule> indicatorRules;
    private final List<ResultRule> resultRules;

    public Checker(List<ProjectRule> projectRules, List<DeclarationRule> declarationRules) {
        this(projectRules, declarationRules, List.of(), List.of());
    }

    public Checker(List<ProjectRule> projectRules, List<DeclarationRule> declarationRules,
            List<DepartmentRule> departmentRules, List<ResultRule> resultRules) {
        this.projectRules = List.copyOf(projectRules);
        this.declarationRules = List.copyOf(declarationRules);
        this.departmentRules = List.copyOf(departmentRules);
        this.resultRules = List.copyOf(resultRules);
        this.indicatorRules = projectRules.stream().filter(IndicatorRule.class::isInstance)
                .map(IndicatorRule.class::cast).toList();
    }

    /** All of Gongkai's rules. */
    public static Checker standard() {
        TranslationRule translation = new TranslationRule();
        return new Checker(
                List.of(new FundsSumRule(), new AnnualFundsSumRule(), new AnnualWithinTotalRule(),
                        new FundSourcesSumRule(), new BudgetItemsSumRule(), new RecipientsSumRule(), new WeightsRule(),
                        new DateOrderRule(), new Level1KnownRule(), new Level2ParentRule(), translation,
                        new BudgetYearRule(), new DatesInYearRule(), new PercentOver100Rule(), new IndicatorCoverageRule(),
                        new StatedKindRule(), new DirectionRule(), new TemplatePlaceholderRule(),
                        new RateWithoutUnitRule()),
                List.of(new UniqueIdsRule(), new DeclaredTotalRule(), new DeclaredCountRule(), translation),
                List.of(new DepartmentFundsSumRule(), new DepartmentShareRule(), new DepartmentBalanceRule(),
                        new PreviousYearsRule(), new TaskFundsSumRule(), new TasksWithinExpenditureRule(), translation),
                List.of(new ResultIndicatorRule(), new ResultPointsRule(), new ScoreRangeRule(), new TotalScoreRule(),
                        new BudgetOverrunRule(), new ResultTranslationRule(), new ResultMissingRule(),
                        new ActualUnitRule(), new ScoreJudgementRule(), new BudgetScoreRule()));
    }

    /**
     * Checks a self-evaluation against the project it evaluates (null when no project has its id); thread-safe.
     */
    public void checkResult(ProjectResult result, ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        for (ResultRule rule : resultRules) {
            rule.check(result, project, context, sink);
        }
    }

    /** Checks one project on its own; thread-safe. Add it to the declaration's tally in order separately. */
    public void checkProject(ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        for (ProjectRule rule : projectRules) {
            rule.check(project, context, sink);
        }
    }

    /**
     * Checks a department's form: its own rules, then its indicator table by the same rules as a project's (levels,
     * weights, targets).
     */
    public void checkDepartment(DepartmentDraft department, CheckContext context, DiagnosticSink sink) {
        for (DepartmentRule rule : departmentRules) {
            rule.check(department, context, sink);
        }
        for (IndicatorRule rule : indicatorRules) {
            rule.check(department.table(), context, sink);
        }
    }

    /** Checks what the declaration states against the tally of all its projects. */
    public void checkDeclaration(CheckContext context, ProjectTally tally, DiagnosticSink sink) {
        for (DeclarationRule rule : declarationRules) {
            rule.check(context, tally, sink);
        }
    }

    /** What the rules of one declaration need: the declaration (null when unreadable) and its glossary. */
    public static CheckContext contextFor(Declaration declaration, Glossary glossary, TranslationPolicy translations) {
        return new CheckContext(declaration, declaration == null ? null : declaration.framework(), glossary, translations);
    }
}
