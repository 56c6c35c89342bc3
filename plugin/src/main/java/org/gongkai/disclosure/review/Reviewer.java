package org.gongkai.disclosure.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Framework;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.Text;

/**
 * Runs the review's rules: each project on its own as it is read ({@link #review}, from any thread), then, once every
 * project is in, the comparisons between projects ({@link #compare}). Immutable and thread-safe.
 */
public final class Reviewer {

    private final ReviewSettings settings;
    /**
     * One copy of each subject (an indicator's or a level's name in both languages): a city's hundreds of thousands of
     * findings name the same few thousand indicators, and each project's own copy would be kept to the end.
     */
    private final Map<Text, Text> subjects = new ConcurrentHashMap<>();

    public Reviewer(ReviewSettings settings) {
        this.settings = settings;
    }

    public ReviewSettings settings() {
        return settings;
    }

    /**
     * Reviews one project on its own.
     *
     * @param declaration the project's declaration, or null when it could not be read
     * @param framework the framework in force, or null when none could be found
     * @param checked the check's diagnostics of the project's file
     */
    public ReviewedProject review(ProjectDraft project, Declaration declaration, Framework framework,
            List<Diagnostic> checked) {
        ProjectContext context = new ProjectContext(declaration, framework, checked);
        List<Finding> findings = new ArrayList<>();
        for (ReviewRule rule : ReviewRules.ALL) {
            RuleSettings applied = settings.of(rule);
            if (rule instanceof ProjectReviewRule projectRule && applied.enabled()) {
                projectRule.review(project, context, applied, finding -> findings.add(shared(finding)));
            }
        }
        int measurable = (int) project.indicators().stream().filter(Indicator::isMeasurable).count();
        boolean complete = project.indicatorsComplete() && !project.indicators().isEmpty();
        IndicatorSet set = complete ? IndicatorSet.of(project.indicators(), project.recipients()) : null;
        IndicatorSet measured = complete ? IndicatorSet.measured(project.indicators(), project.recipients()) : null;
        var annual = project.annualFunds() == null || project.annualFunds().total() == null ? null
                : project.annualFunds().total().yuan();
        return new ReviewedProject(project.file(), project.id(), project.name(), project.indicators().size(), measurable,
                annual, set, measured, project.indicatorsAt() != null ? project.indicatorsAt()
                        : org.gongkai.disclosure.model.SourcePosition.startOf(project.file()), findings);
    }

    private Finding shared(Finding finding) {
        if (finding.subject() == null) {
            return finding;
        }
        Text subject = finding.subject();
        Text one = subjects.computeIfAbsent(new Text(subject.zh(), subject.en(), null), text -> text);
        return new Finding(finding.rule(), finding.category(), finding.severity(), one, finding.at(), finding.reason());
    }

    /** Compares the projects with each other, then puts every project's findings in reading order. */
    public void compare(List<ReviewedDeclaration> declarations) {
        for (ReviewRule rule : ReviewRules.ALL) {
            RuleSettings applied = settings.of(rule);
            if (rule instanceof ContentReviewRule contentRule && applied.enabled()) {
                contentRule.review(declarations, applied);
            }
        }
        for (ReviewedDeclaration declaration : declarations) {
            declaration.projects().forEach(ReviewedProject::sortFindings);
        }
    }
}
