package org.gongkai.disclosure.search;

/**
 * The projects of one block that have a term in one field, in the fewest characters: all of them ({@code 1}); a
 * list ({@code count + 1}, then the first project and the gaps between the next ones, each less one); or a bitmap
 * ({@code 0}, then one bit a project, six to a character). The search script reads them back.
 */
final class DocSets {

    static final int BITMAP = 0;
    static final int ALL = 1;

    private DocSets() {
    }

    /**
     * Writes the set.
     *
     * @param members the projects, ascending, numbered from 0 in their block
     * @param blockProjects how many projects the block has
     */
    static void write(Vlq out, int[] members, int count, int blockProjects) {
        if (count == blockProjects) {
            out.add(ALL);
            return;
        }
        long list = Vlq.width(count + 1L);
        int previous = -1;
        for (int i = 0; i < count; i++) {
            list += Vlq.width(members[i] - previous - 1L);
            previous = members[i];
        }
        long bitmap = 1 + (blockProjects + 5) / 6;
        if (bitmap < list) {
            out.add(BITMAP).bitmap(members, count, blockProjects);
            return;
        }
        out.add(count + 1L);
        previous = -1;
        for (int i = 0; i < count; i++) {
            out.add(members[i] - previous - 1L);
            previous = members[i];
        }
    }
}
