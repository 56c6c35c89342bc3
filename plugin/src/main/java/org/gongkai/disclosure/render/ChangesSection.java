package org.gongkai.disclosure.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.compare.IndicatorBrief;
import org.gongkai.disclosure.compare.ProjectChanges;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.model.Yuan;

/**
 * The section of a project page that compares it with last year ({@code changes.mustache}): the annual funds of both
 * years with the difference and its percentage, the indicators added and removed, the targets changed, or, plainly,
 * that the indicators are those of last year.
 */
final class ChangesSection {

    private final PageContext c;

    ChangesSection(PageContext context) {
        this.c = context;
    }

    SearchAndCompareViews.ProjectCompare view(String id, YearComparison comparison) {
        if (comparison == null) {
            return null;
        }
        ProjectChanges changes = comparison.changes();
        String path = c.paths.project(c.language, id);
        Views.Link previous = new Views.Link(SitePaths.link(path, c.paths.of(comparison.folder()).project(c.language, id)),
                c.labels.format("changes.previous", comparison.year()));
        String summary;
        int kept = changes.kept();
        if (changes.sameIndicators()) {
            summary = changes.targets().isEmpty() ? c.labels.format("changes.sameAll", kept)
                    : c.labels.format("changes.sameSet", kept, changes.targets().size());
        } else {
            summary = c.labels.format("changes.kept", kept);
        }
        List<SearchAndCompareViews.TargetRow> rows = new ArrayList<>();
        for (ProjectChanges.TargetChange target : changes.targets()) {
            rows.add(new SearchAndCompareViews.TargetRow(c.txt(target.after().level2()), c.txt(target.after().name()),
                    target(target.before()), target(target.after())));
        }
        return new SearchAndCompareViews.ProjectCompare(
                c.labels.format("changes.heading", comparison.year()),
                previous,
                changes.renamed() ? c.labels.format("changes.renamed", comparison.year(),
                        changes.before().name().in(c.language)) : null,
                c.labels.get("changes.fundsCaption"),
                c.labels.format("declaration.year", comparison.year()),
                c.labels.format("declaration.year", c.declaration.fiscalYear()),
                c.formats.amount(changes.before().annualTotal()),
                c.formats.amount(changes.after().annualTotal()),
                signed(changes.difference()),
                percent(changes.percent(), c),
                summary,
                lines(changes.added(), "changes.added"),
                lines(changes.removed(), "changes.removed"),
                rows.isEmpty() ? null : new SearchAndCompareViews.TargetChanges(
                        c.labels.format("changes.targets", rows.size()), c.labels.get("changes.targetsCaption"), rows));
    }

    private SearchAndCompareViews.IndicatorList lines(List<IndicatorBrief> indicators, String headingKey) {
        if (indicators.isEmpty()) {
            return null;
        }
        List<SearchAndCompareViews.IndicatorLine> lines = new ArrayList<>();
        for (IndicatorBrief indicator : indicators) {
            lines.add(new SearchAndCompareViews.IndicatorLine(c.txt(indicator.level1()), c.txt(indicator.level2()),
                    c.txt(indicator.name()), target(indicator)));
        }
        return new SearchAndCompareViews.IndicatorList(c.labels.format(headingKey, lines.size()), lines);
    }

    /** A target as the page shows it: as filed in Chinese; in English as translated or composed. */
    private Views.Txt target(IndicatorBrief indicator) {
        Text text = indicator.targetText();
        boolean fallback = c.language == Language.EN && text.en() == null;
        return new Views.Txt(text.in(c.language), fallback ? Language.ZH.htmlLang() : null, fallback);
    }

    /** An amount with its sign: {@code +120,000.00}, {@code -5.00}, {@code 0.00}. */
    static String signed(BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + Yuan.grouped(amount);
    }

    static String percent(BigDecimal percent, PageContext c) {
        if (percent == null) {
            return c.labels.get("changes.noPercent");
        }
        return (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
    }
}
