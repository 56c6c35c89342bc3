package org.gongkai.disclosure.write;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where rendered files go, by path relative to the site's root (forward slashes). Safe to use from several
 * threads for different paths.
 */
public interface SiteOutput {

    void write(String path, byte[] content) throws IOException;

    /** A file to be written in parts, e.g. a table appended to project by project; the caller closes it. */
    OpenFile open(String path) throws IOException;

    /** A file being written in parts; closing it may find it equal to the published one and keep that instead. */
    abstract class OpenFile extends java.io.FilterOutputStream {
        protected OpenFile(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }
    }
}
