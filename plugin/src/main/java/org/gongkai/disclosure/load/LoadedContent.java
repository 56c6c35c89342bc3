package org.gongkai.disclosure.load;

import java.util.List;
import java.util.Optional;

import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.DepartmentDraft;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.ProjectDraft;

/**
 * What was read from a content folder. {@code declaration} is null when {@code declaration.yaml} could not
 * be used; projects that could not be read at all are missing. Either way errors have been reported.
 *
 * @param glossary the glossary in force: built-in, the site's own, and the framework's level names
 * @param drafts the projects as read, in file order
 * @param department the department's form as read, or null when there is none (or it could not be read at all)
 */
public record LoadedContent(Declaration declaration, Glossary glossary, List<ProjectDraft> drafts, int projectFiles,
        DepartmentDraft department) {

    public LoadedContent {
        drafts = List.copyOf(drafts);
    }

    /** The projects that were read without a hole, in file order. */
    public List<Project> projects() {
        return drafts.stream().map(ProjectDraft::validated).flatMap(Optional::stream).toList();
    }
}
