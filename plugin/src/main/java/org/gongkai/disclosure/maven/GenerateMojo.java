package org.gongkai.disclosure.maven;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import org.gongkai.disclosure.ConfigurationException;
import org.gongkai.disclosure.GenerateReport;
import org.gongkai.disclosure.Pipeline;
import org.gongkai.disclosure.SiteSettings;
import org.gongkai.disclosure.render.SiteOptions;

/**
 * Checks the declaration and writes the bilingual static site: a landing page, per language an index and a
 * page per project, a 404 page, a sitemap and the assets. Writes nothing when an error stands; the previous
 * site is replaced only by a complete new one.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class GenerateMojo extends AbstractDisclosureMojo {

    /** The folder the site is written to. It is replaced as a whole on every run. */
    @Parameter(property = "disclosure.outputDirectory", defaultValue = "${project.build.directory}/disclosure")
    private File outputDirectory;

    /**
     * A folder with the site's own templates ({@code templates/*.mustache}) and assets ({@code assets/*}); a
     * file there replaces the built-in file of the same name.
     */
    @Parameter(property = "disclosure.themeDirectory", defaultValue = "${project.basedir}/src/disclosure-theme")
    private File themeDirectory;

    /**
     * The address the site is published at, e.g. {@code https://example.gov.cn/xfb/2024/}. Optional: it makes
     * the sitemap's addresses absolute and the 404 page's links work at any depth.
     */
    @Parameter(property = "disclosure.siteUrl")
    private String siteUrl;

    /** The {@code SiteName} meta tag: the government portal the pages belong to. Defaults to the unit's name. */
    @Parameter(property = "disclosure.siteName")
    private String siteName;

    /** The {@code SiteIDCode} meta tag (网站标识码) of the government portal, if it has one. */
    @Parameter(property = "disclosure.siteIdCode")
    private String siteIdCode;

    /** The {@code PubDate} meta tag, as {@code YYYY-MM-DD}. Without it pages carry no date (reproducible builds). */
    @Parameter(property = "disclosure.publishDate")
    private String publishDate;

    @Override
    protected void run(Pipeline pipeline) throws IOException, MojoFailureException {
        SiteSettings site = new SiteSettings(outputDirectory.toPath(),
                themeDirectory.isDirectory() ? themeDirectory.toPath() : null,
                new SiteOptions(parseUrl(), blankToNull(siteName), blankToNull(siteIdCode), parseDate()));
        GenerateReport report;
        try {
            report = pipeline.generate(site);
        } catch (ConfigurationException e) {
            throw new MojoFailureException(e.getMessage());
        }
        failOnProblems(pipeline, report.check());
    }

    private URI parseUrl() throws MojoFailureException {
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
            throw new MojoFailureException("Parameter disclosure.siteUrl is \"" + siteUrl
                    + "\"; give the site's address, e.g. https://example.gov.cn/xfb/2024/");
        }
    }

    private LocalDate parseDate() throws MojoFailureException {
        if (blankToNull(publishDate) == null) {
            return null;
        }
        try {
            return LocalDate.parse(publishDate.trim());
        } catch (DateTimeParseException e) {
            throw new MojoFailureException("Parameter disclosure.publishDate is \"" + publishDate
                    + "\"; write it as YYYY-MM-DD, e.g. 2024-02-01");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
