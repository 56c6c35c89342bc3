package org.gongkai.disclosure.write;

import java.nio.charset.StandardCharsets;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The files a published site's marker lists, kept as the marker's own bytes with a table of where each path starts:
 * a rerun of a large site looks up its 200,000 paths without a string and a hash-set entry for each, which the
 * garbage collector had to copy in every rerun that writes. Each path has a number ({@link #indexOf}), its place from
 * 0 among the lines kept, so that a run marks the files it keeps in a {@link Marks} rather than in another set.
 * Paths are ASCII, as every path Gongkai writes is. Unmodifiable, and safe to read from several threads.
 */
final class OwnedFiles extends AbstractSet<String> {

    static final OwnedFiles NONE = new OwnedFiles(new byte[0], new int[1], 0);

    /** The paths, each ended by \n: path {@code i} is {@code [starts[i], starts[i + 1] - 1)}. */
    private final byte[] bytes;
    private final int[] starts;
    /** The number of lines kept, repeated ones included (a hand-edited marker may list a path twice). */
    private final int lines;
    /** The lines that repeat an earlier one, or null when none does. */
    private final BitSet repeated;
    private final int size;
    /**
     * Open addressing by the paths' string hash: line number + 1 in each used slot, 0 in a free one; null when the
     * paths' hashes crowd together (see {@link #MAX_RUN}), and then {@link #sorted} is used.
     */
    private final int[] slots;
    /** The lines of the distinct paths in the paths' order, for a binary search; null while {@link #slots} serve. */
    private final int[] sorted;

    /**
     * The longest run of used slots that a look-up may walk. A string's hash is easily made to collide (every path
     * of "Aa" and "BB" in the same number has the same one), and a marker of colliding paths written by hand into a
     * copy of the site would make each look-up walk them all; past this run the paths are searched in order instead,
     * which no choice of paths slows down. The 226,704 paths of the benchmark's 100,000 projects make runs of 30.
     */
    static final int MAX_RUN = 128;

    private OwnedFiles(byte[] bytes, int[] starts, int lines) {
        this.bytes = bytes;
        this.starts = starts;
        this.lines = lines;
        BitSet repeats = new BitSet();
        int[] table = hashed(repeats);
        if (table == null) {
            repeats.clear();
            this.sorted = inOrder(repeats);
        } else {
            this.sorted = null;
        }
        this.slots = table;
        this.repeated = repeats.isEmpty() ? null : repeats;
        this.size = lines - repeats.cardinality();
    }

    /** The hash table of the lines, the repeated ones marked in {@code repeats}; null when the hashes crowd. */
    private int[] hashed(BitSet repeats) {
        int[] table = new int[Integer.highestOneBit(Math.max(2, lines) * 2 - 1) << 1];
        int mask = table.length - 1;
        for (int i = 0; i < lines; i++) {
            int start = starts[i];
            int end = starts[i + 1] - 1;
            int slot = spread(hash(bytes, start, end)) & mask;
            for (int walked = 0; table[slot] != 0 && !same(table[slot] - 1, start, end); walked++) {
                if (walked == MAX_RUN) {
                    return null;
                }
                slot = (slot + 1) & mask;
            }
            if (table[slot] == 0) {
                table[slot] = i + 1;
            } else {
                repeats.set(i);
            }
        }
        // A look-up that misses walks from its slot to a free one: no run of used slots may be longer than allowed.
        int run = 0;
        for (int k = 0; k < table.length * 2 && run <= MAX_RUN; k++) {
            run = table[k & mask] == 0 ? 0 : run + 1;
        }
        return run > MAX_RUN ? null : table;
    }

    /** The lines of the distinct paths in the paths' order, the repeated ones marked in {@code repeats}. */
    private int[] inOrder(BitSet repeats) {
        Integer[] order = new Integer[lines];
        for (int i = 0; i < lines; i++) {
            order[i] = i;
        }
        // The sort is stable: of equal paths, the first line comes first and stands for the others.
        Arrays.sort(order, this::compare);
        int[] distinct = new int[lines];
        int count = 0;
        for (int line : order) {
            if (count > 0 && compare(distinct[count - 1], line) == 0) {
                repeats.set(line);
            } else {
                distinct[count++] = line;
            }
        }
        return Arrays.copyOf(distinct, count);
    }

    private int compare(int line, int other) {
        return Arrays.compareUnsigned(bytes, starts[line], starts[line + 1] - 1, bytes, starts[other],
                starts[other + 1] - 1);
    }

    private boolean same(int line, int from, int to) {
        return Arrays.equals(bytes, starts[line], starts[line + 1] - 1, bytes, from, to);
    }

    /**
     * The lines of {@code marker} from {@code from} on that {@code keep} accepts: a line ends at \n, \r\n or \r, as
     * {@code Files.readAllLines} ends it.
     */
    static OwnedFiles ofLines(byte[] marker, int from, LineFilter keep) {
        byte[] kept = new byte[marker.length - from + 1];
        int[] starts = new int[Math.max(16, (marker.length - from) / 24)];
        int lines = 0;
        int length = 0;
        for (int start = from; start < marker.length; ) {
            int end = lineEnd(marker, start);
            if (keep.accepts(marker, start, end)) {
                if (lines + 1 >= starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[lines++] = length;
                System.arraycopy(marker, start, kept, length, end - start);
                length += end - start;
                kept[length++] = '\n';
            }
            start = nextLine(marker, end);
        }
        starts[lines] = length;
        return lines == 0 ? NONE : new OwnedFiles(kept, starts, lines);
    }

    /** Where the line of a marker that starts at {@code start} ends: at its \n or \r, or at the end of the file. */
    static int lineEnd(byte[] marker, int start) {
        int end = start;
        while (end < marker.length && marker[end] != '\n' && marker[end] != '\r') {
            end++;
        }
        return end;
    }

    /** Where the next line starts after a line that ends at {@code end}: lines end as readAllLines ends them. */
    static int nextLine(byte[] marker, int end) {
        return end + 1 < marker.length && marker[end] == '\r' && marker[end + 1] == '\n' ? end + 2 : end + 1;
    }

    /** The paths of {@code paths}, each once. */
    static OwnedFiles of(Collection<String> paths) {
        if (paths instanceof OwnedFiles owned) {
            return owned;
        }
        StringBuilder text = new StringBuilder();
        for (String path : paths) {
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                if (c >= 0x80 || c == '\n' || c == '\r') {
                    throw new IllegalArgumentException("Not a path of the site: " + path);
                }
            }
            text.append(path).append('\n');
        }
        byte[] lines = text.toString().getBytes(StandardCharsets.US_ASCII);
        return ofLines(lines, 0, (b, from, to) -> true);
    }

    /** Which lines of a marker are paths. */
    @FunctionalInterface
    interface LineFilter {
        boolean accepts(byte[] bytes, int from, int to);
    }

    /** The number of {@code path}'s line among the lines kept, from 0, or -1 when it is not listed. */
    int indexOf(Object path) {
        if (!(path instanceof String text) || size == 0) {
            return -1;
        }
        if (slots != null) {
            int mask = slots.length - 1;
            for (int slot = spread(text.hashCode()) & mask; ; slot = (slot + 1) & mask) {
                int entry = slots[slot];
                if (entry == 0) {
                    return -1;
                }
                if (matches(entry - 1, text)) {
                    return entry - 1;
                }
            }
        }
        for (int low = 0, high = sorted.length - 1; low <= high; ) {
            int middle = (low + high) >>> 1;
            int order = compare(text, sorted[middle]);
            if (order == 0) {
                return sorted[middle];
            }
            if (order < 0) {
                high = middle - 1;
            } else {
                low = middle + 1;
            }
        }
        return -1;
    }

    /** {@code path} against the path of {@code line}, in the order of their characters. */
    private int compare(String path, int line) {
        int start = starts[line];
        int length = starts[line + 1] - 1 - start;
        for (int i = 0, shorter = Math.min(length, path.length()); i < shorter; i++) {
            int difference = path.charAt(i) - (bytes[start + i] & 0xff);
            if (difference != 0) {
                return difference;
            }
        }
        return path.length() - length;
    }

    /** True when the paths' hashes crowded and look-ups search them in order (see {@link #MAX_RUN}). */
    boolean searchesInOrder() {
        return slots == null;
    }

    /** The path of line {@code index}. */
    String path(int index) {
        return new String(bytes, starts[index], starts[index + 1] - 1 - starts[index], StandardCharsets.ISO_8859_1);
    }

    @Override
    public boolean contains(Object path) {
        return indexOf(path) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next = following(0);

            @Override
            public boolean hasNext() {
                return next < lines;
            }

            @Override
            public String next() {
                if (next >= lines) {
                    throw new NoSuchElementException();
                }
                String path = path(next);
                next = following(next + 1);
                return path;
            }
        };
    }

    /** The first line from {@code line} on that does not repeat an earlier one. */
    private int following(int line) {
        return repeated == null ? line : Math.min(lines, repeated.nextClearBit(line));
    }

    /** Marks some of the paths, from several threads at once: the files a run keeps, without a set of strings. */
    static final class Marks {
        private final OwnedFiles owned;
        private final AtomicLongArray words;
        private final AtomicInteger count = new AtomicInteger();

        Marks(OwnedFiles owned) {
            this.owned = owned;
            this.words = new AtomicLongArray((owned.lines + 63) >>> 6);
        }

        /** Marks a listed path; one not listed is refused. */
        void add(String path) {
            int index = owned.indexOf(path);
            if (index < 0) {
                throw new IllegalArgumentException("Not a listed file: " + path);
            }
            mark(index);
        }

        /** Marks the path of line {@code index} ({@link OwnedFiles#indexOf}). */
        void mark(int index) {
            long bit = 1L << index;
            int word = index >>> 6;
            long before;
            do {
                before = words.get(word);
                if ((before & bit) != 0) {
                    return;
                }
            } while (!words.compareAndSet(word, before, before | bit));
            count.incrementAndGet();
        }

        boolean contains(String path) {
            int index = owned.indexOf(path);
            return index >= 0 && (words.get(index >>> 6) & (1L << index)) != 0;
        }

        int size() {
            return count.get();
        }

        /** Adds every marked path to {@code into}. */
        void addTo(Collection<String> into) {
            for (int index = 0; index < owned.lines; index++) {
                if ((words.get(index >>> 6) & (1L << index)) != 0) {
                    into.add(owned.path(index));
                }
            }
        }
    }

    private boolean matches(int index, String path) {
        int start = starts[index];
        int length = starts[index + 1] - 1 - start;
        if (path.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (path.charAt(i) != (bytes[start + i] & 0xff)) {
                return false;
            }
        }
        return true;
    }

    /** {@link String#hashCode()} of the Latin-1 text {@code [from, to)}. */
    private static int hash(byte[] bytes, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + (bytes[i] & 0xff);
        }
        return h;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
