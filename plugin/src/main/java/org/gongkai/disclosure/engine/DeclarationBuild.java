package org.gongkai.disclosure.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

import org.gongkai.disclosure.check.CheckContext;
import org.gongkai.disclosure.check.Checker;
import org.gongkai.disclosure.check.ProjectTally;
import org.gongkai.disclosure.check.ResultIndex;
import org.gongkai.disclosure.check.TranslationPolicy;
import org.gongkai.disclosure.compare.BriefFile;
import org.gongkai.disclosure.compare.DeclarationChanges;
import org.gongkai.disclosure.compare.ProjectBrief;
import org.gongkai.disclosure.compare.ProjectChanges;
import org.gongkai.disclosure.data.ChangesCsv;
import org.gongkai.disclosure.data.OpenData;
import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.diag.Diagnostics;
import org.gongkai.disclosure.load.ContentLoader;
import org.gongkai.disclosure.load.DeclarationSource;
import org.gongkai.disclosure.model.Department;
import org.gongkai.disclosure.model.DepartmentDraft;
import org.gongkai.disclosure.model.DepartmentSummary;
import org.gongkai.disclosure.model.Evaluation;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.ProjectDraft;
import org.gongkai.disclosure.model.ProjectResult;
import org.gongkai.disclosure.model.ProjectSummary;
import org.gongkai.disclosure.render.DeclarationEntry;
import org.gongkai.disclosure.render.DeclarationPages;
import org.gongkai.disclosure.render.ProjectLinks;
import org.gongkai.disclosure.render.RouteTable;
import org.gongkai.disclosure.review.ReviewedProject;
import org.gongkai.disclosure.render.YearComparison;
import org.gongkai.disclosure.search.ProjectDescriptions;
import org.gongkai.disclosure.search.ProjectTerms;
import org.gongkai.disclosure.search.Segment;
import org.gongkai.disclosure.search.SegmentBuilder;

/**
 * The build of one declaration, in five phases:
 * <ol>
 * <li><b>department</b>: the department's form over all its spending (部门整体支出绩效目标申报表), when the declaration
 * has one, is read and checked once.</li>
 * <li><b>results</b>: the self-evaluations ({@code results/}) are read on the workers and indexed by project; they
 * are few and small beside the projects.</li>
 * <li><b>projects</b>: each project file is read, checked and (when the declaration is published) encoded for the
 * downloads on a worker; in file order, it is then tallied, appended to the downloads and its pages rendered once its
 * next neighbour is known. Only a small summary of each project is kept.</li>
 * <li><b>declaration</b>: the declaration's own checks, over the tally of its projects, and the results whose project no
 * file declares.</li>
 * <li><b>index</b>: the index pages and the end of the downloads, when the declaration is published.</li>
 * </ol>
 * Once an error stands anywhere in the run nothing more is rendered, but every file is still read and checked, so
 * that one run reports every problem.
 */
final class DeclarationBuild {

    /**
     * What a declaration's build came to: its entry when it was published, its own diagnostics, its part of the
     * search index (null when not published), and, for a declaration taken as published, the routes of its files.
     */
    record Outcome(DeclarationSource source, DeclarationEntry entry, List<Diagnostic> diagnostics, Segment segment,
            List<RouteTable.Route> routes) {
    }

    /**
     * What a worker made of one project file; {@code marked} when it says {@code draft: true}, {@code reviewed} when
     * the run reviews or the site shows the review's summary; when published, also its rows and its search terms.
     */
    private record Read(ProjectDraft draft, boolean marked, List<Diagnostic> diagnostics, Project project,
            Evaluation evaluation, OpenData.Encoded encoded, ProjectTerms terms, ReviewedProject reviewed) {
    }

    /**
     * A checked project on its way to its pages; {@code marked} when it is a draft the preview shows; with its
     * comparison with last year's (or null).
     */
    private record Ready(Project project, Evaluation evaluation, ProjectSummary summary, boolean marked,
            YearComparison comparison) {
    }

    private final Run run;
    private final DeclarationSource source;
    private final Publishing publishing;
    /** Present when the declaration is published; absent when only checking. Made once the department is read. */
    private Publication publication;
    /** The department's form, checked, when the declaration has one and it has no error. */
    private Department department;
    private final CheckContext context;
    private final ProjectTally tally = new ProjectTally();
    private final List<Diagnostic> own = Collections.synchronizedList(new ArrayList<>());
    private final DiagnosticSink report;
    private ResultIndex results = ResultIndex.none();

    /** What one build shares with the others of its run; {@code review} is null unless the run reviews. */
    record Run(Scheduler scheduler, ContentLoader loader, Checker checker, TranslationPolicy translations,
            Diagnostics diagnostics, ReviewPass review) {
    }

    DeclarationBuild(Run run, DeclarationSource source, Publishing publishing) throws IOException {
        this.run = run;
        this.source = source;
        this.context = Checker.contextFor(source.declaration(), source.glossary(), run.translations());
        this.report = diagnostic -> {
            own.add(diagnostic);
            run.diagnostics().report(diagnostic);
        };
        this.publishing = publishing;
    }

    /** Builds the declaration; blocks its driver until every task of it has finished. */
    Outcome run() throws IOException, InterruptedException {
        department();
        results();
        // A draft declaration is checked, and published only in the preview.
        this.publication = publishing != null && source.declaration() != null && (!source.draft() || publishing.drafts())
                ? new Publication(publishing) : null;
        if (publication != null) {
            publication.comparedWith(publishing.previousYears().awaitPrevious(source));
        }
        projects();
        declaration();
        DeclarationEntry entry = index();
        return new Outcome(source, entry, List.copyOf(own), entry == null ? null : publication.segment, null);
    }

    /** Phase 1: the department's form, read and checked on the driver: there is one per declaration at most. */
    private void department() throws IOException {
        Diagnostics local = new Diagnostics();
        DepartmentDraft draft = run.loader().readDepartment(source, local);
        if (draft != null) {
            run.checker().checkDepartment(draft, context, local);
        }
        local.sorted().forEach(report::report);
        department = draft == null || local.hasErrors() ? null : draft.validated().orElse(null);
    }

    /** Phase 2: the self-evaluations, read on the workers, taken in file order. */
    private void results() throws IOException {
        if (source.resultFiles().isEmpty()) {
            return;
        }
        List<Future<ProjectResult>> reads = new ArrayList<>();
        for (Path file : source.resultFiles()) {
            reads.add(run.scheduler().work(() -> run.loader().readResult(file, source, report)));
        }
        List<ProjectResult> read = Tasks.awaitAll(reads).stream().filter(java.util.Objects::nonNull).toList();
        results = new ResultIndex(read, report);
    }

    /** Phase 3: every project, read ahead on the workers as far as the run's bound allows, taken in file order. */
    private void projects() throws IOException, InterruptedException {
        List<Path> files = source.projectFiles();
        Deque<Future<Read>> reads = new ArrayDeque<>();
        int next = 0;
        try {
            while (next < files.size() || !reads.isEmpty()) {
                boolean room = next < files.size()
                        && (reads.isEmpty() ? acquire() : run.scheduler().tryAcquire());
                if (room) {
                    Path file = files.get(next++);
                    reads.add(run.scheduler().work(() -> read(file)));
                } else {
                    take(Tasks.await(reads.removeFirst()));
                }
            }
        } finally {
            // On a failure, let the reads already started finish before the run goes on to clean up.
            for (Future<Read> read : reads) {
                try {
                    Tasks.await(read);
                } catch (IOException | RuntimeException e) {
                    // The first failure is already on its way out.
                }
                run.scheduler().release();
            }
        }
        if (publication != null) {
            publication.finishPages();
        }
    }

    private boolean acquire() throws InterruptedException {
        run.scheduler().acquire();
        return true;
    }

    /** Reads, checks and (when published) encodes one project; runs on a worker. */
    private Read read(Path file) throws IOException {
        Diagnostics local = new Diagnostics();
        ContentLoader.ProjectFile read = run.loader().readProjectFile(file, source, local);
        ProjectDraft draft = read.project();
        if (draft == null) {
            return new Read(null, false, local.sorted(), null, null, null, null, null);
        }
        run.checker().checkProject(draft, context, local);
        ProjectResult result = results.forProject(draft.id());
        if (result != null) {
            run.checker().checkResult(result, draft, context, local);
        }
        Project project = local.hasErrors() ? null : draft.validated().orElse(null);
        Evaluation evaluation = project == null || result == null || source.declaration() == null ? null
                : Evaluation.of(project, result, source.declaration().fiscalYear());
        boolean published = publication != null && (!read.draft() || publication.publishing.drafts());
        boolean publish = project != null && published && !run.diagnostics().hasErrors();
        OpenData.Encoded encoded = publish ? publication.data.encode(project, evaluation) : null;
        ProjectTerms terms = publish ? ProjectTerms.of(project, source.declaration().unit()) : null;
        List<Diagnostic> diagnostics = local.sorted();
        // The bureau's review covers drafts (it is made before approval); the site's summary only what it publishes.
        ReviewedProject reviewed = run.review() != null ? run.review().review(source, draft, diagnostics)
                : published && publication.review != null ? publication.review.review(draft, diagnostics)
                : null;
        return new Read(draft, read.draft(), diagnostics, project, evaluation, encoded, terms, reviewed);
    }

    /** Takes a read project in file order: its diagnostics, the tally, and its way to the pages. */
    private void take(Read read) throws IOException {
        read.diagnostics().forEach(report::report);
        if (read.reviewed() != null && run.review() != null) {
            run.review().add(source, read.reviewed());
        } else if (read.reviewed() != null) {
            publication.review.add(read.reviewed());
        }
        boolean fresh = read.draft() != null && tally.add(read.draft(), read.marked());
        if (publication != null && read.marked() && read.encoded() == null && read.draft().id() != null) {
            publication.unpublished.add(read.draft().id()); // a draft left out: still filed this year, not gone
        }
        // A second project with the same id is reported by the declaration's checks; its page must not be written.
        // A draft left out of the site has nothing encoded.
        if (publication == null || !fresh || read.encoded() == null || run.diagnostics().hasErrors()) {
            run.scheduler().release();
            return;
        }
        publication.add(read.project(), read.evaluation(), read.encoded(), read.terms(), read.marked());
    }

    /** Phase 4: the declaration's own checks, and those of the results that evaluate no project of it. */
    private void declaration() {
        tally.projectFiles(source.projectFiles().size());
        run.checker().checkDeclaration(context, tally, report);
        for (ProjectResult result : results.unmatched()) {
            run.checker().checkResult(result, null, context, report);
        }
        results.reportUnmatched(report);
        if (run.review() != null) {
            run.review().checked(source, List.copyOf(own));
        }
    }

    /** Phase 5: the index and the end of the downloads; the entry of the published declaration, or null. */
    private DeclarationEntry index() throws IOException {
        if (publication == null || run.diagnostics().hasErrors()) {
            return null;
        }
        return publication.index();
    }

    /** The declaration's pages and downloads, as its projects come. */
    private final class Publication {
        private final Publishing publishing;
        private final DeclarationPages pages;
        private final OpenData data;
        private final OpenData.Writer downloads;
        private final List<ProjectSummary> summaries = new ArrayList<>();
        private final Neighbours<Ready> window = new Neighbours<>();
        private final Pending renders = new Pending();
        /** The declaration's own review, when its index shows the summary; null otherwise. */
        private final DeclarationReview review;
        private int nextIndicatorRow = 2;
        private final SegmentBuilder terms = new SegmentBuilder();
        private final List<ProjectBrief> briefs = new ArrayList<>();
        /** The ids of this year's drafts left out of the site; last year's projects of those ids are not "gone". */
        private final java.util.Set<String> unpublished = new java.util.HashSet<>();
        private Segment segment;
        /** Last year's declaration of the unit, and its projects by id; null when it has none. */
        private DeclarationSource previous;
        private Map<String, ProjectBrief> previousProjects;
        private ChangesCsv.Writer changes;

        Publication(Publishing publishing) throws IOException {
            this.publishing = publishing;
            this.pages = publishing.renderer().declaration(publishing.layout().site(), source.declaration(),
                    source.glossary(), publishing.layout().languages(), source.folder(), source.draft());
            this.data = new OpenData(source.declaration(), department, source.glossary(), publishing.provenance());
            this.downloads = data.open(publishing.out(), pages.paths().dataDir());
            this.review = publishing.reviewer() == null ? null : new DeclarationReview(publishing.reviewer(), source);
        }

        /**
         * Reads last year's projects in brief, once that year is built. Without them (none, or that year did not
         * build, in which case nothing is published) there is nothing to compare with.
         */
        void comparedWith(DeclarationSource before) throws IOException {
            if (before != null && !run.diagnostics().hasErrors()) {
                try {
                    previousProjects = BriefFile.read(publishing.derived().briefs(before));
                    previous = before;
                } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
                    previousProjects = null;
                }
            }
            Integer year = previous == null ? null : previous.declaration().fiscalYear();
            changes = new ChangesCsv(source.declaration().fiscalYear(), year).open(publishing.out(),
                    pages.paths().dataDir());
        }

        void add(Project project, Evaluation evaluation, OpenData.Encoded encoded, ProjectTerms projectTerms,
                boolean marked) throws IOException {
            ProjectSummary summary = ProjectSummary.of(project, evaluation, summaries.size(), nextIndicatorRow);
            summaries.add(summary);
            nextIndicatorRow += summary.indicators();
            downloads.append(encoded);
            terms.add(projectTerms);
            ProjectBrief brief = ProjectBrief.of(project, source.glossary());
            briefs.add(brief);
            ProjectBrief before = previousProjects == null ? null : previousProjects.get(project.id());
            ProjectChanges change = before == null ? null : ProjectChanges.between(before, brief);
            changes.append(brief, change);
            YearComparison comparison = change == null ? null
                    : new YearComparison(previous.declaration().fiscalYear(), previous.folder(), change);
            render(window.push(new Ready(project, evaluation, summary, marked, comparison)));
        }

        /** Renders the pages of a project whose neighbours are known, on a worker; its place is given back then. */
        private void render(Neighbours.Triple<Ready> triple) {
            if (triple == null) {
                return;
            }
            if (run.diagnostics().hasErrors()) {
                run.scheduler().release();
                return;
            }
            Project project = triple.current().project();
            Evaluation evaluation = triple.current().evaluation();
            boolean marked = triple.current().marked();
            ProjectSummary summary = triple.current().summary();
            ProjectLinks links = new ProjectLinks(neighbour(triple.previous()), neighbour(triple.next()),
                    publishing.otherYears().getOrDefault(OtherYears.key(source.folder(), project.id()), List.of()),
                    summary.position() + 2, summary.firstIndicatorRow(), summary.indicators());
            renders.add(run.scheduler().work(() -> {
                try {
                    pages.project(project, evaluation, links, marked, triple.current().comparison(), publishing.out());
                } finally {
                    run.scheduler().release();
                }
                return null;
            }));
        }

        private ProjectLinks.Neighbour neighbour(Ready ready) {
            return ready == null ? null : new ProjectLinks.Neighbour(ready.summary().id(), ready.summary().name());
        }

        /** Renders the last project and waits for every page of the declaration. */
        void finishPages() throws IOException {
            render(window.finish());
            renders.awaitAll();
        }

        DeclarationEntry index() throws IOException {
            DeclarationChanges year = previousProjects == null ? null : DeclarationChanges.between(
                    previous.declaration().fiscalYear(), previous.folder(), previousProjects, briefs, unpublished);
            long changesSize = changes.finish(year == null ? List.of() : year.removed());
            // changes.csv among the tables, before the declaration's JSON and the data package that describes them.
            Map<String, Long> sizes = new LinkedHashMap<>();
            downloads.finish().forEach((file, size) -> {
                if (file.equals(OpenData.JSON)) {
                    sizes.put(ChangesCsv.FILE, changesSize);
                }
                sizes.put(file, size);
            });
            pages.indexes(summaries, department, sizes, year, review == null ? null : review.summary(),
                    publishing.out());
            pages.indicators(briefs, publishing.out());
            ProjectDescriptions.write(publishing.out(), source.folder(), source.declaration().unit(),
                    source.declaration().fiscalYear(), summaries);
            segment = terms.finish(publishing.derived().segment(source));
            if (publishing.derived().keepsBriefs(source)) {
                BriefFile.write(publishing.derived().briefs(source), briefs);
            }
            return new DeclarationEntry(source.folder(), source.declaration(), summaries, List.copyOf(sizes.keySet()),
                    department == null ? null : DepartmentSummary.of(department));
        }
    }
}
