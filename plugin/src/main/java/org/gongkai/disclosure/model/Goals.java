package org.gongkai.disclosure.model;

/**
 * 项目绩效目标: the overall goal of the project (项目总目标, or 中期目标 where the form spans several years) and this
 * year's goal (年度总体目标). A form may give only one of them; the other is then null.
 */
public record Goals(Text overall, Text annual) {
}
