package org.gongkai.disclosure.model;

import java.net.URI;
import java.time.LocalDate;


/**
 * How the site is published: from {@code site.yaml}, and from the plugin's configuration, which overrides it field by
 * field ({@link #over}). Every field may be null.
 *
 * @param siteUrl the address the site is published at, e.g. {@code https://example.gov.cn/xfb/2024/}; makes
 *     the sitemap's addresses absolute and the 404 page's links work at any depth
 * @param siteName the {@code SiteName} of the government portal the site belongs to
 * @param siteIdCode the portal's {@code SiteIDCode} (网站标识码)
 * @param publishDate the {@code PubDate}; without it pages carry no date, so that builds are reproducible
 * @param provenance the licence and source named in the data package
 * @param footer what the footer shows of the website's own facts (国办发〔2017〕47号)
 * @param example true for a site of invented figures, such as a demonstration: every page says so
 * @param reviewSummary whether each declaration's index shows the summary of the review of its targets
 */
public record SiteOptions(URI siteUrl, String siteName, String siteIdCode, LocalDate publishDate,
        Provenance provenance, Footer footer, boolean example, boolean reviewSummary) {

    public static final SiteOptions NONE = new SiteOptions(null, null, null, null, Provenance.NONE, Footer.NONE);

    public SiteOptions(URI siteUrl, String siteName, String siteIdCode, LocalDate publishDate, Provenance provenance,
            Footer footer) {
        this(siteUrl, siteName, siteIdCode, publishDate, provenance, footer, false, false);
    }

    public SiteOptions(URI siteUrl, String siteName, String siteIdCode, LocalDate publishDate, Provenance provenance,
            Footer footer, boolean example) {
        this(siteUrl, siteName, siteIdCode, publishDate, provenance, footer, example, false);
    }

    public SiteOptions {
        provenance = provenance == null ? Provenance.NONE : provenance;
        footer = footer == null ? Footer.NONE : footer;
    }

    public SiteOptions(URI siteUrl, String siteName, String siteIdCode, LocalDate publishDate, Provenance provenance) {
        this(siteUrl, siteName, siteIdCode, publishDate, provenance, Footer.NONE);
    }

    public SiteOptions(URI siteUrl, String siteName, String siteIdCode, LocalDate publishDate) {
        this(siteUrl, siteName, siteIdCode, publishDate, Provenance.NONE, Footer.NONE);
    }

    /** These options, each setting taken from {@code base} (site.yaml) where these (the plugin's) have none. */
    public SiteOptions over(SiteOptions base) {
        return new SiteOptions(Footer.or(siteUrl, base.siteUrl), Footer.or(siteName, base.siteName),
                Footer.or(siteIdCode, base.siteIdCode), Footer.or(publishDate, base.publishDate),
                provenance.over(base.provenance), footer.over(base.footer), example || base.example,
                reviewSummary || base.reviewSummary);
    }

    /** The site URL as a base ending in {@code /}, or null. */
    public String base() {
        if (siteUrl == null) {
            return null;
        }
        String text = siteUrl.toString();
        return text.endsWith("/") ? text : text + "/";
    }

    /** The host of the site URL, for {@code SiteDomain}, or null. */
    public String domain() {
        return siteUrl == null ? null : siteUrl.getHost();
    }
}
