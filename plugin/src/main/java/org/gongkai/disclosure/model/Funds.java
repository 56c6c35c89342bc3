package org.gongkai.disclosure.model;

/** 项目资金: the project's total funds (项目资金总额) = fiscal funds (财政资金) + other funds (其他资金). */
public record Funds(Money total, Money fiscal, Money other) {
}
