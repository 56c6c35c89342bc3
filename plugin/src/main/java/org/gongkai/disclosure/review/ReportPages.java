package org.gongkai.disclosure.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.diag.MessageCatalog;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.write.SiteOutput;

/**
 * The report's pages in both languages: a page that offers both, the overview (figures, rules and settings, the
 * table of units with their counts), and each declaration's projects with their findings, {@value #PAGE_SIZE} to a
 * page. The site's own stylesheet and a small one of the report's; nothing from the network, no script.
 */
final class ReportPages {

    static final int PAGE_SIZE = 100;
    private static final String TEMPLATES = "org/gongkai/disclosure/review/templates/";
    private static final String SITE_CSS = "/org/gongkai/disclosure/assets/site.css";
    private static final String REVIEW_CSS = "/org/gongkai/disclosure/review/review.css";
    private static final String FAVICON = "/org/gongkai/disclosure/assets/favicon.svg";
    private static final String LABELS = "review.report.";

    /** The words of each language, read once: every page needs its own and the other's name. */
    private final Map<Language, In> languages = new java.util.EnumMap<>(Language.class);
    private final Mustache landing;
    private final Mustache index;
    private final Mustache declarationPage;
    private final String contentFolder;

    /** @param contentFolder the content folder as messages name it (relative to the project) */
    ReportPages(String contentFolder) {
        DefaultMustacheFactory factory = new DefaultMustacheFactory(TEMPLATES);
        this.landing = factory.compile("landing.mustache");
        this.index = factory.compile("index.mustache");
        this.declarationPage = factory.compile("declaration.mustache");
        this.contentFolder = contentFolder;
        for (Language language : Language.values()) {
            languages.put(language, new In(language));
        }
    }

    void write(ReviewReport report, Map<String, Long> tableSizes, SiteOutput out) throws IOException {
        out.write("assets/site.css", resource(SITE_CSS));
        out.write("assets/review.css", resource(REVIEW_CSS));
        out.write("assets/favicon.svg", resource(FAVICON));
        out.write("index.html", render(landing, landingView()));
        for (Language language : Language.values()) {
            out.write(language.code() + "/index.html", render(index, indexView(languages.get(language), report,
                    tableSizes)));
        }
        // A city's thousand declarations are written on every core: the templates and the words are shared read-only.
        try {
            report.declarations().parallelStream().forEach(declaration -> {
                try {
                    declarationPages(report, declaration, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void declarationPages(ReviewReport report, ReviewedDeclaration declaration, SiteOutput out)
            throws IOException {
        for (Language language : Language.values()) {
            In in = languages.get(language);
            for (int page = report.multi() ? 1 : 2; page <= pages(declaration); page++) {
                String path = declarationPath(language, report, declaration, page);
                out.write(path, render(declarationPage, declarationView(in, report, declaration, page, path)));
            }
        }
    }

    /** The words of one language. */
    private static final class In {
        final Language language;
        final MessageCatalog catalog;
        final Map<String, String> t = new HashMap<>();

        In(Language language) {
            this.language = language;
            this.catalog = MessageCatalog.of(language);
            for (String key : catalog.keys()) {
                if (key.startsWith(LABELS)) {
                    t.put(key.substring(LABELS.length()).replace('.', '_'), catalog.format(Message.of(key)));
                }
            }
        }

        String say(String key, Object... args) {
            return catalog.format(Message.of(key, args));
        }

        String format(Message message) {
            return catalog.format(message);
        }

        ReportViews.Txt txt(Text text) {
            if (text == null) {
                return null;
            }
            boolean fallback = text.isFallback(language);
            return new ReportViews.Txt(text.in(language), fallback ? Language.ZH.htmlLang() : null);
        }
    }

    private ReportViews.LandingView landingView() {
        In zh = languages.get(Language.ZH);
        List<ReportViews.LandingCard> cards = new ArrayList<>();
        for (Language language : Language.values()) {
            In in = languages.get(language);
            cards.add(new ReportViews.LandingCard(language.htmlLang(), in.say("review.report.title"), in.say("review.report.landing.text", contentFolder),
                    new ReportViews.Link(language.code() + "/index.html", in.say("review.report.landing.open"))));
        }
        String heading = zh.say("review.report.title") + " · " + languages.get(Language.EN).say("review.report.title");
        return new ReportViews.LandingView(page(zh, "index.html", heading, null), heading, cards);
    }

    private ReportViews.IndexView indexView(In in, ReviewReport report, Map<String, Long> tableSizes) {
        String path = in.language.code() + "/index.html";
        String heading = in.say("review.report.title");
        List<ReportViews.Figure> figures = new ArrayList<>();
        if (report.multi()) {
            figures.add(new ReportViews.Figure(in.say("review.report.figures.declarations"), String.valueOf(report.declarations().size())));
        }
        figures.add(new ReportViews.Figure(in.say("review.report.figures.projects"), String.valueOf(report.projects())));
        figures.add(new ReportViews.Figure(in.say("review.report.figures.measurable"), in.say("review.report.figures.measurableValue",
                report.measurable(), report.indicators(), Percent.shown(report.measurable(), report.indicators()))));
        figures.add(new ReportViews.Figure(in.say("review.report.figures.findings"), in.say("review.report.figures.findingsValue", report.findings(),
                report.bySeverity(ReviewSeverity.CONCERN), report.bySeverity(ReviewSeverity.ADVICE))));
        long errors = report.declarations().stream().mapToLong(ReviewedDeclaration::errors).sum();
        if (errors > 0) {
            figures.add(new ReportViews.Figure(in.say("review.report.figures.errors"), String.valueOf(errors)));
        }
        ReportViews.UnitsTable units = null;
        if (report.multi()) {
            List<String> categories = new ArrayList<>();
            for (ReviewCategory category : ReviewCategory.values()) {
                categories.add(in.format(Message.of(category.messageKey())));
            }
            List<ReportViews.DeclarationRow> rows = new ArrayList<>();
            for (ReviewedDeclaration declaration : report.declarations()) {
                rows.add(declarationRow(in, report, declaration));
            }
            units = new ReportViews.UnitsTable(categories, rows, totals(report));
        }
        ReportViews.DeclarationPart single = report.multi() || report.declarations().isEmpty() ? null
                : declarationPart(in, report, report.declarations().get(0), 1);
        List<ReportViews.Download> downloads = List.of(
                new ReportViews.Download("../" + ReportTables.FINDINGS, in.say("review.report.downloads.findings"),
                        size(tableSizes.get(ReportTables.FINDINGS))),
                new ReportViews.Download("../" + ReportTables.PROJECTS, in.say("review.report.downloads.projects"),
                        size(tableSizes.get(ReportTables.PROJECTS))));
        return new ReportViews.IndexView(page(in, path, heading, List.of(new ReportViews.Crumb(null, in.say("review.report.home"), true))),
                heading, lede(in, report), in.say("review.report.intro"), figures, ruleRows(in, report), units, single,
                downloads);
    }

    private String lede(In in, ReviewReport report) {
        if (report.multi() || report.declarations().isEmpty()) {
            return in.say("review.report.lede", contentFolder);
        }
        ReviewedDeclaration only = report.declarations().get(0);
        return only.declaration() == null ? in.say("review.report.lede", contentFolder)
                : only.declaration().unit().in(in.language) + " · " + only.fiscalYear();
    }

    private List<ReportViews.RuleRow> ruleRows(In in, ReviewReport report) {
        Map<String, Long> counts = report.byRule();
        List<ReportViews.RuleRow> rows = new ArrayList<>();
        for (RuleSettings applied : report.settings().rules()) {
            ReviewRule rule = applied.rule();
            List<ReportViews.Setting> settings = new ArrayList<>();
            for (Parameter<?> parameter : rule.parameters()) {
                settings.add(new ReportViews.Setting(parameter.key(), parameter.show(applied.get(parameter)),
                        applied.isChanged(parameter) ? in.say("review.report.rules.changed") : null));
            }
            rows.add(new ReportViews.RuleRow(rule.name(), in.format(Message.of("review.rule." + rule.name())),
                    in.format(Message.of(rule.category().messageKey())), in.format(Message.of(applied.severity().messageKey())),
                    applied.severity() == ReviewSeverity.CONCERN, settings, applied.enabled(),
                    applied.enabled() ? String.valueOf(counts.getOrDefault(rule.name(), 0L)) : in.say("review.report.rules.off")));
        }
        return rows;
    }

    private ReportViews.DeclarationRow declarationRow(In in, ReviewReport report, ReviewedDeclaration declaration) {
        String unit = declaration.declaration() != null ? declaration.declaration().unit().in(in.language)
                : in.say("review.report.notRead", declaration.unit());
        List<String> byCategory = ReviewReport.byCategory(declaration).values().stream().map(String::valueOf).toList();
        return new ReportViews.DeclarationRow(new ReportViews.Link(declaration.folder() + "/index.html", unit),
                declaration.fiscalYear() == 0 ? "" : String.valueOf(declaration.fiscalYear()),
                String.valueOf(declaration.projects().size()), Percent.shown(declaration.measurable(), declaration.indicators()),
                byCategory, String.valueOf(ReviewReport.findings(declaration)), String.valueOf(declaration.errors()));
    }

    private static ReportViews.Totals totals(ReviewReport report) {
        long[] byCategory = new long[ReviewCategory.values().length];
        for (ReviewedDeclaration declaration : report.declarations()) {
            ReviewReport.byCategory(declaration).forEach((category, count) -> byCategory[category.ordinal()] += count);
        }
        List<String> categories = new ArrayList<>();
        for (long count : byCategory) {
            categories.add(String.valueOf(count));
        }
        long errors = report.declarations().stream().mapToLong(ReviewedDeclaration::errors).sum();
        return new ReportViews.Totals(String.valueOf(report.projects()),
                Percent.shown(report.measurable(), report.indicators()), categories, String.valueOf(report.findings()),
                String.valueOf(errors));
    }

    private ReportViews.DeclarationView declarationView(In in, ReviewReport report, ReviewedDeclaration declaration,
            int pageNumber, String path) {
        String unit = declaration.declaration() != null ? declaration.declaration().unit().in(in.language)
                : in.say("review.report.notRead", declaration.unit());
        String heading = declaration.fiscalYear() == 0 ? unit : unit + " " + declaration.fiscalYear();
        String root = ReportPaths.rootFrom(path);
        List<ReportViews.Crumb> crumbs = new ArrayList<>();
        crumbs.add(new ReportViews.Crumb(root + in.language.code() + "/index.html", in.say("review.report.home"), false));
        if (report.multi()) {
            crumbs.add(new ReportViews.Crumb(pageNumber == 1 ? null : "index.html", heading, pageNumber == 1));
        }
        if (pageNumber > 1) {
            crumbs.add(new ReportViews.Crumb(null, in.say("review.report.pager.page", pageNumber), true));
        }
        String title = pageNumber == 1 ? heading : heading + " (" + pageNumber + "/" + pages(declaration) + ")";
        return new ReportViews.DeclarationView(page(in, path, title, crumbs), title, in.say("review.report.title"),
                declarationPart(in, report, declaration, pageNumber));
    }

    private ReportViews.DeclarationPart declarationPart(In in, ReviewReport report, ReviewedDeclaration declaration,
            int pageNumber) {
        List<ReportViews.Figure> figures = new ArrayList<>();
        long findings = ReviewReport.findings(declaration);
        long concern = declaration.projects().stream().flatMap(p -> p.findings().stream())
                .filter(f -> f.severity() == ReviewSeverity.CONCERN).count();
        if (report.multi()) {
            figures.add(new ReportViews.Figure(in.say("review.report.figures.projects"), String.valueOf(declaration.projects().size())));
            figures.add(new ReportViews.Figure(in.say("review.report.figures.measurable"), in.say("review.report.figures.measurableValue",
                    declaration.measurable(), declaration.indicators(),
                    Percent.shown(declaration.measurable(), declaration.indicators()))));
            figures.add(new ReportViews.Figure(in.say("review.report.figures.findings"),
                    in.say("review.report.figures.findingsValue", findings, concern, findings - concern)));
        }
        List<String> notes = new ArrayList<>();
        if (declaration.errors() > 0) {
            notes.add(in.say("review.report.checkErrors", declaration.errors()));
        }
        int unread = declaration.projectFiles() - declaration.projects().size();
        if (unread > 0) {
            notes.add(in.say("review.report.unreadable", unread));
        }
        int pages = pages(declaration);
        int from = (pageNumber - 1) * PAGE_SIZE;
        int to = Math.min(declaration.projects().size(), from + PAGE_SIZE);
        List<ReportViews.ProjectBlock> blocks = new ArrayList<>();
        for (int i = from; i < to; i++) {
            blocks.add(projectBlock(in, declaration.projects().get(i), i));
        }
        String caption = pages == 1 ? null : in.say("review.report.projects.captionPaged", from + 1, to, declaration.projects().size());
        return new ReportViews.DeclarationPart(figures.isEmpty() ? null : new ReportViews.Figures(figures), notes, caption,
                blocks, pager(in, report, declaration, pageNumber, pages));
    }

    private ReportViews.ProjectBlock projectBlock(In in, ReviewedProject project, int index) {
        String measurable = in.say("review.report.project.measurable", project.measurable(), project.indicators(),
                Percent.shown(project.measurable(), project.indicators()));
        List<ReportViews.FindingRow> rows = new ArrayList<>();
        for (Finding finding : project.findings()) {
            rows.add(new ReportViews.FindingRow(in.format(Message.of(finding.severity().messageKey())),
                    finding.severity() == ReviewSeverity.CONCERN, finding.rule(), in.txt(finding.subject()),
                    in.format(finding.reason()), in.say("review.report.findings.line", finding.at().line())));
        }
        Text name = project.name() != null ? project.name() : new Text(project.file(), project.file(), null);
        return new ReportViews.ProjectBlock("p" + (index + 1), in.txt(name), project.file(),
                project.id() == null ? "–" : project.id(), measurable, rows.isEmpty() ? null
                : new ReportViews.FindingsTable(in.say("review.report.findings.caption", name.in(in.language)), rows));
    }

    private ReportViews.Pager pager(In in, ReviewReport report, ReviewedDeclaration declaration, int current, int pages) {
        if (pages <= 1) {
            return null;
        }
        String here = declarationPath(in.language, report, declaration, current);
        List<ReportViews.PageLink> links = new ArrayList<>();
        for (int i = 1; i <= pages; i++) {
            links.add(new ReportViews.PageLink(ReportPaths.link(here, declarationPath(in.language, report, declaration, i)),
                    String.valueOf(i), i == current));
        }
        ReportViews.Link previous = current > 1 ? new ReportViews.Link(links.get(current - 2).href(), in.say("review.report.pager.previous"))
                : null;
        ReportViews.Link next = current < pages ? new ReportViews.Link(links.get(current).href(), in.say("review.report.pager.next")) : null;
        return new ReportViews.Pager(in.say("review.report.pager"), previous, links, next);
    }

    private static int pages(ReviewedDeclaration declaration) {
        return Math.max(1, (declaration.projects().size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /**
     * Where a page of a declaration's projects is: for a single declaration the report's own first page, then
     * {@code page-2.html}…; for several, {@code <folder>/index.html}, then {@code <folder>/page-2.html}….
     */
    static String declarationPath(Language language, ReviewReport report, ReviewedDeclaration declaration, int page) {
        String folder = language.code() + "/" + (report.multi() ? declaration.folder() + "/" : "");
        return folder + (page == 1 ? "index.html" : "page-" + page + ".html");
    }

    private ReportViews.Page page(In in, String path, String title, List<ReportViews.Crumb> crumbs) {
        String root = ReportPaths.rootFrom(path);
        ReportViews.Link languageSwitch = null;
        String switchLang = null;
        if (path.contains("/")) {
            for (Language other : Language.values()) {
                if (other != in.language) {
                    languageSwitch = new ReportViews.Link(root + other.code() + path.substring(path.indexOf('/')),
                            languages.get(other).say("review.report.langName"));
                    switchLang = other.htmlLang();
                }
            }
        }
        return new ReportViews.Page(in.language.htmlLang(), in.t, root, title, languageSwitch, switchLang,
                crumbs == null ? null : new ReportViews.Breadcrumbs(crumbs));
    }

    private static String size(Long bytes) {
        if (bytes == null) {
            return "";
        }
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 1, RoundingMode.HALF_UP).toPlainString() + " KB";
    }

    private static byte[] render(Mustache template, Object view) {
        StringWriter html = new StringWriter(16 * 1024);
        template.execute(html, view);
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String path) {
        try (InputStream in = ReportPages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
