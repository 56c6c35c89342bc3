package org.gongkai.disclosure.model;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bilingual glossary: standard terms (项目性质, 项目类别, qualitative targets…) and units of measure with
 * their English. Immutable; built once per run and shared.
 */
public final class Glossary {

    /** The English of a unit: the plural (or invariable) form, and the singular where English has one. */
    public record UnitName(String other, String one) {
        public String forCount(BigDecimal count) {
            return one != null && count != null && count.compareTo(BigDecimal.ONE) == 0 ? one : other;
        }
    }

    public static final Glossary EMPTY = new Glossary(Map.of(), Map.of());

    private final Map<String, String> terms;
    private final Map<String, UnitName> units;

    public Glossary(Map<String, String> terms, Map<String, UnitName> units) {
        this.terms = Map.copyOf(terms);
        this.units = Map.copyOf(units);
    }

    /** This glossary with {@code site}'s entries added; the site's take precedence. */
    public Glossary with(Glossary site) {
        Map<String, String> mergedTerms = new HashMap<>(terms);
        mergedTerms.putAll(site.terms);
        Map<String, UnitName> mergedUnits = new HashMap<>(units);
        mergedUnits.putAll(site.units);
        return new Glossary(mergedTerms, mergedUnits);
    }

    /** The English of a term or of a text the site's glossary knows (a unit name, a department). */
    public Optional<String> english(String zh) {
        return Optional.ofNullable(terms.get(zh.strip()));
    }

    /**
     * The English of a unit: a known unit, a compound such as {@code 篇/人} (articles per person) or {@code /株} (per
     * plant), or a unit
     * with no Chinese in it ({@code %}, {@code M}), which reads the same in English.
     */
    public Optional<UnitName> unit(String zh) {
        String unit = zh.strip();
        UnitName known = units.get(unit);
        if (known != null) {
            return Optional.of(known);
        }
        if (!Scripts.containsChinese(unit)) {
            return Optional.of(new UnitName(unit, null));
        }
        int slash = unit.indexOf('/');
        if (slash == 0 && unit.length() > 1) {
            // ≤28.40/株 as filed: "per plant", the quantity before the slash left unsaid as on the form
            return unit(unit.substring(1)).map(per -> new UnitName("per " + per.forCount(BigDecimal.ONE), null));
        }
        if (slash > 0 && slash == unit.lastIndexOf('/') && slash < unit.length() - 1) {
            Optional<UnitName> numerator = unit(unit.substring(0, slash));
            Optional<UnitName> denominator = unit(unit.substring(slash + 1));
            if (numerator.isPresent() && denominator.isPresent()) {
                String per = " per " + denominator.get().forCount(BigDecimal.ONE);
                UnitName n = numerator.get();
                return Optional.of(new UnitName(n.other() + per, n.one() == null ? null : n.one() + per));
            }
        }
        return Optional.empty();
    }
}
