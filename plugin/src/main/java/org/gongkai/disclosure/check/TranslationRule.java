package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.model.BudgetItem;
import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Indicator;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.Sections;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.model.Text;

/**
 * Every text a reader of English will see has English: given in the content, or known from the glossary.
 * An error by default; with {@code disclosure.translations=warn}, a warning, and the site shows the Chinese
 * with a visible "not yet translated" note.
 */
public final class TranslationRule implements ProjectRule, DeclarationRule {

    @Override
    public String name() {
        return "translation";
    }

    @Override
    public void check(Project project, CheckContext context, DiagnosticSink sink) {
        if (!context.needsEnglish()) {
            return;
        }
        Reporter r = new Reporter(context, sink);
        r.text(project.name(), "name", "项目名称");
        r.term(project.nature(), "nature", "项目性质");
        r.term(project.category(), "category", "项目类别");
        r.text(project.department(), "department", "主管部门");
        r.text(project.implementer(), "implementer", "实施单位");
        for (Sections.Section section : project.sections().present()) {
            r.text(section.text(), "sections." + section.key(), sectionName(section.key()));
        }
        for (BudgetItem item : project.budgetItems()) {
            r.text(item.name(), "budget-items.name", "明细名称");
        }
        if (project.goals() != null) {
            r.text(project.goals().overall(), "goals.overall", "项目总目标");
            r.text(project.goals().annual(), "goals.annual", "年度总体目标");
        }
        for (Indicator indicator : project.indicators()) {
            // A level name the framework does not know is reported by the level rules; its English would
            // come from the framework, so a missing translation is only news for a known level.
            if (isKnownLevel(indicator, context)) {
                r.term(indicator.level1(), "indicators.level1", "一级指标");
                r.term(indicator.level2(), "indicators.level2", "二级指标");
            }
            r.text(indicator.name(), "indicators.name", "三级指标");
            r.target(indicator.target());
        }
    }

    @Override
    public void check(CheckContext context, ProjectTally tally, DiagnosticSink sink) {
        Declaration declaration = context.declaration();
        if (declaration == null || !context.needsEnglish()) {
            return;
        }
        Reporter r = new Reporter(context, sink);
        r.text(declaration.unit(), "unit", "预算单位");
        r.text(declaration.title(), "title", "标题");
        r.text(declaration.summary(), "summary", "绩效目标设置情况");
    }

    private static boolean isKnownLevel(Indicator indicator, CheckContext context) {
        return context.framework() != null && context.framework().knows(indicator);
    }

    private static String sectionName(String key) {
        return switch (key) {
            case "overview" -> "项目概述";
            case "basis" -> "立项依据";
            case "plan" -> "实施方案";
            default -> "年度预算安排";
        };
    }

    private final class Reporter {
        private final CheckContext context;
        private final DiagnosticSink sink;

        Reporter(CheckContext context, DiagnosticSink sink) {
            this.context = context;
            this.sink = sink;
        }

        void text(Text text, String path, String formName) {
            if (text != null && !text.isTranslated()) {
                report(text, "translation.text", Message.of("field", path, formName), excerpt(text.zh()));
            }
        }

        void term(Text text, String path, String formName) {
            if (text != null && !text.isTranslated()) {
                report(text, "translation.term", Message.of("field", path, formName), text.zh());
            }
        }

        void target(Target target) {
            if (target.isTranslated()) {
                return;
            }
            if (target.kind() == Target.Kind.NUMERIC) {
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
