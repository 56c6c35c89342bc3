package org.gongkai.disclosure.review;

import java.util.List;
import java.util.Map;

/**
 * What the report's templates see: plain strings and small records, every string HTML-escaped by the templates.
 */
final class ReportViews {

    private ReportViews() {
    }

    /** A text in the page's language; {@code lang} is set when it is in another (Chinese for want of English). */
    record Txt(String text, String lang) {
    }

    record Link(String href, String label) {
    }

    record Crumb(String href, String label, boolean current) {
    }

    /** The trail from the report's first page; absent on the page that offers both languages. */
    record Breadcrumbs(List<Crumb> items) {
    }

    /** The chrome of every page: head, header with the language switch and breadcrumbs, footer. */
    record Page(String lang, Map<String, String> t, String root, String title, Link languageSwitch, String switchLang,
            Breadcrumbs breadcrumbs) {
    }

    record Figure(String label, String value) {
    }

    /** A rule of the review as this run applied it. */
    record RuleRow(String name, String description, String category, String severity, boolean concern,
            List<Setting> settings, boolean enabled, String findings) {
    }

    /** A setting of a rule: its key in review.yaml, its value, and a note when review.yaml changed it. */
    record Setting(String key, String value, String changed) {
    }

    /** The table of units, with a column per aspect of the review and the totals. */
    record UnitsTable(List<String> categories, List<DeclarationRow> rows, Totals totals) {
    }

    /** A declaration in the table of units. */
    record DeclarationRow(Link unit, String year, String projects, String measurable, List<String> byCategory,
            String findings, String errors) {
    }

    record Totals(String projects, String measurable, List<String> byCategory, String findings, String errors) {
    }

    /** A project and its findings: a table of them, or null when there are none. */
    record ProjectBlock(String anchor, Txt name, String file, String id, String measurable, FindingsTable findings) {
    }

    record FindingsTable(String caption, List<FindingRow> rows) {
    }

    record FindingRow(String severity, boolean concern, String rule, Txt subject, String reason, String line) {
    }

    record PageLink(String href, String label, boolean current) {
    }

    record Pager(String label, Link previous, List<PageLink> pages, Link next) {
    }

    record Download(String href, String label, String size) {
    }

    /** One declaration's part of the report: its figures, the check's errors, a page of its projects. */
    record DeclarationPart(Figures figures, List<String> notes, String caption, List<ProjectBlock> projects,
            Pager pager) {
    }

    /** Key figures, or null where the page shows them elsewhere. */
    record Figures(List<Figure> items) {
    }

    /** The report's first page in one language. */
    record IndexView(Page page, String heading, String lede, String intro, List<Figure> figures, List<RuleRow> rules,
            UnitsTable units, DeclarationPart declaration, List<Download> downloads) {
    }

    /** A page of one declaration's projects (the report's own first page, for a single declaration). */
    record DeclarationView(Page page, String heading, String lede, DeclarationPart declaration) {
    }

    /** The page that offers both languages. */
    record LandingView(Page page, String heading, List<LandingCard> languages) {
    }

    record LandingCard(String lang, String heading, String text, Link open) {
    }
}
