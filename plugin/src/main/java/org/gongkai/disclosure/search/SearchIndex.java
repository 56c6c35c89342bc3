package org.gongkai.disclosure.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;


import org.gongkai.disclosure.write.FileNames;
import org.gongkai.disclosure.write.RecordFile;
import org.gongkai.disclosure.write.SiteOutput;

/**
 * The site's search index, merged from the declarations' segments into {@code 2^bits} shards by the hash of each
 * term (see {@link ShardMerger}), with its manifest ({@code search/manifest.js}: the shards, the declarations in the
 * site's order with their years and projects, the stop words, the fields' weights).
 *
 * <p>Incremental: the record of the published index (in the output's work folder) says which segment each
 * declaration had and which files each shard wrote. When the site keeps its shape (the same declarations in the same
 * order, each with as many blocks, and as many shards), a shard is merged again only where a changed declaration's
 * segment differs from its published one; every other shard keeps its published files as they are.
 */
public final class SearchIndex {

    /** Changes whenever the files written for the same segments could change. */
    static final int FORMAT = 1;
    /** The size a shard aims at, in characters of inline terms. */
    static final long SHARD_TARGET = 24 * 1024;
    /** The name of the record's binary form ({@link RecordFile}). */
    private static final String RECORD = "gongkai-search-record/2";

    /** A declaration's part of the index: its folder (null for a single declaration), year and segment. */
    public record Part(String folder, int year, Segment segment) {
    }

    /** Keeps a published file as it is, if it can (it is Gongkai's and the run is incremental); see the engine. */
    public interface Keeper {
        boolean keep(String path);
    }

    /** The record of a published index, as stored. */
    record Stored(int format, int bits, List<StoredPart> parts, List<List<String>> shards) {
    }

    /**
     * A declaration's part as published: its segment's file and blocks, and its projects and estimate, which let a
     * rerun take a segment it does not read without opening it.
     */
    record StoredPart(String folder, String segment, int blocks, int projects, long estimate) {
    }

    /** What was published: the files of the index, and its record, to save once the site is committed. */
    public record Published(List<String> files, int shards, int mergedShards, Path record, Stored stored) {

        /** Saves the record of this index as the published one. */
        public void save() throws IOException {
            Files.createDirectories(record.getParent());
            try (RecordFile.Writer out = RecordFile.create(record, RECORD)) {
                out.integer(stored.format());
                out.integer(stored.bits());
                out.count(stored.parts().size());
                for (StoredPart part : stored.parts()) {
                    out.string(part.folder());
                    out.string(part.segment());
                    out.integer(part.blocks());
                    out.integer(part.projects());
                    out.number(part.estimate());
                }
                out.count(stored.shards().size());
                for (List<String> shard : stored.shards()) {
                    out.count(shard.size());
                    for (String file : shard) {
                        out.string(file);
                    }
                }
                out.finish();
            }
        }
    }

    private SearchIndex() {
    }

    /**
     * Writes the index through {@code out}, keeping the published shards nothing changed.
     *
     * @param parts every published declaration's part, in the site's order
     * @param record the file of the published index's record, in the output's work folder
     */
    public static Published publish(List<Part> parts, SiteOutput out, Keeper keeper, Path record) throws IOException {
        try {
            return publishParts(parts, out, keeper, record);
        } catch (UncheckedIOException e) {
            // A kept segment is opened when first read (see Segment#lazy): one damaged since it was written fails
            // the run as an I/O failure, as it did when it was opened at once.
            throw e.getCause();
        }
    }

    private static Published publishParts(List<Part> parts, SiteOutput out, Keeper keeper, Path record)
            throws IOException {
        Stored previous = read(record);
        if (previous != null) {
            for (int i = 0; i < Math.min(parts.size(), previous.parts().size()); i++) {
                StoredPart before = previous.parts().get(i);
                Segment segment = parts.get(i).segment();
                if (segment.file().getFileName().toString().equals(before.segment())) {
                    segment.known(before.projects(), before.estimate());
                }
            }
        }
        long estimate = 0;
        for (Part part : parts) {
            estimate += part.segment().estimate();
        }
        int bits = bits(estimate);
        List<Segment> segments = parts.stream().map(Part::segment).toList();
        BitSet changed = previous == null ? null : changedShards(previous, parts, bits);
        ShardMerger merger = new ShardMerger(segments, bits);
        if (changed != null) {
            merger.prefetch(changed); // a rerun's few shards, from segments not read since they were written
        }
        List<String> files = new ArrayList<>();
        List<List<String>> shards = new ArrayList<>();
        int merged = 0;
        for (int shard = 0; shard < 1 << bits; shard++) {
            List<String> shardFiles = changed != null && !changed.get(shard) ? kept(previous.shards().get(shard), keeper)
                    : null;
            if (shardFiles == null) {
                merged++;
                shardFiles = new ArrayList<>();
                for (Map.Entry<String, byte[]> file : merger.shard(shard).entrySet()) {
                    out.write(file.getKey(), file.getValue());
                    shardFiles.add(file.getKey());
                }
            }
            shards.add(shardFiles);
            files.addAll(shardFiles);
        }
        String manifest = SearchFiles.script(SearchFiles.MANIFEST);
        out.write(manifest, manifest(parts, bits));
        files.add(manifest);
        Stored stored = new Stored(FORMAT, bits, parts.stream().map(p -> new StoredPart(p.folder(),
                p.segment().file().getFileName().toString(), p.segment().blocks(), p.segment().projects(),
                p.segment().estimate())).toList(), shards);
        return new Published(List.copyOf(files), 1 << bits, merged, record, stored);
    }

    /** As many shards as make each about {@link #SHARD_TARGET}: a power of two, from 1 to 2^16. */
    static int bits(long estimate) {
        int bits = 0;
        while (bits < Hash.MICRO_BITS && (estimate >> bits) > SHARD_TARGET) {
            bits++;
        }
        return bits;
    }

    /** The shards that must be merged again, or null when every one must (the site changed its shape). */
    private static BitSet changedShards(Stored previous, List<Part> parts, int bits) {
        if (previous.format() != FORMAT || previous.bits() != bits || previous.parts().size() != parts.size()
                || previous.shards() == null || previous.shards().size() != 1 << bits) {
            return null;
        }
        BitSet changed = new BitSet(1 << bits);
        for (int i = 0; i < parts.size(); i++) {
            StoredPart before = previous.parts().get(i);
            Part now = parts.get(i);
            if (!java.util.Objects.equals(before.folder(), now.folder()) || before.blocks() != now.segment().blocks()) {
                return null;
            }
            if (before.segment().equals(now.segment().file().getFileName().toString())) {
                continue;
            }
            Path old = now.segment().file().resolveSibling(before.segment());
            try {
                differences(Segment.open(old), now.segment(), bits, changed);
            } catch (IOException e) {
                return null; // the published segment is gone: merge everything
            }
        }
        return changed;
    }

    /** Marks the shards of every micro-bucket where the two segments differ. */
    private static void differences(Segment a, Segment b, int bits, BitSet changed) {
        int i = 0;
        int j = 0;
        while (i < a.tableSize() || j < b.tableSize()) {
            int ma = i < a.tableSize() ? a.micro(i) : Integer.MAX_VALUE;
            int mb = j < b.tableSize() ? b.micro(j) : Integer.MAX_VALUE;
            if (ma == mb) {
                if (a.checksum(i) != b.checksum(j)) {
                    changed.set(Hash.shard(ma, bits));
                }
                i++;
                j++;
            } else if (ma < mb) {
                changed.set(Hash.shard(ma, bits));
                i++;
            } else {
                changed.set(Hash.shard(mb, bits));
                j++;
            }
        }
    }

    /** Keeps a shard's published files; null when one cannot be kept (then the shard is written again). */
    private static List<String> kept(List<String> files, Keeper keeper) {
        if (files == null || files.isEmpty()) {
            return null;
        }
        for (String file : files) {
            if (!keeper.keep(file)) {
                return null;
            }
        }
        return files;
    }

    private static byte[] manifest(List<Part> parts, int bits) {
        StringBuilder js = new StringBuilder(256 + parts.size() * 40);
        js.append("GongkaiSearch.put(\"").append(SearchFiles.MANIFEST).append("\",{\"format\":").append(FORMAT)
                .append(",\"bits\":").append(bits).append(",\"block\":").append(Segment.BLOCK).append(",\"docs\":")
                .append(SearchFiles.DOCS_PER_FILE).append(",\"maxWord\":").append(Analyzer.MAX_WORD)
                .append(",\"weights\":[");
        for (Field field : Field.values()) {
            js.append(field.ordinal() == 0 ? "" : ",").append(field.weight());
        }
        js.append("],\"stopwords\":[");
        for (int i = 0; i < Analyzer.STOPWORDS.size(); i++) {
            Json.string(js.append(i == 0 ? "" : ","), Analyzer.STOPWORDS.get(i));
        }
        js.append("],\"declarations\":[");
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            js.append(i == 0 ? "[" : ",[");
            Json.string(js, part.folder() == null ? "" : part.folder()).append(',').append(part.year()).append(',')
                    .append(part.segment().projects()).append(']');
        }
        js.append("]});\n");
        return js.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Stored read(Path record) {
        try {
            if (!Files.isRegularFile(record)) {
                return null;
            }
            RecordFile.Reader in = RecordFile.open(record, RECORD);
            int format = in.integer();
            int bits = in.integer();
            int count = in.count();
            List<StoredPart> parts = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                StoredPart part = new StoredPart(in.string(), in.required(), in.integer(), in.integer(), in.number());
                if (!FileNames.isOneName(part.segment())) {
                    // The record lies in the work folder, where it may be edited; a rerun reads the segment it names.
                    return null;
                }
                parts.add(part);
            }
            int shardCount = in.count();
            List<List<String>> shards = new ArrayList<>(shardCount);
            for (int i = 0; i < shardCount; i++) {
                int files = in.count();
                List<String> shard = new ArrayList<>(files);
                for (int f = 0; f < files; f++) {
                    shard.add(in.required());
                }
                shards.add(shard);
            }
            in.end();
            return format == FORMAT ? new Stored(format, bits, parts, shards) : null;
        } catch (IOException | RuntimeException e) {
            return null; // a damaged record, or an earlier version's, only costs merging every shard
        }
    }

}
