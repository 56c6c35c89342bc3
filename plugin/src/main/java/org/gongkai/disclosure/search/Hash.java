package org.gongkai.disclosure.search;

/**
 * Where a term lives: the 32-bit FNV-1a hash of its UTF-16 code units, the same in the search script. Its top
 * {@value #MICRO_BITS} bits are the term's micro-bucket; a site of {@code 2^bits} shards puts a term in the shard
 * named by its top {@code bits} bits, so a shard is always a run of whole micro-buckets.
 */
final class Hash {

    static final int MICRO_BITS = 16;

    private Hash() {
    }

    static int of(String term) {
        int hash = 0x811C9DC5;
        for (int i = 0; i < term.length(); i++) {
            hash ^= term.charAt(i);
            hash *= 0x01000193;
        }
        return hash;
    }

    static int micro(String term) {
        return of(term) >>> (32 - MICRO_BITS);
    }

    /** The shard of a micro-bucket in a site of {@code 2^bits} shards. */
    static int shard(int micro, int bits) {
        return micro >>> (MICRO_BITS - bits);
    }
}
