package org.gongkai.disclosure.testing;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.TreeMap;

import org.gongkai.disclosure.write.SiteOutput;

/** A site output in memory, which keeps what it is given, by path, and nothing it was not given. */
public final class MemoryOutput implements SiteOutput {

    public final Map<String, byte[]> written = new TreeMap<>();

    @Override
    public void write(String path, byte[] content) {
        written.put(path, content);
    }

    @Override
    public OpenFile open(String path) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        return new OpenFile(bytes) {
            @Override
            public void close() {
                written.put(path, bytes.toByteArray());
            }
        };
    }
}
