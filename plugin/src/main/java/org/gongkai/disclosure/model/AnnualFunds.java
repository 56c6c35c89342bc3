package org.gongkai.disclosure.model;

/**
 * 年度资金: the funds applied for this year (年度资金申请总额) = this year's appropriation (当年财政拨款)
 * + carry-over from last year (上年结转资金) + other funds (其他资金).
 */
public record AnnualFunds(Money total, Money appropriation, Money carryover, Money other) {
}
