package org.gongkai.disclosure.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.ProjectResult;

/**
 * A declaration's self-evaluations by the project they evaluate, for its projects as they are read, on any thread.
 * One project has one result: a second for the same project is an error at once; a result whose project no file of
 * the declaration has is reported once every project has been read ({@code result-project}, with a did-you-mean).
 */
public final class ResultIndex {

    private static final String RULE = "result-project";

    private final Map<String, ProjectResult> byProject = new LinkedHashMap<>();
    private final Set<String> declared = ConcurrentHashMap.newKeySet();
    private volatile boolean everyIdRead = true;

    /** @param results the declaration's results as read, in file order; duplicates are reported to {@code sink} */
    public ResultIndex(List<ProjectResult> results, DiagnosticSink sink) {
        for (ProjectResult result : results) {
            if (result.project() == null) {
                continue;
            }
            ProjectResult earlier = byProject.putIfAbsent(result.project(), result);
            if (earlier != null) {
                sink.error(RULE, result.projectAt(), "result.duplicate", result.project(), earlier.file());
            }
        }
    }

    public static ResultIndex none() {
        return new ResultIndex(List.of(), diagnostic -> { });
    }

    /** True when the declaration has results: its pages and downloads show them, and which are still to come. */
    public boolean hasResults() {
        return !byProject.isEmpty();
    }

    /** The result of the project with this id, or null; the id is noted as declared (null: a project without one). */
    public ProjectResult forProject(String id) {
        if (id == null) {
            everyIdRead = false;
            return null;
        }
        declared.add(id);
        return byProject.get(id);
    }

    /** The results whose project no file of the declaration has; call once every project is read. */
    public List<ProjectResult> unmatched() {
        return byProject.values().stream().filter(r -> !declared.contains(r.project())).toList();
    }

    /**
     * Reports the results whose project no file declares. When some project's id could not be read, that project may
     * be the one meant, and nothing is said: its id's error is.
     */
    public void reportUnmatched(DiagnosticSink sink) {
        if (!everyIdRead) {
            return;
        }
        List<String> ids = new ArrayList<>(declared);
        ids.sort(null);
        for (ProjectResult result : unmatched()) {
            Closest.to(result.project(), ids).ifPresentOrElse(
                    meant -> sink.error(RULE, result.projectAt(), "result.unknownProjectDidYouMean", result.project(),
                            meant),
                    () -> sink.error(RULE, result.projectAt(), "result.unknownProject", result.project()));
        }
    }
}
