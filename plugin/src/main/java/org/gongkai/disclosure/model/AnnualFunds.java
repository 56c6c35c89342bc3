package org.gongkai.disclosure.model;

import java.util.List;

/**
 * 年度资金: the funds applied for this year (年度资金申请总额) = this year's appropriation (当年财政拨款)
 * + carry-over from last year (上年结转资金) + other funds (其他资金); each part may be missing from a form, which
 * then adds up what it has. The appropriation may be broken down by source.
 *
 * @param sources this year's appropriation by source; empty when the form gives none
 */
public record AnnualFunds(Money total, Money appropriation, Money carryover, Money other, List<FundSource> sources) {

    public AnnualFunds {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public AnnualFunds(Money total, Money appropriation, Money carryover, Money other) {
        this(total, appropriation, carryover, other, List.of());
    }
}
