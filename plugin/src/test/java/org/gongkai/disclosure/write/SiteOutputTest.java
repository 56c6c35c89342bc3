package org.gongkai.disclosure.write;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An output that keeps what it is given keeps its own copy of a page written from a reused array. */
class SiteOutputTest {

    @Test
    void theCallersArrayIsCopiedAtAnyLength() throws Exception {
        Map<String, byte[]> kept = new HashMap<>();
        SiteOutput out = new SiteOutput() {
            @Override
            public void write(String path, byte[] content) {
                kept.put(path, content);
            }

            @Override
            public OpenFile open(String path) {
                throw new UnsupportedOperationException();
            }
        };
        byte[] reused = {'a', 'b', 'c'};
        out.write("whole.html", reused, 3);
        out.write("part.html", reused, 2);
        reused[0] = 'x';
        assertThat(kept.get("whole.html")).containsExactly('a', 'b', 'c');
        assertThat(kept.get("part.html")).containsExactly('a', 'b');
    }
}
