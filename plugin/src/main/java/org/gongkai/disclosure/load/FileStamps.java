package org.gongkai.disclosure.load;

import java.util.Arrays;

/**
 * What the listing of a folder saw of each of its files, in the listing's order: size, modification and change
 * times (in nanoseconds) and inode, from the one system call that also told the file was not a link. A later
 * fingerprint of the files takes them from here rather than asking for each of 100,000 files again. A file seen
 * through a link, or on a file system without these attributes, has no stamp: its fingerprint asks for its target's.
 */
public final class FileStamps {

    /** Four numbers a file: size, modified, changed, inode. */
    private static final int WIDTH = 4;
    public static final FileStamps NONE = new FileStamps(new long[0], new boolean[0]);

    private final long[] values;
    private final boolean[] present;

    private FileStamps(long[] values, boolean[] present) {
        this.values = values;
        this.present = present;
    }

    /** True when the file at {@code index} of the listing has a stamp. */
    public boolean has(int index) {
        return index < present.length && present[index];
    }

    public long size(int index) {
        return values[index * WIDTH];
    }

    public long modified(int index) {
        return values[index * WIDTH + 1];
    }

    public long changed(int index) {
        return values[index * WIDTH + 2];
    }

    public long inode(int index) {
        return values[index * WIDTH + 3];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileStamps s && Arrays.equals(values, s.values) && Arrays.equals(present, s.present);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    /** Stamps gathered file by file, in the listing's order. */
    static final class Builder {
        private long[] values = new long[64 * WIDTH];
        private boolean[] present = new boolean[64];
        private int count;

        /** The next file's stamp; {@code stamp} null for a file without one. */
        void add(long[] stamp) {
            if (count == present.length) {
                present = Arrays.copyOf(present, count * 2);
                values = Arrays.copyOf(values, count * 2 * WIDTH);
            }
            if (stamp != null) {
                System.arraycopy(stamp, 0, values, count * WIDTH, WIDTH);
                present[count] = true;
            }
            count++;
        }

        FileStamps build() {
            return count == 0 ? NONE : new FileStamps(Arrays.copyOf(values, count * WIDTH), Arrays.copyOf(present, count));
        }
    }
}
