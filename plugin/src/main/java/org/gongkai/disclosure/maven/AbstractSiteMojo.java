package org.gongkai.disclosure.maven;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import org.gongkai.disclosure.engine.Engine;
import org.gongkai.disclosure.engine.SiteSettings;
import org.gongkai.disclosure.model.Provenance;
import org.gongkai.disclosure.model.SiteOptions;

/**
 * What the goals that write a site share: the theme and how the site is published. Every publishing setting can also
 * be kept in the content folder's {@code site.yaml} (with the footer's facts, which only it holds); a parameter given
 * here overrides the same setting there.
 */
abstract class AbstractSiteMojo extends AbstractDisclosureMojo {

    /**
     * A folder with the site's own templates ({@code templates/*.mustache}) and assets ({@code assets/*}); a
     * file there replaces the built-in file of the same name.
     */
    @Parameter(property = "disclosure.themeDirectory", defaultValue = "${project.basedir}/src/disclosure-theme")
    protected File themeDirectory;

    /**
     * The address the site is published at, e.g. {@code https://example.gov.cn/xfb/2024/}. Optional: it makes
     * the sitemap's addresses absolute and the 404 page's links work at any depth. Overrides {@code url} in
     * {@code site.yaml}.
     */
    @Parameter(property = "disclosure.siteUrl")
    protected String siteUrl;

    /**
     * The {@code SiteName} meta tag: the government portal the pages belong to. Defaults to the unit's name. Overrides
     * {@code name} in {@code site.yaml}.
     */
    @Parameter(property = "disclosure.siteName")
    protected String siteName;

    /**
     * The {@code SiteIDCode} meta tag (网站标识码) of the government portal, if it has one; also shown in the footer.
     * Overrides {@code id-code} in {@code site.yaml}.
     */
    @Parameter(property = "disclosure.siteIdCode")
    protected String siteIdCode;

    /**
     * The {@code PubDate} meta tag, as {@code YYYY-MM-DD}. Without it pages carry no date (reproducible builds).
     * Overrides {@code publish-date} in {@code site.yaml}.
     */
    @Parameter(property = "disclosure.publishDate")
    protected String publishDate;

    /**
     * The licence of the published data, as named in {@code datapackage.json} (e.g. {@code CC-BY-4.0}). Overrides
     * {@code license} in {@code site.yaml}.
     */
    @Parameter(property = "disclosure.dataLicense")
    protected String dataLicense;

    /** Where the licence's text is, for {@code datapackage.json}. Overrides {@code license-url} in {@code site.yaml}. */
    @Parameter(property = "disclosure.dataLicenseUrl")
    protected String dataLicenseUrl;

    /**
     * The source of the data, for {@code datapackage.json}. Defaults to the declaration's unit, year and title.
     * Overrides {@code source} in {@code site.yaml}.
     */
    @Parameter(property = "disclosure.dataSource")
    protected String dataSource;

    /**
     * Where the source document is published, for {@code datapackage.json}. Overrides {@code source-url} in
     * {@code site.yaml}.
     */
    @Parameter(property = "disclosure.dataSourceUrl")
    protected String dataSourceUrl;

    /**
     * The site's settings for writing into {@code output}: these parameters, each over the same setting of
     * {@code site.yaml}; {@code drafts} publishes drafts too (the preview).
     */
    protected SiteSettings siteSettings(Engine engine, File output, boolean drafts) throws MojoFailureException {
        return new SiteSettings(output.toPath(), themeDirectory.isDirectory() ? themeDirectory.toPath() : null,
                new SiteOptions(parseUrl(engine), blankToNull(siteName), blankToNull(siteIdCode), parseDate(engine),
                        new Provenance(blankToNull(dataLicense), blankToNull(dataLicenseUrl),
                                blankToNull(dataSource), blankToNull(dataSourceUrl))), drafts);
    }

    private URI parseUrl(Engine engine) throws MojoFailureException {
        if (blankToNull(siteUrl) == null) {
            return null;
        }
        try {
            URI uri = new URI(siteUrl.trim());
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new URISyntaxException(siteUrl, "not an http(s) address");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new MojoFailureException(engine.say("log.badSiteUrl", siteUrl));
        }
    }

    private LocalDate parseDate(Engine engine) throws MojoFailureException {
        if (blankToNull(publishDate) == null) {
            return null;
        }
        try {
            return LocalDate.parse(publishDate.trim());
        } catch (DateTimeParseException e) {
            throw new MojoFailureException(engine.say("log.badPublishDate", publishDate));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
