package org.gongkai.disclosure.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** The links between the pages of a long list, for every paged index of the site. */
final class Pagers {

    private Pagers() {
    }

    /**
     * The pager of page {@code current} of {@code pages}, or null when the list fits on one page.
     *
     * @param href the link to page {@code n} (from 1), relative to the pages themselves
     */
    static Views.Pager of(int current, int pages, IntFunction<String> href, Labels labels) {
        if (pages <= 1) {
            return null;
        }
        List<Views.PageLink> links = new ArrayList<>(pages);
        for (int i = 1; i <= pages; i++) {
            links.add(new Views.PageLink(href.apply(i), String.valueOf(i), i == current));
        }
        Views.Link previous = current > 1 ? new Views.Link(href.apply(current - 1), labels.get("pager.previous")) : null;
        Views.Link next = current < pages ? new Views.Link(href.apply(current + 1), labels.get("pager.next")) : null;
        return new Views.Pager(links, previous, next, labels.get("pager.label"));
    }
}
