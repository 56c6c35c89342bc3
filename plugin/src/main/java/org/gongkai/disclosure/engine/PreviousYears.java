package org.gongkai.disclosure.engine;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.gongkai.disclosure.load.DeclarationSource;
import org.gongkai.disclosure.load.SiteLayout;

/**
 * Each declaration's previous year: the declaration of the same unit (by its Chinese name, as {@link OtherYears}
 * matches them) one fiscal year before, in a site of several declarations. A declaration's pages are compared with
 * that year's, so it is built after it: declarations are started oldest year first, and each waits for its previous
 * year to finish (which, started earlier, is running or done), so the wait always ends. A draft declaration is no
 * one's previous year unless drafts are published (the preview): a published page never compares with an unpublished
 * one.
 */
final class PreviousYears {

    // By identity: every source is the layout's own, and a record's hash would walk its glossary and its file list.
    private final Map<DeclarationSource, DeclarationSource> previous = new IdentityHashMap<>();
    private final Map<DeclarationSource, CompletableFuture<Void>> finished = new IdentityHashMap<>();
    private final Set<DeclarationSource> comparedWith = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<DeclarationSource> order;

    PreviousYears(SiteLayout layout, boolean drafts) {
        Map<String, DeclarationSource> byUnitAndYear = new HashMap<>();
        for (DeclarationSource source : layout.declarations()) {
            finished.put(source, new CompletableFuture<>());
            if (layout.isMulti() && source.declaration() != null && (drafts || !source.draft())) {
                byUnitAndYear.putIfAbsent(source.declaration().unit().zh() + "\u0000"
                        + source.declaration().fiscalYear(), source);
            }
        }
        for (DeclarationSource source : layout.declarations()) {
            if (layout.isMulti() && source.declaration() != null) {
                DeclarationSource before = byUnitAndYear.get(source.declaration().unit().zh() + "\u0000"
                        + (source.declaration().fiscalYear() - 1));
                if (before != null) {
                    previous.put(source, before);
                    comparedWith.add(before);
                }
            }
        }
        // Sorting is stable: within a year, the site's order.
        this.order = layout.declarations().stream().sorted(Comparator.comparingInt(
                (DeclarationSource d) -> d.declaration() == null ? Integer.MAX_VALUE : d.declaration().fiscalYear()))
                .toList();
    }

    /** The declarations in the order to start them: oldest year first. */
    List<DeclarationSource> startingOrder() {
        return order;
    }

    /** The declaration of the same unit one year before, or null. */
    DeclarationSource of(DeclarationSource source) {
        return previous.get(source);
    }

    /** True when {@code source} is the previous year of another declaration of the site, which is compared with it. */
    boolean isComparedWith(DeclarationSource source) {
        return comparedWith.contains(source);
    }

    /** Waits until the previous year of {@code source}, if any, has finished building (well or not). */
    DeclarationSource awaitPrevious(DeclarationSource source) throws InterruptedException {
        DeclarationSource before = previous.get(source);
        if (before != null) {
            try {
                finished.get(before).get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e); // never: it is only ever completed normally
            }
        }
        return before;
    }

    /** Says that {@code source} has finished building, whatever came of it. */
    void finished(DeclarationSource source) {
        finished.get(source).complete(null);
    }
}
