package org.gongkai.disclosure.check;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.diag.FieldName;
import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.model.BudgetItem;
import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.DepartmentDraft;
import org.gongkai.disclosure.model.DepartmentFunds;
import org.gongkai.disclosure.model.DepartmentItem;
import org.gongkai.disclosure.model.DepartmentTask;
import org.gongkai.disclosure.model.FormSchema.Part;
import org.gongkai.disclosure.model.FundSource;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.Recipient;
import org.gongkai.disclosure.model.Sections;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.model.Text;

/**
 * Every text a reader of English will see has English: given in the content, or known from the glossary.
 * An error by default; with {@code disclosure.translations=warn}, a warning, and the site shows the Chinese
 * with a visible "not yet translated" note.
 */
public final class TranslationRule implements ProjectRule, DeclarationRule, DepartmentRule {

    @Override
    public String name() {
        return "translation";
    }

    @Override
    public void check(ProjectDraft project, CheckContext context, DiagnosticSink sink) {
        if (!context.needsEnglish()) {
            return;
        }
        Reporter r = new Reporter(context, sink);
        r.text(project.name(), Part.PROJECT, "name");
        r.term(project.nature(), Part.PROJECT, "nature");
        r.term(project.category(), Part.PROJECT, "category");
        r.text(project.department(), Part.PROJECT, "department");
        r.text(project.implementer(), Part.PROJECT, "implementer");
        for (Sections.Section section : project.sections().present()) {
            r.text(section.text(), Part.SECTIONS, section.key());
        }
        for (BudgetItem item : project.budgetItems()) {
            r.text(item.name(), Part.BUDGET_ITEM, "name");
            r.text(item.basis(), Part.BUDGET_ITEM, "basis");
        }
        for (FundSource source : project.funds() == null ? List.<FundSource>of() : project.funds().sources()) {
            r.term(source.name(), Part.FUND_SOURCE, "name");
        }
        for (FundSource source : project.annualFunds() == null ? List.<FundSource>of() : project.annualFunds().sources()) {
            r.term(source.name(), Part.FUND_SOURCE, "name");
        }
        for (Recipient recipient : project.recipients()) {
            r.text(recipient.name(), Part.RECIPIENT, "name");
            r.text(recipient.implementer(), Part.RECIPIENT, "implementer");
            r.text(recipient.content(), Part.RECIPIENT, "content");
        }
        if (project.goals() != null) {
            r.text(project.goals().overall(), Part.GOALS, "overall");
            r.text(project.goals().annual(), Part.GOALS, "annual");
        }
        indicators(project.indicators(), context, r);
    }

    @Override
    public void check(DepartmentDraft department, CheckContext context, DiagnosticSink sink) {
        if (!context.needsEnglish()) {
            return;
        }
        Reporter r = new Reporter(context, sink);
        r.text(department.duties(), Part.DEPARTMENT, "duties");
        for (DepartmentTask task : department.tasks()) {
            r.text(task.name(), Part.TASK, "name");
            r.text(task.content(), Part.TASK, "content");
        }
        List<DepartmentFunds> funds = new ArrayList<>();
        funds.add(department.income());
        funds.add(department.expenditure());
        department.previousYears().forEach(year -> {
            funds.add(year.income());
            funds.add(year.expenditure());
        });
        for (DepartmentFunds part : funds) {
            for (DepartmentItem item : part == null ? List.<DepartmentItem>of() : part.items()) {
                r.term(item.name(), Part.DEPARTMENT_ITEM, "name");
            }
        }
        r.text(department.goals(), Part.DEPARTMENT, "goals");
        indicators(department.table().indicators(), context, r);
    }

    private static void indicators(List<Indicator> indicators, CheckContext context, Reporter r) {
        for (Indicator indicator : indicators) {
            // A level name the framework does not know is reported by the level rules; its English would
            // come from the framework, so a missing translation is only news for a known level.
            if (isKnownLevel(indicator, context)) {
                r.term(indicator.level1(), Part.INDICATOR, "level1");
                r.term(indicator.level2(), Part.INDICATOR, "level2");
            }
            r.text(indicator.name(), Part.INDICATOR, "name");
            indicator.readTargets().forEach(r::target);
            r.text(indicator.explanation(), Part.INDICATOR, "explanation");
            r.text(indicator.remark(), Part.INDICATOR, "remark");
        }
    }

    @Override
    public void check(CheckContext context, ProjectTally tally, DiagnosticSink sink) {
        Declaration declaration = context.declaration();
        if (declaration == null || !context.needsEnglish()) {
            return;
        }
        Reporter r = new Reporter(context, sink);
        r.text(declaration.unit(), Part.DECLARATION, "unit");
        r.text(declaration.title(), Part.DECLARATION, "title");
        r.text(declaration.summary(), Part.DECLARATION, "summary");
    }

    private static boolean isKnownLevel(Indicator indicator, CheckContext context) {
        return context.framework() != null && context.framework().knows(indicator);
    }

    private final class Reporter {
        private final CheckContext context;
        private final DiagnosticSink sink;

        Reporter(CheckContext context, DiagnosticSink sink) {
            this.context = context;
            this.sink = sink;
        }

        void text(Text text, Part part, String key) {
            if (text != null && !text.isTranslated()) {
                report(text, "translation.text", FieldName.of(part, key).message(), excerpt(text.zh()));
            }
        }

        void term(Text text, Part part, String key) {
            if (text != null && !text.isTranslated()) {
                report(text, "translation.term", FieldName.of(part, key).message(), text.zh());
            }
        }

        void target(Target target) {
            if (target.isTranslated()) {
                return;
            }
            if (target.isMeasurable() && target.unit() != null) {
                report(target.written(), "translation.unit", target.unit().zh(), target.written().zh());
            } else {
                report(target.written(), "translation.target", target.written().zh());
            }
        }

        private void report(Text text, String key, Object... args) {
            sink.report(new Diagnostic(context.translationSeverity(), name(), text.at(), Message.of(key, args)));
        }
    }

    /** The start of a long text, enough to recognise it in a message. */
    static String excerpt(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.codePointCount(0, oneLine.length()) <= 24 ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, 24)) + "…";
    }
}
