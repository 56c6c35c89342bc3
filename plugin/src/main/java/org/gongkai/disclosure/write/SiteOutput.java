package org.gongkai.disclosure.write;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where rendered files go, by path relative to the site's root (forward slashes). Safe to use from several
 * threads for different paths.
 */
public interface SiteOutput {

    void write(String path, byte[] content) throws IOException;

    /**
     * Writes the first {@code length} bytes of {@code content}, an array the caller reuses once this returns: a page
     * is encoded into one array per thread, where a copy of each page at its exact length was a tenth of what a build
     * allocates.
     */
    default void write(String path, byte[] content, int length) throws IOException {
        write(path, java.util.Arrays.copyOf(content, length)); // a copy even at full length: the array is reused
    }

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
