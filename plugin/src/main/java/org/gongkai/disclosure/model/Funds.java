package org.gongkai.disclosure.model;

import java.util.List;

/**
 * 项目资金: the project's total funds (项目资金总额) = fiscal funds (财政资金) + other funds (其他资金), with the fiscal
 * funds broken down by where they come from when the form does so.
 *
 * @param fiscal the fiscal funds, or null when the form has no such line
 * @param other the other funds, or null when the form has no such line
 * @param sources the fiscal funds by source (中央、省级、本级…); empty when the form gives none
 */
public record Funds(Money total, Money fiscal, Money other, List<FundSource> sources) {

    public Funds {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public Funds(Money total, Money fiscal, Money other) {
        this(total, fiscal, other, List.of());
    }
}
