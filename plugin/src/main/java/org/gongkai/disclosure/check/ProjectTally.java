package org.gongkai.disclosure.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.SourcePosition;

/**
 * What declaration-level rules need to know of the projects, gathered one project at a time so that the
 * projects themselves need not be kept: their number, the sum of their annual funds, their ids.
 */
public final class ProjectTally {

    private int projects;
    private int drafts;
    private int projectFiles;
    private boolean complete = true;
    private BigDecimal annualTotal = BigDecimal.ZERO.setScale(2);
    private final Map<String, SourcePosition> firstUseOfId = new HashMap<>();
    private final List<RepeatedId> repeatedIds = new ArrayList<>();

    /** An id used by a second project, and where it was first used. */
    public record RepeatedId(String id, SourcePosition at, SourcePosition firstUse) {
    }

    /** Counts the project, its annual funds and its id; false when another project already has that id. */
    public synchronized boolean add(ProjectDraft project) {
        return add(project, false);
    }

    /**
     * As {@link #add(ProjectDraft)}; a project marked {@code draft: true} is not published, so it counts only for its
     * id (it will need its own once published), not among the projects or their funds that the declaration states.
     */
    public synchronized boolean add(ProjectDraft project, boolean draft) {
        if (draft) {
            drafts++;
        } else {
            projects++;
            if (project.annualFunds() != null && project.annualFunds().total() != null) {
                annualTotal = annualTotal.add(project.annualFunds().total().yuan());
            } else {
                complete = false;
            }
        }
        if (project.id() != null) {
            SourcePosition earlier = firstUseOfId.putIfAbsent(project.id(), project.idAt());
            if (earlier != null) {
                repeatedIds.add(new RepeatedId(project.id(), project.idAt(), earlier));
                return false;
            }
        }
        return true;
    }

    /** Ids that more than one project uses, in the order they were met. */
    public synchronized List<RepeatedId> repeatedIds() {
        return List.copyOf(repeatedIds);
    }

    /** Records how many project files there are, including those that could not be read. */
    public synchronized void projectFiles(int count) {
        this.projectFiles = count;
        if (count != projects + drafts) {
            complete = false;
        }
    }

    public synchronized int projectFiles() {
        return projectFiles;
    }

    /** The project files marked {@code draft: true}: counted in {@link #projectFiles()}, not in {@link #projects()}. */
    public synchronized int drafts() {
        return drafts;
    }

    public synchronized int projects() {
        return projects;
    }

    /** The sum of the annual funds (年度资金申请总额) of the projects read. */
    public synchronized BigDecimal annualTotal() {
        return annualTotal;
    }

    /** False when a project could not be read or has no annual total: the sum would mislead. */
    public synchronized boolean isComplete() {
        return complete;
    }
}
