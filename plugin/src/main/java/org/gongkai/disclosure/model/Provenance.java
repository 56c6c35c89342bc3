package org.gongkai.disclosure.model;

/** Licence and source of the published data, named in the data package; any may be null. */
public record Provenance(String license, String licenseUrl, String source, String sourceUrl) {

    public static final Provenance NONE = new Provenance(null, null, null, null);
}
