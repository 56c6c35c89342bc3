package org.gongkai.disclosure.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.compare.DeclarationChanges;
import org.gongkai.disclosure.compare.ProjectBrief;
import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.ProjectSummary;
import org.gongkai.disclosure.model.SiteInfo;
import org.gongkai.disclosure.model.SiteOptions;
import org.gongkai.disclosure.write.SiteOutput;

/**
 * The pages of one declaration in every language: its projects' pages, rendered one project at a time from any
 * thread, and its index, rendered at the end from the projects' summaries. Immutable.
 */
public final class DeclarationPages {

    private final SiteRenderer renderer;
    private final SitePaths paths;
    private final List<PageContext> contexts = new ArrayList<>();

    DeclarationPages(SiteRenderer renderer, MarkdownRenderer markdown, SiteOptions options, SiteInfo site,
            Declaration declaration, Glossary glossary, List<Language> languages, String folder) {
        this.renderer = renderer;
        this.paths = new SitePaths(languages, folder);
        for (Language language : languages) {
            contexts.add(new PageContext(site, declaration, glossary, language, paths, markdown, options));
        }
    }

    public SitePaths paths() {
        return paths;
    }

    /** Writes a project's page in every language. */
    public void project(Project project, ProjectLinks links, SiteOutput out) throws IOException {
        project(project, links, null, out);
    }

    /**
     * Writes a project's page in every language.
     *
     * @param comparison the project against the same project last year, or null
     */
    public void project(Project project, ProjectLinks links, YearComparison comparison, SiteOutput out)
            throws IOException {
        for (PageContext context : contexts) {
            renderer.write(out, paths.project(context.language, project.id()), "project",
                    new ProjectPage(context).view(project, links, comparison));
        }
    }

    /** Writes the declaration's index pages in every language, as the route table lists them. */
    public void indexes(List<ProjectSummary> projects, Map<String, Long> dataSizes, SiteOutput out) throws IOException {
        indexes(projects, dataSizes, null, out);
    }

    /**
     * Writes the declaration's index pages in every language, as the route table lists them.
     *
     * @param changes the declaration against the unit's of the year before, or null when the site has none
     */
    public void indexes(List<ProjectSummary> projects, Map<String, Long> dataSizes, DeclarationChanges changes,
            SiteOutput out) throws IOException {
        for (PageContext context : contexts) {
            List<Views.Download> downloads = Downloads.forIndex(dataSizes, context);
            SearchAndCompareViews.IndexCompare compare = new CompareSection(context).view(changes);
            for (RouteTable.Route route : RouteTable.declaration(List.of(context.language), paths.folder(), projects)) {
                if (route.kind() == RouteTable.Kind.DECLARATION_INDEX) {
                    renderer.write(out, route.path(), "index",
                            new IndexPage(context).view(projects, route.page(), downloads, compare));
                }
            }
        }
    }

    /** Writes the pages of the indicators of all the declaration's projects, in every language. */
    public void indicators(List<ProjectBrief> projects, SiteOutput out) throws IOException {
        List<AllIndicatorsPage.Row> rows = AllIndicatorsPage.ordered(projects, contexts.get(0).declaration.framework());
        for (PageContext context : contexts) {
            AllIndicatorsPage page = new AllIndicatorsPage(context, projects, rows);
            for (int number = 1; number <= page.pages(); number++) {
                renderer.write(out, paths.indicators(context.language, number), "indicators", page.view(number));
            }
        }
    }
}
