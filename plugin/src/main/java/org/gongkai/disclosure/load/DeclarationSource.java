package org.gongkai.disclosure.load;

import java.nio.file.Path;
import java.util.List;

import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Glossary;

/**
 * One declaration of a content folder, found but not yet read beyond its {@code declaration.yaml}: its project
 * files are read one batch at a time, its department's form once.
 *
 * @param folder the declaration's folder name in a site of several declarations (its address), or null when the
 *     content folder holds a single declaration
 * @param declaration the declaration, or null when {@code declaration.yaml} could not be used (reported)
 * @param glossary the glossary in force for its projects: built-in, the site's, the folder's, the framework's
 * @param projectFiles its project files in file-name order
 * @param departmentFile its {@code department.yaml} (部门整体支出绩效目标申报表), or null when it files none
 * @param draft true when {@code declaration.yaml} says {@code draft: true}: checked, previewed, not published
 * @param resultFiles its self-evaluations ({@code results/*.yaml}) in file-name order; empty when it has none
 * @param projectStamps what the listing saw of each project file, for the fingerprint of an incremental build
 */
public record DeclarationSource(String folder, Path dir, Declaration declaration, Glossary glossary,
        List<Path> projectFiles, Path departmentFile, boolean draft, List<Path> resultFiles, FileStamps projectStamps) {

    public DeclarationSource {
        projectFiles = List.copyOf(projectFiles);
        resultFiles = resultFiles == null ? List.of() : List.copyOf(resultFiles);
        projectStamps = projectStamps == null ? FileStamps.NONE : projectStamps;
    }

    public DeclarationSource(String folder, Path dir, Declaration declaration, Glossary glossary,
            List<Path> projectFiles) {
        this(folder, dir, declaration, glossary, projectFiles, null, false, List.of(), FileStamps.NONE);
    }
}
