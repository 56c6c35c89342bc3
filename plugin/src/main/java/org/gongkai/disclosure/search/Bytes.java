package org.gongkai.disclosure.search;

import java.util.Arrays;

/** A growable byte buffer with the few writes a segment needs (big-endian ints). Not thread-safe. */
final class Bytes {

    private byte[] bytes;
    private int length;

    Bytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    Bytes putInt(int value) {
        ensure(4);
        bytes[length++] = (byte) (value >>> 24);
        bytes[length++] = (byte) (value >>> 16);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
        return this;
    }

    Bytes put(byte[] source, int offset, int count) {
        ensure(count);
        System.arraycopy(source, offset, bytes, length, count);
        length += count;
        return this;
    }

    Bytes put(Bytes other) {
        return put(other.bytes, 0, other.length);
    }

    int length() {
        return length;
    }

    byte[] array() {
        return bytes;
    }

    byte[] toBytes() {
        return Arrays.copyOf(bytes, length);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
