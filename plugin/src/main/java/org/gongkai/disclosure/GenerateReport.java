package org.gongkai.disclosure;

import org.gongkai.disclosure.render.SiteRenderer;

/**
 * The outcome of generating: the check's report, and what was written (null when errors stopped the run
 * before anything was written).
 */
public record GenerateReport(CheckReport check, SiteRenderer.Summary written) {

    public boolean generated() {
        return written != null;
    }
}
