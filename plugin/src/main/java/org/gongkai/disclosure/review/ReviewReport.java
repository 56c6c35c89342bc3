package org.gongkai.disclosure.review;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The review of a whole content folder: every declaration with its projects and their findings, and the settings it
 * was made with.
 *
 * @param multi true when the content folder holds several declarations in sub-folders
 */
public record ReviewReport(List<ReviewedDeclaration> declarations, ReviewSettings settings, boolean multi) {

    public ReviewReport {
        declarations = List.copyOf(declarations);
    }

    public int projects() {
        return declarations.stream().mapToInt(d -> d.projects().size()).sum();
    }

    public long indicators() {
        return declarations.stream().mapToLong(ReviewedDeclaration::indicators).sum();
    }

    public long measurable() {
        return declarations.stream().mapToLong(ReviewedDeclaration::measurable).sum();
    }

    public long findings() {
        return declarations.stream().mapToLong(ReviewReport::findings).sum();
    }

    public static long findings(ReviewedDeclaration declaration) {
        return declaration.projects().stream().mapToLong(p -> p.findings().size()).sum();
    }

    /** The number of findings of each rule, in all. */
    public Map<String, Long> byRule() {
        Map<String, Long> counts = new HashMap<>();
        for (ReviewedDeclaration declaration : declarations) {
            for (ReviewedProject project : declaration.projects()) {
                project.findings().forEach(f -> counts.merge(f.rule(), 1L, Long::sum));
            }
        }
        return counts;
    }

    public long bySeverity(ReviewSeverity severity) {
        return declarations.stream().flatMap(d -> d.projects().stream()).flatMap(p -> p.findings().stream())
                .filter(f -> f.severity() == severity).count();
    }

    /** A declaration's findings by category. */
    public static Map<ReviewCategory, Long> byCategory(ReviewedDeclaration declaration) {
        Map<ReviewCategory, Long> counts = new EnumMap<>(ReviewCategory.class);
        for (ReviewCategory category : ReviewCategory.values()) {
            counts.put(category, 0L);
        }
        for (ReviewedProject project : declaration.projects()) {
            project.findings().forEach(f -> counts.merge(f.category(), 1L, Long::sum));
        }
        return counts;
    }
}
