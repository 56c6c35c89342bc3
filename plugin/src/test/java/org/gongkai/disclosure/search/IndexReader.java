package org.gongkai.disclosure.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a published search index back, independently of the search script: the manifest, and any term's postings
 * (project, fields, and for a pair of Han characters the positions in each field), following the term to its own
 * file and its positions' files. What the tests compare the index with.
 */
final class IndexReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PUT = Pattern.compile("(?s)GongkaiSearch\\.put\\(\"([^\"]+)\",(.*)\\);\\n");

    /** A project's postings of a term: its place in the site's order, its fields, and positions by field. */
    record Posting(int doc, int fields, Map<Integer, List<Integer>> positions) {
    }

    private final Map<String, byte[]> site;
    final JsonNode manifest;
    private final int[] blockFirst;
    private final int[] blockSize;

    IndexReader(Map<String, byte[]> site) {
        this.site = site;
        this.manifest = script("manifest");
        List<Integer> first = new ArrayList<>();
        List<Integer> size = new ArrayList<>();
        int total = 0;
        int block = manifest.get("block").asInt();
        for (JsonNode declaration : manifest.get("declarations")) {
            int projects = declaration.get(2).asInt();
            for (int b = 0; b * block < projects; b++) {
                first.add(total + b * block);
                size.add(Math.min(block, projects - b * block));
            }
            total += projects;
        }
        blockFirst = first.stream().mapToInt(Integer::intValue).toArray();
        blockSize = size.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The data a file of the index hands to {@code GongkaiSearch.put}, checking that it names itself. */
    JsonNode script(String name) {
        byte[] bytes = site.get(SearchFiles.script(name));
        if (bytes == null) {
            throw new AssertionError("No file " + SearchFiles.script(name));
        }
        Matcher m = PUT.matcher(new String(bytes, StandardCharsets.UTF_8));
        if (!m.matches() || !m.group(1).equals(name)) {
            throw new AssertionError("Not a script of " + name + ": " + new String(bytes, StandardCharsets.UTF_8));
        }
        try {
            return JSON.readTree(m.group(2));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    int shardOf(String term) {
        int bits = manifest.get("bits").asInt();
        return bits == 0 ? 0 : Hash.of(term) >>> (32 - bits);
    }

    /** Every term of every shard. */
    List<String> terms() {
        List<String> terms = new ArrayList<>();
        for (int shard = 0; shard < 1 << manifest.get("bits").asInt(); shard++) {
            script("t/" + shard).fieldNames().forEachRemaining(terms::add);
        }
        return terms;
    }

    /** The term's postings, by project; empty when the index does not have it. */
    Map<Integer, Posting> postings(String term) {
        JsonNode record = script("t/" + shardOf(term)).get(term);
        Map<Integer, Posting> postings = new TreeMap<>();
        if (record == null) {
            return postings;
        }
        if (record.isTextual()) {
            record = script(record.asText());
        }
        String docs = record.get(0).asText();
        Cursor cursor = new Cursor(docs);
        List<int[]> entries = new ArrayList<>(); // block, fields
        List<List<List<Integer>>> sets = new ArrayList<>();
        int block = -1;
        while (cursor.more()) {
            block += 1 + (int) cursor.number();
            int fields = (int) cursor.number();
            List<List<Integer>> byField = new ArrayList<>();
            for (int f = 0; f < 4; f++) {
                List<Integer> members = (fields & 1 << f) == 0 ? List.of() : cursor.docSet(blockSize[block]);
                byField.add(members);
                for (int local : members) {
                    int doc = blockFirst[block] + local;
                    Posting before = postings.get(doc);
                    postings.put(doc, new Posting(doc, (before == null ? 0 : before.fields()) | 1 << f, new TreeMap<>()));
                }
            }
            entries.add(new int[] {block, fields});
            sets.add(byField);
        }
        if (record.size() > 1) {
            String positions;
            if (record.get(1).isTextual()) {
                positions = record.get(1).asText();
            } else {
                StringBuilder all = new StringBuilder();
                int previous = -1;
                for (JsonNode chunk : record.get(1)) {
                    int first = chunk.get(0).asInt();
                    if (previous < 0 ? first != 0 : first <= previous) {
                        throw new AssertionError("Chunks of " + term + " out of order at " + first);
                    }
                    previous = first;
                    all.append(script(chunk.get(1).asText()).asText());
                }
                positions = all.toString();
            }
            Cursor at = new Cursor(positions);
            for (int e = 0; e < entries.size(); e++) {
                for (int f = 0; f < 4; f++) {
                    for (int local : sets.get(e).get(f)) {
                        int count = (int) at.number();
                        List<Integer> where = new ArrayList<>();
                        int position = 0;
                        for (int c = 0; c < count; c++) {
                            position += (int) at.number();
                            where.add(position);
                        }
                        postings.get(blockFirst[entries.get(e)[0]] + local).positions().put(f, where);
                    }
                }
            }
            if (at.more()) {
                throw new AssertionError("Positions of " + term + " left over");
            }
        }
        return postings;
    }

    /** Reads the index's numbers and sets of projects. */
    private static final class Cursor {
        private final String text;
        private int at;

        Cursor(String text) {
            this.text = text;
        }

        boolean more() {
            return at < text.length();
        }

        long number() {
            long value = 0;
            int shift = 0;
            int digit;
            do {
                digit = Vlq.ALPHABET.indexOf(text.charAt(at++));
                value |= (long) (digit & 31) << shift;
                shift += 5;
            } while ((digit & 32) != 0);
            return value;
        }

        List<Integer> docSet(int size) {
            long kind = number();
            List<Integer> members = new ArrayList<>();
            if (kind == DocSets.ALL) {
                for (int i = 0; i < size; i++) {
                    members.add(i);
                }
            } else if (kind == DocSets.BITMAP) {
                for (int i = 0; i < size; i++) {
                    if ((Vlq.ALPHABET.indexOf(text.charAt(at + i / 6)) & 1 << (i % 6)) != 0) {
                        members.add(i);
                    }
                }
                at += (size + 5) / 6;
            } else {
                int previous = -1;
                for (long i = 0; i < kind - 1; i++) {
                    previous += 1 + (int) number();
                    members.add(previous);
                }
            }
            return members;
        }
    }
}
