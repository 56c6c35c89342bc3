package org.gongkai.disclosure.review;

import java.util.List;

import org.gongkai.disclosure.diag.Message;

/** A list of names in a message, joined as the reader's language joins them, with a count of those left out. */
final class Listing {

    /** The most names one finding lists. */
    static final int SHOWN = 3;

    private Listing() {
    }

    /**
     * @param first the first names, at most {@link #SHOWN} of them are shown
     * @param total how many there are in all
     * @return a text or a message, as a message's argument
     */
    static Object of(List<String> first, int total) {
        List<String> shown = first.subList(0, Math.min(SHOWN, first.size()));
        Object joined = shown.get(0);
        for (String next : shown.subList(1, shown.size())) {
            joined = Message.of("review.list.pair", joined, next);
        }
        return total > shown.size() ? Message.of("review.list.more", joined, total - shown.size()) : joined;
    }

    static Object of(List<String> all) {
        return of(all, all.size());
    }
}
