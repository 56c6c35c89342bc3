package org.gongkai.disclosure.engine;

import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.load.SiteLayout;
import org.gongkai.disclosure.model.Provenance;
import org.gongkai.disclosure.render.ProjectLinks;
import org.gongkai.disclosure.render.SiteRenderer;
import org.gongkai.disclosure.write.SiteWriter;

/**
 * Where and how a run's declarations are written: the staged site, the renderer, the site's layout, the data's
 * provenance, the links between a unit's years (by {@link OtherYears#key}), each declaration's previous year, and
 * where what is derived from each declaration is kept.
 */
record Publishing(SiteWriter.Staging out, SiteRenderer renderer, SiteLayout layout, Provenance provenance,
        Map<String, List<ProjectLinks.OtherYear>> otherYears, PreviousYears previousYears, DerivedFiles derived) {
}
