package org.gongkai.disclosure.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.compare.DeclarationChanges;
import org.gongkai.disclosure.compare.ProjectBrief;
import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Department;
import org.gongkai.disclosure.model.Evaluation;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.ProjectSummary;
import org.gongkai.disclosure.model.SiteInfo;
import org.gongkai.disclosure.model.SiteOptions;
import org.gongkai.disclosure.review.ReviewSummary;
import org.gongkai.disclosure.write.SiteOutput;

/**
 * The pages of one declaration in every language: its projects' pages, rendered one project at a time from any
 * thread, and its index, rendered at the end from the projects' summaries. Immutable.
 */
public final class DeclarationPages {

    private final SiteRenderer renderer;
    private final SitePaths paths;
    private final List<PageContext> contexts = new ArrayList<>();
    /** The whole declaration is a draft: every page has the band already. */
    private final boolean draft;

    DeclarationPages(SiteRenderer renderer, MarkdownRenderer markdown, SiteOptions options, SiteInfo site,
            Declaration declaration, Glossary glossary, List<Language> languages, String folder, boolean draft) {
        this.renderer = renderer;
        this.paths = new SitePaths(languages, folder);
        for (Language language : languages) {
            PageContext context = new PageContext(site, declaration, glossary, language, paths, markdown, options);
            contexts.add(draft ? context.asDraft(true) : context);
        }
        this.draft = draft;
    }

    public SitePaths paths() {
        return paths;
    }

    /** Writes a project's page in every language. */
    public void project(Project project, ProjectLinks links, SiteOutput out) throws IOException {
        project(project, links, false, out);
    }

    /** Writes a project's page in every language; a {@code marked} draft's pages carry the draft band. */
    public void project(Project project, ProjectLinks links, boolean marked, SiteOutput out) throws IOException {
        project(project, null, links, marked, null, out);
    }

    /** Writes a project's page in every language, compared with last year's ({@code comparison}, or null). */
    public void project(Project project, ProjectLinks links, YearComparison comparison, SiteOutput out)
            throws IOException {
        project(project, null, links, false, comparison, out);
    }

    /**
     * Writes a project's page, with its self-evaluation ({@code evaluation} null when it has none) and its comparison
     * with the same project last year ({@code comparison}, or null).
     */
    public void project(Project project, Evaluation evaluation, ProjectLinks links, boolean marked,
            YearComparison comparison, SiteOutput out)
            throws IOException {
        for (PageContext context : contexts) {
            PageContext shown = marked && !draft ? context.asDraft(false) : context;
            renderer.write(out, paths.project(context.language, project.id()), "project",
                    new ProjectPage(shown).view(project, evaluation, links, comparison));
        }
    }

    /** Writes the declaration's index pages in every language, as the route table lists them. */
    public void indexes(List<ProjectSummary> projects, Map<String, Long> dataSizes, SiteOutput out) throws IOException {
        indexes(projects, null, dataSizes, null, null, out);
    }

    /**
     * Writes the declaration's index pages in every language, as the route table lists them.
     *
     * @param department the declaration's department form, shown above the projects; null when it files none
     * @param changes the declaration against the unit's of the year before, or null when the site has none
     * @param review the summary of the declaration's review, shown on the first page; null when none is shown
     */
    public void indexes(List<ProjectSummary> projects, Department department, Map<String, Long> dataSizes,
            DeclarationChanges changes, ReviewSummary review, SiteOutput out) throws IOException {
        for (PageContext context : contexts) {
            List<Views.Download> downloads = Downloads.forIndex(dataSizes, context);
            SearchAndCompareViews.IndexCompare compare = new CompareSection(context).view(changes, !projects.isEmpty());
            for (RouteTable.Route route : RouteTable.declaration(List.of(context.language), paths.folder(), projects,
                    List.of())) {
                if (route.kind() == RouteTable.Kind.DECLARATION_INDEX) {
                    renderer.write(out, route.path(), "index", new IndexPage(context).view(projects, department,
                            route.page(), downloads, review, compare));
                }
            }
        }
    }

    /** Writes the pages of the indicators of all the declaration's projects, in every language. */
    public void indicators(List<ProjectBrief> projects, SiteOutput out) throws IOException {
        if (projects.isEmpty()) {
            return; // as the route table has it
        }
        List<AllIndicatorsPage.Row> rows = AllIndicatorsPage.ordered(projects, contexts.get(0).declaration.framework());
        for (PageContext context : contexts) {
            AllIndicatorsPage page = new AllIndicatorsPage(context, projects, rows);
            for (int number = 1; number <= page.pages(); number++) {
                renderer.write(out, paths.indicators(context.language, number), "all-indicators", page.view(number));
            }
        }
    }
}
