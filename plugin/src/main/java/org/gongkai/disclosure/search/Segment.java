package org.gongkai.disclosure.search;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * One declaration's share of the index, as a file in the output's work folder: its terms in micro-bucket order
 * (see {@link Hash}), each with its blocks, and a table of the micro-buckets with their place and a checksum, so that
 * a merge reads only the buckets it needs and a rerun sees which buckets a changed declaration touched. Kept between
 * runs for the declarations that do not change. Read through a memory map; immutable once written.
 *
 * <pre>
 * "GKSEG1" projects:int
 * terms: name-length:short name:UTF-8 blocks:int (block:int docs-length:int docs positions-length:int positions)*
 * table: (micro:int offset:long length:int crc:int)*
 * trailer: table-offset:long micro-buckets:int estimate:long "GKSEG1"
 * </pre>
 */
public final class Segment {

    /** Projects a block holds: a project is found in the index as its block and its place there. */
    public static final int BLOCK = 256;
    /** A term whose entry is longer than this is written to files of its own, not inline in its shard. */
    static final int INLINE = 1024;
    private static final byte[] MAGIC = "GKSEG1".getBytes(StandardCharsets.US_ASCII);
    private static final int TRAILER = 8 + 4 + 8 + MAGIC.length;

    /** A term of the segment as written. */
    record Entry(int micro, String name, byte[] blocks, int blockCount) {
    }

    private static final int ENTRY = 20;

    private final Path file;
    /** The file as mapped and checked; made when first needed (see {@link #lazy}). */
    private volatile Mapped mapped;
    /** The header as the published index's record states it, or -1: a segment nothing reads is never opened. */
    private int knownProjects = -1;
    private long knownEstimate = -1;

    /** A segment's file, mapped: its data, its header and where its table lies. */
    private record Mapped(ByteBuffer data, int projects, int tableOffset, int tableSize, long estimate) {
    }

    private Segment(Path file) {
        this.file = file;
    }

    static void write(Path file, int projects, List<Entry> entries) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.createDirectories(file.getParent());
        List<int[]> table = new ArrayList<>();
        List<Long> tableOffsets = new ArrayList<>();
        long estimate = 0;
        try (OutputStream raw = Files.newOutputStream(temporary);
                Counting counting = new Counting(new BufferedOutputStream(raw, 1 << 16));
                DataOutputStream out = new DataOutputStream(counting)) {
            out.write(MAGIC);
            out.writeInt(projects);
            int i = 0;
            while (i < entries.size()) {
                int micro = entries.get(i).micro();
                long start = counting.count;
                CRC32C crc = new CRC32C();
                while (i < entries.size() && entries.get(i).micro() == micro) {
                    Entry entry = entries.get(i++);
                    byte[] name = SegmentBuilder.utf8(entry.name());
                    byte[] head = ByteBuffer.allocate(2 + name.length + 4).putShort((short) name.length).put(name)
                            .putInt(entry.blockCount()).array();
                    out.write(head);
                    out.write(entry.blocks());
                    crc.update(head);
                    crc.update(entry.blocks());
                    estimate += Math.min(INLINE, entry.blocks().length + name.length);
                }
                table.add(new int[] {micro, (int) (counting.count - start), (int) crc.getValue()});
                tableOffsets.add(start);
            }
            long tableOffset = counting.count;
            for (int t = 0; t < table.size(); t++) {
                out.writeInt(table.get(t)[0]);
                out.writeLong(tableOffsets.get(t));
                out.writeInt(table.get(t)[1]);
                out.writeInt(table.get(t)[2]);
            }
            out.writeLong(tableOffset);
            out.writeInt(table.size());
            out.writeLong(estimate);
            out.write(MAGIC);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Opens a segment; an unreadable or foreign file is an {@link IOException}. */
    public static Segment open(Path file) throws IOException {
        Segment segment = new Segment(file);
        segment.mapped = map(file);
        return segment;
    }

    /**
     * A segment kept from the published site, opened only when something reads it. A rerun that changed one
     * declaration of a thousand reads a few of their segments; opening each of the others would cost a read from disk
     * for nothing. A damaged file then fails the read that needs it.
     */
    public static Segment lazy(Path file) {
        return new Segment(file);
    }

    /** Takes the header as the record of the published index states it, for a segment of that file's name. */
    void known(int projects, long estimate) {
        if (projects >= 0 && estimate >= 0) {
            this.knownProjects = projects;
            this.knownEstimate = estimate;
        }
    }

    private Mapped mapped() {
        Mapped current = mapped;
        if (current == null) {
            synchronized (this) {
                current = mapped;
                if (current == null) {
                    try {
                        current = map(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    mapped = current;
                }
            }
        }
        return current;
    }

    private static Mapped map(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < MAGIC.length + 4 + TRAILER) {
                throw new IOException("Not a search segment: " + file);
            }
            MappedByteBuffer data = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            byte[] magic = new byte[MAGIC.length];
            data.get(0, magic);
            byte[] end = new byte[MAGIC.length];
            data.get((int) size - MAGIC.length, end);
            if (!java.util.Arrays.equals(magic, MAGIC) || !java.util.Arrays.equals(end, MAGIC)) {
                throw new IOException("Not a search segment: " + file);
            }
            int projects = data.getInt(MAGIC.length);
            int trailer = (int) size - TRAILER;
            long tableOffset = data.getLong(trailer);
            int count = data.getInt(trailer + 8);
            long estimate = data.getLong(trailer + 12);
            if (tableOffset < MAGIC.length + 4 || tableOffset + (long) count * ENTRY != trailer) {
                throw new IOException("Damaged search segment " + file);
            }
            return new Mapped(data, projects, (int) tableOffset, count, estimate);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IOException("Damaged search segment " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    public int projects() {
        return knownProjects >= 0 ? knownProjects : mapped().projects();
    }

    /** The number of blocks of {@value #BLOCK} projects. */
    public int blocks() {
        return (projects() + BLOCK - 1) / BLOCK;
    }

    /** The bytes its terms would take inline in their shards: what sizes the site's shards. */
    long estimate() {
        return knownEstimate >= 0 ? knownEstimate : mapped().estimate();
    }

    /** The index in the table of the first micro-bucket at or after {@code micro}. */
    int firstAtOrAfter(int micro) {
        int lo = 0;
        int hi = tableSize();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (micro(mid) < micro) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    int tableSize() {
        return mapped().tableSize();
    }

    int micro(int index) {
        Mapped m = mapped();
        return m.data().getInt(m.tableOffset() + index * ENTRY);
    }

    /** A micro-bucket's checksum, with its length, to tell whether two segments differ there. */
    long checksum(int index) {
        Mapped m = mapped();
        ByteBuffer data = m.data();
        int at = m.tableOffset() + index * ENTRY;
        return (long) data.getInt(at + 12) << 32 | (data.getInt(at + 16) & 0xFFFFFFFFL);
    }

    /** Reads the terms of the micro-bucket at {@code index} of the table. */
    void read(int index, TermVisitor visitor) {
        Mapped m = mapped();
        ByteBuffer data = m.data();
        int tableOffset = m.tableOffset();
        int at = (int) data.getLong(tableOffset + index * ENTRY + 4);
        int end = at + data.getInt(tableOffset + index * ENTRY + 12);
        while (at < end) {
            int nameLength = data.getShort(at) & 0xFFFF;
            byte[] name = new byte[nameLength];
            data.get(at + 2, name);
            at += 2 + nameLength;
            int blocks = data.getInt(at);
            at += 4;
            String term = new String(name, StandardCharsets.UTF_8);
            for (int b = 0; b < blocks; b++) {
                int block = data.getInt(at);
                int docs = data.getInt(at + 4);
                int docsAt = at + 8;
                int positions = data.getInt(docsAt + docs);
                int positionsAt = docsAt + docs + 4;
                visitor.block(term, block, data, docsAt, docs, positionsAt, positions);
                at = positionsAt + positions;
            }
        }
    }

    /** Reads a byte of the micro-bucket at {@code index}, so that its page is in memory when it is read. */
    void touch(int index) {
        Mapped m = mapped();
        m.data().get((int) m.data().getLong(m.tableOffset() + index * ENTRY + 4));
    }

    /** Receives each block of each term read. */
    interface TermVisitor {
        void block(String term, int block, ByteBuffer data, int docsAt, int docsLength, int positionsAt,
                int positionsLength);
    }

    /** Counts what passes through, for the table's offsets. */
    private static final class Counting extends java.io.FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
