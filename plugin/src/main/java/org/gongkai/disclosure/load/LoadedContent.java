package org.gongkai.disclosure.load;

import java.util.List;

import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Project;

/**
 * What was read from a content folder. {@code declaration} is null when {@code declaration.yaml} could not
 * be used; projects that could not be read at all are missing. Either way errors have been reported.
 *
 * @param glossary the glossary in force: built-in, the site's own, and the framework's level names
 */
public record LoadedContent(Declaration declaration, Glossary glossary, List<Project> projects, int projectFiles) {

    public LoadedContent {
        projects = List.copyOf(projects);
    }
}
