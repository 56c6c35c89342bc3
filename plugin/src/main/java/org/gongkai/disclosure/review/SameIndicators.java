package org.gongkai.disclosure.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The projects that set the same targets, found by hashing each project's {@link IndicatorSet} once: a hundred
 * thousand projects take a hundred thousand look-ups, not five billion comparisons. Projects are the same when their
 * measurable targets (names and figures, as =96 约谈, =5 例会, ≥85% 满意度) are, whatever qualitative targets beside
 * them; a project with too few measurable targets is compared by all of its targets. Within a group the projects are
 * kept by unit, in content order, so that a finding can name a few of the others without walking the whole group.
 */
final class SameIndicators {

    /** What projects are compared by: their measurable targets, or all their targets when those are too few. */
    record Key(IndicatorSet set, boolean measured) {

        /** The project's key, or null when it has fewer than {@code minimum} indicators to compare. */
        static Key of(ReviewedProject project, int minimum) {
            if (project.measuredSet() != null && project.measuredSet().size() >= minimum) {
                return new Key(project.measuredSet(), true);
            }
            if (project.indicatorSet() != null && project.indicatorSet().size() >= minimum) {
                return new Key(project.indicatorSet(), false);
            }
            return null;
        }
    }

    /** A project and the declaration it belongs to. */
    record Member(ReviewedDeclaration declaration, ReviewedProject project) {

        String unit() {
            return declaration.unit();
        }

        /**
         * How a finding about {@code about} names this project: its name and file, the file within its declaration's
         * folder when that is another declaration's.
         */
        String label(Member about) {
            String file = project.file().substring(project.file().lastIndexOf('/') + 1);
            String where = declaration == about.declaration || declaration.folder() == null ? file
                    : declaration.folder() + "/projects/" + file;
            return project.label() + " (" + where + ")";
        }
    }

    /** The projects with one indicator set, by unit. */
    static final class Group {
        private final Key key;
        private final Map<String, List<Member>> byUnit = new LinkedHashMap<>();
        /** How many projects of a unit have a given id: the same project in another year is no copy. */
        private final Map<String, Integer> sameProject = new HashMap<>();
        private int size;

        private Group(Key key, Member first) {
            this.key = key;
            add(first);
        }

        /** The targets the projects share, and how many. */
        Key key() {
            return key;
        }

        private void add(Member member) {
            byUnit.computeIfAbsent(member.unit(), u -> new ArrayList<>()).add(member);
            sameProject.merge(projectKey(member), 1, Integer::sum);
            size++;
        }

        int size() {
            return size;
        }

        Iterable<Member> members() {
            return () -> byUnit.values().stream().flatMap(List::stream).iterator();
        }

        /** How many projects of the member's unit, other than the member in any year, share the set. */
        int othersInUnit(Member member) {
            return byUnit.get(member.unit()).size() - sameProject.get(projectKey(member));
        }

        /** The first few of those, as findings name them. */
        List<String> firstOthersInUnit(Member member) {
            List<String> names = new ArrayList<>(Listing.SHOWN);
            for (Member other : byUnit.get(member.unit())) {
                if (names.size() == Listing.SHOWN) {
                    break;
                }
                if (!projectKey(other).equals(projectKey(member))) {
                    names.add(other.label(member));
                }
            }
            return names;
        }

        /** How many projects of other units share the set. */
        int othersElsewhere(Member member) {
            return size - byUnit.get(member.unit()).size();
        }

        /** The first few of those, as findings name them. */
        List<String> firstOthersElsewhere(Member member) {
            List<String> names = new ArrayList<>(Listing.SHOWN);
            for (Map.Entry<String, List<Member>> unit : byUnit.entrySet()) {
                if (unit.getKey().equals(member.unit())) {
                    continue;
                }
                for (Member other : unit.getValue()) {
                    if (names.size() == Listing.SHOWN) {
                        return names;
                    }
                    names.add(other.label(member));
                }
            }
            return names;
        }

        private static String projectKey(Member member) {
            // A project whose id could not be read is only ever itself.
            String id = member.project().id() != null ? member.project().id() : "\u0000" + member.project().file();
            return member.unit() + '\u0000' + id;
        }
    }

    private SameIndicators() {
    }

    /**
     * The groups of two or more projects that share at least {@code minimum} targets, in the order they are found;
     * within a group, the projects are in content order. Most projects share their targets with none: a group is made
     * only when a second project has its key.
     */
    static List<Group> groups(List<ReviewedDeclaration> declarations, int minimum) {
        Map<Key, Member> first = new HashMap<>();
        Map<Key, Group> shared = new LinkedHashMap<>();
        for (ReviewedDeclaration declaration : declarations) {
            for (ReviewedProject project : declaration.projects()) {
                Key key = Key.of(project, minimum);
                if (key == null) {
                    continue;
                }
                Member member = new Member(declaration, project);
                Member earlier = first.putIfAbsent(key, member);
                if (earlier != null) {
                    shared.computeIfAbsent(key, k -> new Group(k, earlier)).add(member);
                }
            }
        }
        return List.copyOf(shared.values());
    }
}
