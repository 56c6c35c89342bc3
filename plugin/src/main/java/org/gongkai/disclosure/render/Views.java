package org.gongkai.disclosure.render;

import java.util.List;
import java.util.Map;

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

    public record Link(String href, String label) {
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

    /** What every page has: the head, the header with the language switch and breadcrumbs, the footer. */
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
            SearchAndCompareViews.Search search) {
    }

    public record Figure(String label, String value, String note) {
    }

    public record ProjectRow(Txt name, String href, Txt category, String amount, String share) {
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
            SearchAndCompareViews.IndexCompare compare) {
    }

    /** A declaration in the site's index: its unit, link, number of projects and total. */
    public record DeclarationRow(Txt unit, String href, String projects, String total) {
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

    public record Amount(String label, String amount, boolean total) {
    }

    public record Item(Txt name, String amount) {
    }

    /** A merged cell of the indicator table: the text, how many rows it spans, and its id for headers. */
    public record Cell(Txt text, int span, String id) {
    }

    public record IndicatorRow(Cell level1, Cell level2, Txt name, String nameId, Txt target, String weight,
            String headers) {
    }

    public record IndicatorGroup(List<IndicatorRow> rows) {
    }

    public record ProjectView(
            Page page,
            Txt name,
            List<Fact> facts,
            List<Amount> funds,
            List<Amount> annualFunds,
            Html overview,
            Html basis,
            Txt implementer,
            Html plan,
            String period,
            boolean budgetSection,
            Html budget,
            List<Item> items,
            String itemsTotal,
            Txt overallGoal,
            Txt annualGoal,
            String indicatorsCaption,
            boolean weighted,
            List<IndicatorGroup> indicators,
            List<Download> downloads,
            Items<Link> otherYears,
            Link previous,
            Link next,
            SearchAndCompareViews.ProjectCompare changes) {
    }

    public record LandingLanguage(String lang, String href, Txt title, Txt unit, String year, String total,
            String continueLabel) {
    }

    public record LandingView(Page page, List<LandingLanguage> languages) {
    }

    public record NotFoundLanguage(String lang, String title, String text, Link home) {
    }

    public record NotFoundView(Page page, List<NotFoundLanguage> languages) {
    }
}
