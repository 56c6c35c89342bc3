package org.gongkai.disclosure.search;

import java.util.Arrays;

/**
 * The index's numbers written as text, so that a shard is a plain script the browser can load from disk: each
 * character of the URL-safe base-64 alphabet carries five bits of a number and, in its sixth, whether more follow
 * (the variable-length quantities of source maps, unsigned). Bitmaps use all six bits of each character. A growable
 * buffer of ASCII bytes; not thread-safe.
 */
final class Vlq {

    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final byte[] DIGITS = ALPHABET.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] bytes;
    private int length;

    Vlq() {
        this(32);
    }

    Vlq(int capacity) {
        bytes = new byte[Math.max(8, capacity)];
    }

    /** Appends an unsigned number. */
    Vlq add(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("Negative " + value);
        }
        ensure(13);
        do {
            int digit = (int) (value & 31);
            value >>>= 5;
            if (value > 0) {
                digit |= 32;
            }
            bytes[length++] = DIGITS[digit];
        } while (value > 0);
        return this;
    }

    /** How many characters {@link #add} takes for {@code value}. */
    static int width(long value) {
        int width = 1;
        while ((value >>>= 5) > 0) {
            width++;
        }
        return width;
    }

    /** Appends {@code bits} bits of {@code set} (bit i is member i), six to a character, lowest first. */
    Vlq bitmap(int[] members, int count, int bits) {
        int chars = (bits + 5) / 6;
        ensure(chars);
        int[] sextets = new int[chars];
        for (int i = 0; i < count; i++) {
            sextets[members[i] / 6] |= 1 << (members[i] % 6);
        }
        for (int sextet : sextets) {
            bytes[length++] = DIGITS[sextet];
        }
        return this;
    }

    Vlq append(Vlq other) {
        return append(other.bytes, 0, other.length);
    }

    Vlq append(byte[] source, int offset, int count) {
        ensure(count);
        System.arraycopy(source, offset, bytes, length, count);
        length += count;
        return this;
    }

    int length() {
        return length;
    }

    byte[] toBytes() {
        return Arrays.copyOf(bytes, length);
    }

    void clear() {
        length = 0;
    }

    byte[] buffer() {
        return bytes;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
