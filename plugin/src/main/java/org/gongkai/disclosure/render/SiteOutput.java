package org.gongkai.disclosure.render;

import java.io.IOException;

/** Where rendered files go, by path relative to the site's root (forward slashes). */
@FunctionalInterface
public interface SiteOutput {

    void write(String path, byte[] content) throws IOException;
}
