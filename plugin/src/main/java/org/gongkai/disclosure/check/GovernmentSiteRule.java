package org.gongkai.disclosure.check;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.diag.Message;
import org.gongkai.disclosure.model.SiteOptions;
import org.gongkai.disclosure.model.SourcePosition;

/**
 * A warning when {@code site.yaml} gives the site's address ({@code url}), so that the site is meant for publication
 * as a government website, but not what such a site must show (国办发〔2017〕47号): its organizer (主办单位) and its
 * website identification code (网站标识码).
 */
public final class GovernmentSiteRule {

    public String name() {
        return "government-site";
    }

    /**
     * @param urlAt where {@code site.yaml} sets the site's address; null when it does not (the POM's address alone
     *     is a preview or a test, not a publication)
     */
    public void check(SiteOptions options, SourcePosition urlAt, DiagnosticSink sink) {
        if (urlAt == null || options.siteUrl() == null) {
            return;
        }
        List<Message> missing = new ArrayList<>();
        if (options.footer().organizer() == null) {
            missing.add(Message.of("governmentSite.organizer"));
        }
        if (options.siteIdCode() == null) {
            missing.add(Message.of("governmentSite.idCode"));
        }
        if (!missing.isEmpty()) {
            sink.warning(name(), urlAt, missing.size() == 2 ? "governmentSite.missingBoth" : "governmentSite.missing",
                    missing.toArray());
        }
    }
}
