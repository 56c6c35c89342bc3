package org.gongkai.disclosure.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.model.Language;
import org.gongkai.disclosure.search.SearchFiles;

/**
 * The search box every index and project page has ({@code search.mustache}): a form whose plain submission leads
 * to the site's index in the page's language, the address of the index the search script reads, and the texts the
 * script shows, from the site's labels.
 */
final class SearchBox {

    /** The labels the script needs, by the name of their {@code data-} attribute. */
    private static final Map<String, String> SCRIPT_LABELS = Map.ofEntries(
            Map.entry("found", "search.found"), Map.entry("found-one", "search.foundOne"),
            Map.entry("found-at-least", "search.foundAtLeast"), Map.entry("none", "search.none"),
            Map.entry("searching", "search.searching"), Map.entry("failed", "search.failed"),
            Map.entry("matched", "search.matched"), Map.entry("field-name", "search.field.name"),
            Map.entry("field-unit", "search.field.unit"), Map.entry("field-indicators", "search.field.indicators"),
            Map.entry("field-narratives", "search.field.narratives"), Map.entry("funds", "search.funds"),
            Map.entry("year", "declaration.year"), Map.entry("untranslated", "untranslated"));

    private static final Map<Language, List<SearchAndCompareViews.Label>> LABELS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            List<SearchAndCompareViews.Label> labels = new ArrayList<>();
            Labels l = Labels.of(language);
            new java.util.TreeMap<>(SCRIPT_LABELS).forEach((name, key) ->
                    labels.add(new SearchAndCompareViews.Label(name, l.get(key))));
            LABELS.put(language, List.copyOf(labels));
        }
    }

    private SearchBox() {
    }

    /** The box of a page whose way back to the site's root is {@code root} ({@code ../../}). */
    static SearchAndCompareViews.Search of(String root, Language language) {
        return new SearchAndCompareViews.Search(root + SitePaths.siteIndex(language), root + SearchFiles.DIR,
                root + SitePaths.ASSETS + "search.js", language.code(), LABELS.get(language));
    }
}
