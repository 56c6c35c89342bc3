package org.gongkai.disclosure.model;

/** Licence and source of the published data, named in the data package; any may be null. */
public record Provenance(String license, String licenseUrl, String source, String sourceUrl) {

    public static final Provenance NONE = new Provenance(null, null, null, null);

    /** This provenance, each field taken from {@code base} where this one has none. */
    public Provenance over(Provenance base) {
        return new Provenance(Footer.or(license, base.license), Footer.or(licenseUrl, base.licenseUrl),
                Footer.or(source, base.source), Footer.or(sourceUrl, base.sourceUrl));
    }
}
