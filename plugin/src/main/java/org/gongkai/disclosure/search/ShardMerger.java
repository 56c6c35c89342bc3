package org.gongkai.disclosure.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Merges the declarations' segments into one shard of the site's index and its terms' own files, as the search
 * script loads them:
 *
 * <pre>
 * search/t/&lt;shard&gt;.js         GongkaiSearch.put("t/7", {"稳控": [docs, positions], "fund": [docs], "经费": "t/7-0"})
 * search/t/&lt;shard&gt;-&lt;n&gt;.js     a large term: [docs, positions] or [docs, [[first block entry, "p/7-0-0"], …]]
 * search/p/&lt;shard&gt;-&lt;n&gt;-&lt;k&gt;.js  a part of a large term's positions
 * </pre>
 *
 * A term's {@code docs} are its blocks, each the gap to it from the term's previous block, then the fields present
 * and each field's projects ({@link DocSets}); its {@code positions} are each block's, field by field and project by
 * project: the count, the first position and the gaps. Deterministic: the same segments give the same bytes.
 */
final class ShardMerger {

    /** A large term's positions are cut, between blocks, into files of about this many characters. */
    static final int CHUNK = 16 * 1024;

    /** Reads waiting on the disk at once while prefetching. */
    private static final int PREFETCHING = 8;

    private final List<Segment> segments;
    private final int[] blockBase;
    private final int bits;

    /** @param segments the declarations' segments in the site's order */
    ShardMerger(List<Segment> segments, int bits) {
        this.segments = segments;
        this.bits = bits;
        this.blockBase = new int[segments.size()];
        int base = 0;
        for (int i = 0; i < segments.size(); i++) {
            blockBase[i] = base;
            base += segments.get(i).blocks();
        }
    }

    /**
     * Reads in advance, many segments at a time, the parts of every segment that merging {@code shards} will read: a
     * rerun's segments are read from disk, a page each, and a read waits on the disk far longer than it takes.
     */
    void prefetch(BitSet shards) {
        if (shards.isEmpty() || segments.size() < 2) {
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(PREFETCHING);
        try {
            pool.submit(() -> segments.parallelStream().forEach(segment -> {
                for (int shard = shards.nextSetBit(0); shard >= 0; shard = shards.nextSetBit(shard + 1)) {
                    int t = segment.firstAtOrAfter(shard << (Hash.MICRO_BITS - bits));
                    if (t < segment.tableSize()) {
                        segment.touch(t);
                    }
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // The merge reads the same parts again and fails there, as it would have without this.
        } finally {
            pool.shutdown();
        }
    }

    /** The files of one shard, by path under {@code search/}. */
    Map<String, byte[]> shard(int shard) {
        int low = shard << (Hash.MICRO_BITS - bits);
        int high = (shard + 1) << (Hash.MICRO_BITS - bits);
        Map<String, Merged> terms = new HashMap<>();
        for (int s = 0; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            int base = blockBase[s];
            Segment.TermVisitor visitor = (term, block, data, docsAt, docsLength, positionsAt, positionsLength) ->
                    terms.computeIfAbsent(term, Merged::new).add(base + block, data, docsAt, docsLength, positionsAt,
                            positionsLength);
            for (int t = segment.firstAtOrAfter(low); t < segment.tableSize() && segment.micro(t) < high; t++) {
                segment.read(t, visitor);
            }
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        StringBuilder index = new StringBuilder(Math.max(256, terms.size() * 48));
        String name = SearchFiles.shardName(shard);
        index.append("GongkaiSearch.put(\"").append(name).append("\",{");
        int own = 0;
        boolean first = true;
        for (Merged term : new TreeMap<>(terms).values()) {
            if (!first) {
                index.append(',');
            }
            first = false;
            Json.string(index, term.name).append(':');
            if (term.size() <= Segment.INLINE) {
                term.record(index);
            } else {
                String file = name + "-" + own++;
                Json.string(index, file);
                files.putAll(term.ownFiles(file));
            }
        }
        index.append("});\n");
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put(SearchFiles.script(name), index.toString().getBytes(StandardCharsets.UTF_8));
        all.putAll(files);
        return all;
    }

    /** A term of the shard, its blocks from every declaration gathered in the site's order. */
    private static final class Merged {
        final String name;
        final Vlq docs = new Vlq(32);
        final List<byte[]> positions = new ArrayList<>();
        boolean positional;
        int lastBlock = -1;
        int positionLength;

        Merged(String name) {
            this.name = name;
        }

        void add(int block, ByteBuffer data, int docsAt, int docsLength, int positionsAt, int positionsLength) {
            docs.add(block - lastBlock - 1L);
            lastBlock = block;
            byte[] part = new byte[docsLength];
            data.get(docsAt, part);
            docs.append(part, 0, part.length);
            byte[] where = new byte[positionsLength];
            data.get(positionsAt, where);
            positions.add(where);
            positionLength += positionsLength;
            positional |= positionsLength > 0;
        }

        int size() {
            return docs.length() + positionLength;
        }

        /** The term's record as a JSON array: its projects, and its positions when it has them. */
        void record(StringBuilder out) {
            out.append("[\"");
            ascii(out, docs.buffer(), docs.length());
            out.append('"');
            if (positional) {
                out.append(",\"");
                for (byte[] part : positions) {
                    ascii(out, part, part.length);
                }
                out.append('"');
            }
            out.append(']');
        }

        /** A large term's own file, and its positions' files when they are too long to go with it. */
        Map<String, byte[]> ownFiles(String file) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            StringBuilder own = new StringBuilder(docs.length() + Math.min(positionLength, CHUNK) + 64);
            own.append("GongkaiSearch.put(\"").append(file).append("\",");
            if (!positional || positionLength <= CHUNK) {
                record(own);
            } else {
                own.append("[\"");
                ascii(own, docs.buffer(), docs.length());
                own.append("\",[");
                int entry = 0;
                int part = 0;
                while (entry < positions.size()) {
                    int start = entry;
                    int length = 0;
                    StringBuilder chunk = new StringBuilder(CHUNK + 64);
                    String chunkName = SearchFiles.positionsName(file, part++);
                    chunk.append("GongkaiSearch.put(\"").append(chunkName).append("\",\"");
                    while (entry < positions.size() && (entry == start || length + positions.get(entry).length <= CHUNK)) {
                        ascii(chunk, positions.get(entry), positions.get(entry).length);
                        length += positions.get(entry).length;
                        entry++;
                    }
                    chunk.append("\");\n");
                    files.put(SearchFiles.script(chunkName), chunk.toString().getBytes(StandardCharsets.US_ASCII));
                    own.append(start == 0 ? "" : ",").append('[').append(start).append(",\"").append(chunkName)
                            .append("\"]");
                }
                own.append("]]");
            }
            own.append(");\n");
            Map<String, byte[]> all = new LinkedHashMap<>();
            all.put(SearchFiles.script(file), own.toString().getBytes(StandardCharsets.US_ASCII));
            all.putAll(files);
            return all;
        }

        private static void ascii(StringBuilder out, byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                out.append((char) bytes[i]);
            }
        }
    }
}
