package org.gongkai.disclosure.render;

import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.model.Language;

/**
 * What the templates see. Every value is a plain string or a small record; templates HTML-escape every
 * string except the fields named {@code html}, which hold Markdown already rendered safely.
 */
public final class Views {

    private Views() {
    }

    /**
     * A text in the page's language. {@code lang} is set only when it differs from the page's (the Chinese
     * shown on an English page for want of a translation), and {@code untranslated} says so visibly.
     */
    public record Txt(String text, String lang, boolean untranslated) {
    }

    /** Rendered Markdown, with the same {@code lang} and {@code untranslated} as {@link Txt}. */
    public record Html(String html, String lang, boolean untranslated) {
    }

    /** A link named by a text of the content, shown in the page's language or marked as Chinese where it has none. */
    public record NamedLink(String href, Txt name) {
    }

    public record Link(String href, String label) {
    }

    /** A term of the form explained: its anchor, its name, its Chinese word on English pages (else null), its meaning. */
    public record Term(String id, String term, String chinese, String text) {

        public String chineseLang() {
            return Language.ZH.htmlLang();
        }
    }

    /**
     * A view built once and shared by every page of a language that shows it. A section over one writes again the
     * bytes it wrote the first time, when what it wrote read nothing outside the view ({@link SectionMemo}).
     */
    interface Shared {
    }

    /** 如何阅读本页: a few sentences on what the page shows, then the terms explained, folded without script. */
    public record HowToRead(String summary, String intro, List<Term> terms) implements Shared {
    }

    /**
     * What a project page says first, before the form: the year's amount, its share of the declaration's stated total
     * (null when it states none), what the project is for (the overview's first sentence, or null), and its headline
     * measurable targets.
     */
    public record Glance(String amount, String share, Html purpose, Items<HeadlineTarget> targets) {
    }

    /** A measurable target among a project's first: the indicator and its target. */
    public record HeadlineTarget(Txt name, Txt target) {
    }

    public record Crumb(String href, String label, boolean current) {
    }

    /** The trail from the index to the page; absent on pages outside the trail (landing, 404). */
    public record Breadcrumbs(List<Crumb> items) {
    }

    public record Meta(String name, String content) {
    }

    public record Alternate(String hreflang, String href) {
    }

    /**
     * One of the website's own facts in the footer (国办发〔2017〕47号): what it is, its value, and where it leads (or
     * null).
     */
    public record FooterFact(String label, Txt value, String href) {
    }

    /**
     * What every page has: the head, the header with the language switch and breadcrumbs, the footer with the
     * website's facts (absent when none is set), the band of a draft (null on published pages), and the band of a
     * site of invented figures (null on a real one).
     */
    public record Page(
            String lang,
            Map<String, String> t,
            String root,
            String base,
            String title,
            List<Meta> meta,
            List<Alternate> alternates,
            Link languageSwitch,
            String switchLang,
            String switchHreflang,
            Breadcrumbs breadcrumbs,
            Txt unit,
            String year,
            String footerSource,
            Items<FooterFact> footerFacts,
            String draft,
            String example,
            SearchAndCompareViews.Search search) {
    }

    public record Figure(String label, String value, String note, String original) {

        public Figure(String label, String value, String note) {
            this(label, value, note, null);
        }

        /** The Chinese original shown beside an English figure is marked as Chinese. */
        public String originalLang() {
            return Language.ZH.htmlLang();
        }
    }

    /**
     * A row of a declaration's table of projects; {@code result} (its execution rate, total score and targets met, or
     * that its self-evaluation is still to come) is null when the declaration has no self-evaluations.
     */
    public record ProjectRow(Txt name, String href, Txt category, String amount, String share, String result) {

        public ProjectRow(Txt name, String href, Txt category, String amount, String share) {
            this(name, href, category, amount, share, null);
        }
    }

    public record Bar(Txt name, String href, String amount, String percent) {
    }

    /** A download: where, what it is, its format and size. */
    public record Download(String href, String label, String format, String size) {
    }

    /** A list shown with its own heading: present only when it has items (mustache cannot test a list's size). */
    public record Items<T>(List<T> items) {
        public static <T> Items<T> of(List<T> items) {
            return items.isEmpty() ? null : new Items<>(items);
        }
    }

    /** A numbered page of a long list, and whether it is the one shown. */
    public record PageLink(String href, String label, boolean current) {
    }

    /** The links between the pages of a long list; absent when the list fits on one page. */
    public record Pager(List<PageLink> pages, Link previous, Link next, String label) {
    }

    /**
     * A declaration's index. The first page has the key figures, the summary, the chart and the downloads; every
     * page has its slice of the table of projects, the total of all of them, and the pager.
     */
    public record IndexView(
            Page page,
            Txt title,
            String unitCode,
            boolean first,
            Html summary,
            List<Figure> figures,
            List<ProjectRow> projects,
            String tableCaption,
            String total,
            String totalLabel,
            List<Bar> bars,
            String chartNote,
            List<Download> downloads,
            Pager pager,
            boolean filter,
            DepartmentView department,
            boolean hasProjects,
            ReviewSummary review,
            SearchAndCompareViews.IndexCompare compare,
            Html answer,
            HowToRead howToRead) {
    }

    /** The findings of the review of a declaration's targets by aspect, when site.yaml asks for them; or null. */
    public record ReviewSummary(String note, String caption, List<ReviewRow> rows, String total) {
    }

    public record ReviewRow(String aspect, String findings) {
    }

    /**
     * A department's form over all its spending (部门整体支出绩效目标申报表), on the first page of its declaration's
     * index, above the projects: each part present only where the form has it.
     *
     * @param funds the table of income and expenditure, or null
     * @param duties 部门职能概述, or null
     * @param tasks the table of main tasks, or null
     */
    public record DepartmentView(Items<FiguresTable> funds, Html duties, DepartmentTasks tasks,
            FiguresTable taskSources, Html goals, IndicatorTable table, Items<String> checks) {
    }

    /**
     * A small table of figures: a row header, then figures only (amounts in 万元 and shares), and a total row. A
     * department's funds are shown in four of them (this year's income and expenditure, the years before), so that
     * each fits a phone.
     *
     * @param headers the headers of the figure columns
     * @param total the total row (合计), or null
     */
    public record FiguresTable(String className, String caption, String lineHeader, List<String> headers,
            List<FiguresRow> rows, FiguresRow total) {

        /** The rows with each figure beside the header of its column, which names it when the table is stacked. */
        public List<LabelledRow> labelledRows() {
            return rows.stream().map(this::labelled).toList();
        }

        public LabelledRow labelledTotal() {
            return total == null ? null : labelled(total);
        }

        private LabelledRow labelled(FiguresRow row) {
            List<LabelledCell> cells = new java.util.ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                cells.add(new LabelledCell(i < headers.size() ? headers.get(i) : null, row.cells().get(i)));
            }
            return new LabelledRow(row.name(), cells);
        }
    }

    /** A row of a {@link FiguresTable} as the page shows it: its header cell and its labelled figures. */
    public record LabelledRow(Txt name, List<LabelledCell> cells) {
    }

    /** A figure and the name of its column. */
    public record LabelledCell(String label, String value) {
    }

    /** A row of a {@link FiguresTable}: its header cell and its figures, an empty string where it has none. */
    public record FiguresRow(Txt name, List<String> cells) {
    }

    /**
     * A department's main tasks (年度主要任务): their names, what they are and their budgets, with the sum (金额合计)
     * where the form gives budgets; how each budget is funded is a table of its own ({@code taskSources}).
     */
    public record DepartmentTasks(boolean contents, boolean amounts, List<DepartmentTaskRow> rows, String amountTotal) {
    }

    public record DepartmentTaskRow(Txt name, Txt content, String amount) {
    }

    /**
     * An indicator table as the {@code indicators} partial shows it; a project page has the same fields at its top,
     * so the partial renders both.
     */
    public record IndicatorTable(String indicatorsCaption, IndicatorColumns columns, List<IndicatorGroup> indicators,
            WeightTotal weightTotal, String budgetExecutionNote) {
    }

    /**
     * A declaration in the site's index: its unit, link, number of projects and total, and a note when it files a
     * department-wide form (null otherwise).
     */
    public record DeclarationRow(Txt unit, String href, String projects, String total, String department) {
    }

    /** A fiscal year in the site's index: its declarations and their total. */
    public record YearGroup(String heading, String id, List<DeclarationRow> declarations, String projects, String total,
            Link more) {
    }

    public record SiteIndexView(Page page, Txt title, Items<Figure> figures, List<YearGroup> years, Pager pager,
            boolean filter) {
    }

    public record Fact(String label, Txt value) {
    }

    /**
     * A line of a funds table: its label, its amount, and whether it is a total or one of the sources a fiscal line is
     * broken down into.
     */
    public record Amount(String label, Txt name, String amount, boolean total, boolean source) {
    }

    /** A line of the itemised budget; its basis (测算依据) is null when the form gives none. */
    public record Item(Txt name, String amount, Txt basis) {
    }

    /**
     * A merged cell of the indicator table: the text, how many rows it spans, its id for headers, and the points of
     * its group when the project weights its indicators (null otherwise).
     */
    public record Cell(Txt text, int span, String id, String points) {
    }

    /**
     * One row of the indicator table.
     *
     * @param note what the form says of the indicator besides its name: 反向 (less is better), 定性…; or null
     * @param periodTarget the target for the whole implementation period, when the project has such a column
     * @param explanation 指标解释, when the project has such a column
     * @param remark 备注, when the project has such a column
     */
    public record IndicatorRow(Cell level1, Cell level2, Txt name, String nameId, String note, Txt target,
            Txt periodTarget, Txt explanation, Txt remark, String weight, String headers, boolean measurable,
            String kind, String kindTerm) {
    }

    public record IndicatorGroup(List<IndicatorRow> rows) {
    }

    /** The columns an indicator table has beyond the form's four. */
    public record IndicatorColumns(boolean periodTarget, boolean explanation, boolean remark, boolean weight) {
    }

    /** The total of the weights, and how many columns its label spans. */
    public record WeightTotal(String label, int span, String points) {
    }

    /** The numbered headings of a project's description and goals, as far as the form has those parts. */
    public record Headings(String overview, String basis, String necessity, String measures, String implementer,
            String plan, String period, String budget, String goals) {
    }

    /** A recipient of a shared fund, as its table shows it. */
    public record RecipientRow(Txt name, Txt implementer, Txt content, String amount) {
    }

    /** A target in the table of targets by recipient. */
    public record RecipientTargetRow(Txt name, List<Txt> values) {
    }

    /** The recipients of a shared fund, and each one's targets where the indicators give them. */
    public record Recipients(List<RecipientRow> rows, boolean implementers, boolean contents, boolean amounts,
            String total, List<Txt> names, List<RecipientTargetRow> targetRows) {

        public boolean hasTargets() {
            return !targetRows.isEmpty();
        }
    }

    public record ProjectView(
            Page page,
            Txt name,
            List<Fact> facts,
            Items<Amount> funds,
            List<Amount> annualFunds,
            boolean fundsChecked,
            boolean annualChecked,
            boolean sourcesChecked,
            Headings headings,
            Html overview,
            Html basis,
            Html necessity,
            Html measures,
            Txt implementer,
            Html plan,
            String period,
            boolean budgetSection,
            Html budget,
            List<Item> items,
            boolean itemsBasis,
            String itemsTotal,
            Txt overallGoal,
            Txt annualGoal,
            String indicatorsCaption,
            IndicatorColumns columns,
            List<IndicatorGroup> indicators,
            WeightTotal weightTotal,
            String budgetExecutionNote,
            Recipients recipients,
            List<Download> downloads,
            Items<Link> otherYears,
            Link previous,
            Link next,
            ResultsView results,
            SearchAndCompareViews.ProjectCompare changes,
            Glance glance,
            HowToRead howToRead,
            boolean annualSameAsOverall,
            List<EditorNote> budgetNotes) {
    }

    /** The editor's note on a slip of the filing, with the filing's words it is about (in Chinese, as filed). */
    public record EditorNote(String text, String quoted) {

        public String quotedLang() {
            return Language.ZH.htmlLang();
        }
    }

    /**
     * A project's self-evaluation on its page: when and what it concluded, the budget's execution, each indicator's
     * target beside its actual value with whether it was met and its score, and the total score.
     *
     * @param evaluated the date of the self-evaluation, or null
     * @param total the total score (of the points, when they are known), or null when the form states none
     * @param met how many measurable targets were met, in words
     */
    public record ResultsView(String evaluated, Txt conclusion, BudgetView budget, String caption, List<ResultRow> rows,
            String total, String met) {
    }

    /** The budget's execution: its lines, the rate, the score and why it was not spent as planned. */
    public record BudgetView(List<Amount> lines, String rate, String score, Txt deviation) {
    }

    /**
     * An indicator's target and actual value side by side.
     *
     * @param actual the actual value, or null when the self-evaluation gives none
     * @param attainment achieved, not achieved, not comparable, or shown and not judged
     * @param attainmentClass the class that marks it (besides its words)
     * @param score the score of its points, or null
     */
    public record ResultRow(Txt name, String nameId, Txt target, Txt actual, String attainment, String attainmentClass,
            boolean missed, String score, Txt deviation) {
    }

    public record LandingLanguage(String lang, String href, Txt title, Txt unit, String year, String total,
            String continueLabel) {
    }

    public record LandingView(Page page, List<LandingLanguage> languages) {
    }

    public record NotFoundLanguage(String lang, String title, String text, Link home, NotFoundSearch search) {
    }

    /** The 404 page's search, in one language: a form that leads to the index with the query. */
    public record NotFoundSearch(String id, String label, String placeholder, String button) {
    }

    public record NotFoundView(Page page, List<NotFoundLanguage> languages) {
    }
}
