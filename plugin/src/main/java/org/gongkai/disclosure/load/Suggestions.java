package org.gongkai.disclosure.load;

import java.util.Locale;
import java.util.Optional;

import org.gongkai.disclosure.model.FormSchema;

/** Did-you-mean for unknown keys: typos, {@code _} for {@code -}, case, and Chinese form-field names. */
public final class Suggestions {

    private Suggestions() {
    }

    static Optional<FormSchema.Field> closest(String unknown, FormSchema.Part part) {
        Optional<FormSchema.Field> byFormName = part.byFormName(unknown);
        if (byFormName.isPresent()) {
            return byFormName;
        }
        String normalized = unknown.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        FormSchema.Field best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (FormSchema.Field field : part.fields()) {
            int distance = distance(normalized, field.key());
            if (distance < bestDistance) {
                best = field;
                bestDistance = distance;
            }
        }
        int allowed = normalized.length() <= 4 ? 1 : 2;
        boolean prefix = best != null && normalized.length() >= 3
                && (best.key().startsWith(normalized) || normalized.startsWith(best.key()));
        return best != null && (bestDistance <= allowed || prefix) ? Optional.of(best) : Optional.empty();
    }

    /**
     * The name among {@code known} that {@code unknown} was most likely meant to be (a typo, {@code _} for {@code -},
     * case), for settings whose names are not the form's fields.
     */
    public static Optional<String> closest(String unknown, java.util.Collection<String> known) {
        if (unknown.length() > 64) {
            return Optional.empty(); // no name is that long; not worth a distance over every one
        }
        String normalized = unknown.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : known) {
            int distance = distance(normalized, name);
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        int allowed = normalized.length() <= 4 ? 1 : 2;
        boolean prefix = best != null && normalized.length() >= 3 && (best.startsWith(normalized) || normalized.startsWith(best));
        return best != null && (bestDistance <= allowed || prefix) ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
