package org.gongkai.disclosure.write;

import java.util.Map;

import org.gongkai.disclosure.testing.MemoryOutput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An output that keeps what it is given keeps its own copy of a page written from a reused array. */
class SiteOutputTest {

    @Test
    void theCallersArrayIsCopiedAtAnyLength() throws Exception {
        MemoryOutput out = new MemoryOutput();
        Map<String, byte[]> kept = out.written;
        byte[] reused = {'a', 'b', 'c'};
        out.write("whole.html", reused, 3);
        out.write("part.html", reused, 2);
        reused[0] = 'x';
        assertThat(kept.get("whole.html")).containsExactly('a', 'b', 'c');
        assertThat(kept.get("part.html")).containsExactly('a', 'b');
    }
}
