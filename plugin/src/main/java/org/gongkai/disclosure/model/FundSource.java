package org.gongkai.disclosure.model;

/**
 * One source of fiscal funds (资金来源) as the form names it: 中央财政资金, 省级财政资金, 本级财政, 上级补助,
 * 衔接资金, 财政专户管理资金, 单位自有资金…
 */
public record FundSource(Text name, Money amount) {
}
