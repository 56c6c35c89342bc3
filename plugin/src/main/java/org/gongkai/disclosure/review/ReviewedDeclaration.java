package org.gongkai.disclosure.review;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.model.Declaration;

/**
 * One declaration as the review saw it: the unit and year, its projects in file order, and what the check found in
 * its files. Filled in file order by the one thread that builds the declaration, then read when the report is written.
 */
public final class ReviewedDeclaration {

    private final String folder;
    private final Declaration declaration;
    private final String label;
    private final int projectFiles;
    private final List<ReviewedProject> projects = new ArrayList<>();
    private long errors;
    private long warnings;

    /**
     * @param folder the declaration's folder in a content folder of several, or null for a single declaration
     * @param declaration the declaration, or null when {@code declaration.yaml} could not be read
     * @param label how to name the declaration when it could not be read: its folder
     */
    public ReviewedDeclaration(String folder, Declaration declaration, String label, int projectFiles) {
        this.folder = folder;
        this.declaration = declaration;
        this.label = label;
        this.projectFiles = projectFiles;
    }

    public String folder() {
        return folder;
    }

    public Declaration declaration() {
        return declaration;
    }

    /** The unit's name in Chinese, or the folder when the declaration could not be read. */
    public String unit() {
        return declaration != null ? declaration.unit().zh() : label;
    }

    /** The fiscal year, or 0 when the declaration could not be read. */
    public int fiscalYear() {
        return declaration != null ? declaration.fiscalYear() : 0;
    }

    public int projectFiles() {
        return projectFiles;
    }

    /** The projects reviewed, in file order; files that could not be read as projects at all are not among them. */
    public List<ReviewedProject> projects() {
        return projects;
    }

    public int indicators() {
        return projects.stream().mapToInt(ReviewedProject::indicators).sum();
    }

    public int measurable() {
        return projects.stream().mapToInt(ReviewedProject::measurable).sum();
    }

    /** The check's errors in the declaration's files: where they stand, the review saw only what could be read. */
    public long errors() {
        return errors;
    }

    public long warnings() {
        return warnings;
    }

    /** Adds a reviewed project, in file order. */
    public void add(ReviewedProject project) {
        projects.add(project);
    }

    /** Records what the check found in the declaration's files. */
    public void checked(long errors, long warnings) {
        this.errors = errors;
        this.warnings = warnings;
    }
}
