package org.gongkai.disclosure.render;

/** How many pages a declaration's index takes, for the run's summary. */
public final class IndexPages {

    private IndexPages() {
    }

    public static int count(int projects) {
        return IndexPage.pages(projects);
    }
}
