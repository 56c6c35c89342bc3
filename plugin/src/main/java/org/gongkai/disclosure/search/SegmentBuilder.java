package org.gongkai.disclosure.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One declaration's share of the index, built as its projects come (in file order, one thread): for every term, in
 * each block of {@value Segment#BLOCK} projects, the projects that have it in each field and, for pairs of Han
 * characters, where. {@link #finish} writes it as a {@link Segment}, which the whole site's index is merged from.
 */
public final class SegmentBuilder {

    private final Map<Long, Term> han = new HashMap<>();
    private final Map<String, Term> words = new HashMap<>();
    /** The terms with projects in the current block. */
    private final List<Term> touched = new ArrayList<>();
    private int projects;
    private int block;

    /** Adds the next project's terms. */
    public void add(ProjectTerms terms) {
        int project = projects++;
        if (project / Segment.BLOCK != block) {
            flush(Segment.BLOCK);
            block = project / Segment.BLOCK;
        }
        int local = project % Segment.BLOCK;
        long[] occurrences = terms.han;
        int i = 0;
        while (i < occurrences.length) {
            long term = ProjectTerms.term(occurrences[i]);
            int end = i;
            int fields = 0;
            while (end < occurrences.length && ProjectTerms.term(occurrences[end]) == term) {
                fields |= 1 << ProjectTerms.field(occurrences[end]);
                end++;
            }
            Term t = han.get(term);
            if (t == null) {
                t = new Term(ProjectTerms.name(term), ProjectTerms.isPair(term));
                han.put(term, t);
            }
            t.add(local, fields, occurrences, i, end, touched);
            i = end;
        }
        for (int w = 0; w < terms.words.length; w++) {
            Term t = words.computeIfAbsent(terms.words[w], name -> new Term(name, false));
            t.add(local, terms.wordFields[w], null, 0, 0, touched);
        }
    }

    /** The number of projects added. */
    public int projects() {
        return projects;
    }

    /** Writes the segment to {@code file}, replacing any file there, and returns it opened. */
    public Segment finish(Path file) throws IOException {
        if (projects > 0) {
            flush(projects - block * Segment.BLOCK);
        }
        List<Term> all = new ArrayList<>(han.size() + words.size());
        all.addAll(han.values());
        all.addAll(words.values());
        for (Term term : all) {
            term.micro = Hash.micro(term.name);
        }
        all.sort(Comparator.comparingInt((Term t) -> t.micro).thenComparing(t -> t.name));
        Segment.write(file, projects, all.stream().map(t -> new Segment.Entry(t.micro, t.name, t.entries.toBytes(),
                t.blocks)).toList());
        return Segment.open(file);
    }

    private void flush(int blockProjects) {
        for (Term term : touched) {
            term.finishBlock(block, blockProjects);
        }
        touched.clear();
    }

    /** A term's projects in the current block, and its finished blocks. */
    private static final class Term {
        final String name;
        final boolean positional;
        int micro;
        final int[][] projects = new int[4][];
        final int[] counts = new int[4];
        final Vlq[] positions;
        int fields;
        boolean inBlock;
        int blocks;
        /** Each finished block: its number, its projects by field, and for pairs their positions. */
        final Bytes entries = new Bytes(32);

        Term(String name, boolean positional) {
            this.name = name;
            this.positional = positional;
            this.positions = positional ? new Vlq[4] : null;
        }

        void add(int local, int mask, long[] occurrences, int from, int to, List<Term> touched) {
            if (!inBlock) {
                inBlock = true;
                touched.add(this);
            }
            fields |= mask;
            for (int f = 0; f < 4; f++) {
                if ((mask & 1 << f) != 0) {
                    if (projects[f] == null) {
                        projects[f] = new int[8];
                    } else if (counts[f] == projects[f].length) {
                        projects[f] = Arrays.copyOf(projects[f], counts[f] * 2);
                    }
                    projects[f][counts[f]++] = local;
                }
            }
            if (positional) {
                // Occurrences are sorted by field, then position: each field's run is its count, then the first
                // position and the gaps after it.
                int i = from;
                while (i < to) {
                    int field = ProjectTerms.field(occurrences[i]);
                    int end = i;
                    while (end < to && ProjectTerms.field(occurrences[end]) == field) {
                        end++;
                    }
                    Vlq out = positions[field];
                    if (out == null) {
                        out = positions[field] = new Vlq(64);
                    }
                    out.add(end - i);
                    int last = 0;
                    for (int k = i; k < end; k++) {
                        int position = ProjectTerms.position(occurrences[k]);
                        out.add(position - last);
                        last = position;
                    }
                    i = end;
                }
            }
        }

        void finishBlock(int block, int blockProjects) {
            Vlq docs = new Vlq(16).add(fields);
            Vlq where = positional ? new Vlq(64) : null;
            for (int f = 0; f < 4; f++) {
                if ((fields & 1 << f) == 0) {
                    continue;
                }
                DocSets.write(docs, projects[f], counts[f], blockProjects);
                counts[f] = 0;
                if (positional) {
                    where.append(positions[f]);
                    positions[f].clear();
                }
            }
            entries.putInt(block).putInt(docs.length()).put(docs.buffer(), 0, docs.length());
            if (positional) {
                entries.putInt(where.length()).put(where.buffer(), 0, where.length());
            } else {
                entries.putInt(0);
            }
            blocks++;
            fields = 0;
            inBlock = false;
        }
    }

    /** Names as the index writes them: UTF-8. */
    static byte[] utf8(String name) {
        return name.getBytes(StandardCharsets.UTF_8);
    }
}
