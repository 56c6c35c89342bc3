package org.gongkai.disclosure.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.data.OpenData;
import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.ProjectSummary;
import org.gongkai.disclosure.model.SiteInfo;

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
        for (PageContext context : contexts) {
            renderer.write(out, paths.project(context.language, project.id()), "project",
                    new ProjectPage(context).view(project, links));
        }
    }

    /** How many pages a declaration's index takes in one language. */
    public static int indexPages(int projects) {
        return IndexPage.pages(projects);
    }

    /** Every file a declaration in {@code folder} (null for a single declaration) takes. */
    public static List<String> outputs(List<Language> languages, String folder, List<ProjectSummary> projects) {
        SitePaths paths = new SitePaths(languages, folder);
        List<String> files = new ArrayList<>();
        int pages = IndexPage.pages(projects.size());
        for (Language language : languages) {
            for (int page = 1; page <= pages; page++) {
                files.add(paths.index(language, page));
            }
            for (ProjectSummary project : projects) {
                files.add(paths.project(language, project.id()));
            }
        }
        for (String name : List.of(OpenData.PROJECTS_CSV, OpenData.INDICATORS_CSV, OpenData.JSON, OpenData.PACKAGE)) {
            files.add(paths.dataDir() + name);
        }
        return files;
    }

    /** Writes the declaration's index pages in every language; returns how many. */
    public int indexes(List<ProjectSummary> projects, Map<String, Long> dataSizes, SiteOutput out) throws IOException {
        int pages = IndexPage.pages(projects.size());
        for (PageContext context : contexts) {
            List<Views.Download> downloads = Downloads.forIndex(dataSizes, context);
            for (int page = 1; page <= pages; page++) {
                renderer.write(out, paths.index(context.language, page), "index",
                        new IndexPage(context).view(projects, page, downloads));
            }
        }
        return pages * contexts.size();
    }
}
