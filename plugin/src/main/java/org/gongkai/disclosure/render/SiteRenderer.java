package org.gongkai.disclosure.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.github.mustachejava.Mustache;

import org.gongkai.disclosure.data.OpenData;
import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.render.Views.Page;

/**
 * Renders a checked declaration into the site: a landing page, per language an index and a page per project,
 * the 404 page, the sitemap and the assets. Pages are built from {@link Views} records and the theme's
 * templates. Immutable and thread-safe.
 */
public final class SiteRenderer {

    private final Theme theme;
    private final MarkdownRenderer markdown;
    private final SiteOptions options;

    public SiteRenderer(Theme theme, MarkdownRenderer markdown, SiteOptions options) {
        this.theme = theme;
        this.markdown = markdown;
        this.options = options;
    }

    /** What was rendered, for the closing summary. */
    public record Summary(int indexes, int projectPages, int files) {
    }

    /**
     * Renders every file of the site into {@code out}, in a fixed order so that the same input always gives
     * the same output.
     */
    public Summary render(Declaration declaration, List<Project> projects, Glossary glossary, SiteOutput out)
            throws IOException {
        int files = 0;
        SitePaths paths = new SitePaths(declaration.languages());
        // The downloads come first: the index shows their sizes.
        Map<String, byte[]> data = new OpenData(options.provenance()).files(declaration, projects, glossary);
        for (Map.Entry<String, byte[]> file : data.entrySet()) {
            out.write(file.getKey(), file.getValue());
            files++;
        }
        Downloads downloads = new Downloads(data, projects);
        for (Language language : declaration.languages()) {
            PageContext context = new PageContext(declaration, glossary, language, paths);
            write(out, paths.index(language), "index", new IndexPage(context).view(projects, downloads));
            files++;
            for (int i = 0; i < projects.size(); i++) {
                Project previous = i > 0 ? projects.get(i - 1) : null;
                Project next = i + 1 < projects.size() ? projects.get(i + 1) : null;
                ProjectPage page = new ProjectPage(context);
                write(out, paths.project(language, projects.get(i).id()), "project",
                        page.view(projects.get(i), previous, next, downloads));
                files++;
            }
        }
        PageContext landing = new PageContext(declaration, glossary, declaration.defaultLanguage(), paths);
        write(out, SitePaths.LANDING, "landing", landing.landing(projects));
        write(out, SitePaths.NOT_FOUND, "notfound", landing.notFound());
        out.write(SitePaths.SITEMAP, Sitemap.xml(paths, projects, options).getBytes(StandardCharsets.UTF_8));
        files += 3;
        for (Map.Entry<String, byte[]> asset : theme.assets().entrySet()) {
            out.write(SitePaths.ASSETS + asset.getKey(), asset.getValue());
            files++;
        }
        int languages = declaration.languages().size();
        return new Summary(languages, languages * projects.size(), files);
    }

    private void write(SiteOutput out, String path, String template, Object view) throws IOException {
        Mustache mustache = theme.template(template);
        StringWriter html = new StringWriter(16 * 1024);
        try {
            mustache.execute(html, view).flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.write(path, html.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What all pages of one language share: labels, formats, the declaration's texts, and the page chrome.
     */
    final class PageContext {
        final Declaration declaration;
        final Glossary glossary;
        final Language language;
        final Labels labels;
        final Formats formats;
        final SitePaths paths;

        PageContext(Declaration declaration, Glossary glossary, Language language, SitePaths paths) {
            this.declaration = declaration;
            this.glossary = glossary;
            this.language = language;
            this.labels = Labels.of(language);
            this.formats = new Formats(language, glossary);
            this.paths = paths;
        }

        Views.Txt txt(Text text) {
            if (text == null) {
                return null;
            }
            boolean fallback = text.isFallback(language);
            return new Views.Txt(text.in(language), fallback ? Language.ZH.htmlLang() : null, fallback);
        }

        Views.Html html(Text text) {
            if (text == null) {
                return null;
            }
            boolean fallback = text.isFallback(language);
            Language written = fallback ? Language.ZH : language;
            return new Views.Html(markdown.toHtml(text.in(language), written),
                    fallback ? Language.ZH.htmlLang() : null, fallback);
        }

        String year() {
            return labels.format("declaration.year", declaration.fiscalYear());
        }

        /** The {@code <title>}: what the page is, then the unit and year it belongs to. */
        String title(String what) {
            return what + " | " + declaration.unit().in(language) + " "
                    + labels.format("siteSuffix", declaration.fiscalYear());
        }

        /**
         * @param path the page's path from the site root, the same in every language after the language folder
         */
        Page page(String path, String heading, List<Views.Crumb> crumbs) {
            Views.Breadcrumbs breadcrumbs = new Views.Breadcrumbs(crumbs);
            String root = SitePaths.rootFrom(path);
            List<Views.Alternate> alternates = new ArrayList<>();
            Views.Link languageSwitch = null;
            String switchLang = null;
            for (Language other : declaration.languages()) {
                String href = root + paths.sameIn(path, other);
                alternates.add(new Views.Alternate(other.htmlLang(), href));
                if (other != language && languageSwitch == null) {
                    languageSwitch = new Views.Link(href, Labels.of(other).get("lang.name"));
                    switchLang = other.htmlLang();
                }
            }
            alternates.add(new Views.Alternate("x-default", root + SitePaths.LANDING));
            return new Page(language.htmlLang(), labels.forTemplates(), root, null, title(heading),
                    meta(heading), alternates, languageSwitch, switchLang, switchLang, breadcrumbs,
                    txt(declaration.unit()), year(),
                    labels.format("footer.source", declaration.unit().in(language), declaration.fiscalYear()));
        }

        private List<Views.Meta> meta(String articleTitle) {
            List<Views.Meta> meta = new ArrayList<>();
            String unit = declaration.unit().in(language);
            meta.add(new Views.Meta("SiteName", options.siteName() != null ? options.siteName()
                    : unit + " " + labels.format("siteSuffix", declaration.fiscalYear())));
            if (options.domain() != null) {
                meta.add(new Views.Meta("SiteDomain", options.domain()));
            }
            if (options.siteIdCode() != null) {
                meta.add(new Views.Meta("SiteIDCode", options.siteIdCode()));
            }
            meta.add(new Views.Meta("ColumnName", labels.get("column")));
            meta.add(new Views.Meta("ArticleTitle", articleTitle));
            if (options.publishDate() != null) {
                meta.add(new Views.Meta("PubDate", options.publishDate() + " 00:00"));
            }
            meta.add(new Views.Meta("ContentSource", unit));
            return meta;
        }

        Views.LandingView landing(List<Project> projects) {
            BigDecimal total = projects.stream().map(p -> p.annualFunds().total().yuan())
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            List<Views.LandingLanguage> languages = new ArrayList<>();
            for (Language each : declaration.languages()) {
                PageContext in = new PageContext(declaration, glossary, each, paths);
                languages.add(new Views.LandingLanguage(each.htmlLang(), paths.index(each),
                        in.txt(declaration.title()), in.txt(declaration.unit()), in.year(), in.formats.money(total),
                        in.labels.format("landing.continue", in.labels.get("lang.name"))));
            }
            Page page = new Page(language.htmlLang(), labels.forTemplates(), "", null,
                    declaration.unit().in(language) + " " + labels.format("siteSuffix", declaration.fiscalYear()),
                    meta(declaration.title().in(language)), landingAlternates(), null, null, null, null,
                    txt(declaration.unit()), year(),
                    labels.format("footer.source", declaration.unit().in(language), declaration.fiscalYear()));
            return new Views.LandingView(page, languages);
        }

        private List<Views.Alternate> landingAlternates() {
            List<Views.Alternate> alternates = new ArrayList<>();
            for (Language each : declaration.languages()) {
                alternates.add(new Views.Alternate(each.htmlLang(), paths.index(each)));
            }
            alternates.add(new Views.Alternate("x-default", SitePaths.LANDING));
            return alternates;
        }

        Views.NotFoundView notFound() {
            List<Views.NotFoundLanguage> languages = new ArrayList<>();
            for (Language each : declaration.languages()) {
                Labels l = Labels.of(each);
                languages.add(new Views.NotFoundLanguage(each.htmlLang(), l.get("notFound.title"),
                        l.get("notFound.text"), new Views.Link(paths.index(each), l.get("notFound.home"))));
            }
            // Served for any missing address, at any depth: links are relative to the site root, made absolute
            // by <base> when the site's address is known.
            Page page = new Page(language.htmlLang(), labels.forTemplates(), "", options.base(),
                    title(labels.get("notFound.title")), List.of(), List.of(), null, null, null, null,
                    txt(declaration.unit()), year(),
                    labels.format("footer.source", declaration.unit().in(language), declaration.fiscalYear()));
            return new Views.NotFoundView(page, languages);
        }
    }

    static Comparator<Project> byAnnualFundsDescending() {
        return Comparator.comparing((Project p) -> p.annualFunds().total().yuan()).reversed();
    }
}
