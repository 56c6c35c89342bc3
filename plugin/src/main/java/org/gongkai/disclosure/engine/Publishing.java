package org.gongkai.disclosure.engine;

import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.load.SiteLayout;
import org.gongkai.disclosure.model.Provenance;
import org.gongkai.disclosure.render.ProjectLinks;
import org.gongkai.disclosure.render.SiteRenderer;
import org.gongkai.disclosure.review.Reviewer;
import org.gongkai.disclosure.write.SiteWriter;

/**
 * Where and how a run's declarations are written: the staged site, the renderer, the site's layout, the data's
 * provenance, the links between a unit's years (by {@link OtherYears#key}), whether drafts are published (the
 * preview) or left out, the reviewer of the declarations whose indexes show the summary of their review (null when
 * {@code site.yaml} does not ask for it), each declaration's previous year, and where what is derived from each
 * declaration is kept.
 */
record Publishing(SiteWriter.Staging out, SiteRenderer renderer, SiteLayout layout, Provenance provenance,
        Map<String, List<ProjectLinks.OtherYear>> otherYears, boolean drafts, Reviewer reviewer,
        PreviousYears previousYears, DerivedFiles derived) {
}
