package org.gongkai.disclosure.render;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where rendered files go, by path relative to the site's root (forward slashes). Safe to use from several
 * threads for different paths.
 */
public interface SiteOutput {

    void write(String path, byte[] content) throws IOException;

    /** A file to be written in parts, e.g. a table appended to project by project; the caller closes it. */
    OutputStream open(String path) throws IOException;
}
