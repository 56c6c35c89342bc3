package org.gongkai.disclosure.engine;

/**
 * The outcome of generating: the check's report, and what was written (null when errors stopped the run before
 * anything was published).
 */
public record GenerateReport(CheckReport check, Written written) {

    /** What a run wrote: index pages (declarations' and the site's), project pages, and files in all. */
    public record Written(int indexes, int projectPages, int files) {
    }

    public boolean generated() {
        return written != null;
    }
}
