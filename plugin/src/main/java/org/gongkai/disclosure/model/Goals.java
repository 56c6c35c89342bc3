package org.gongkai.disclosure.model;

/** 项目绩效目标: the overall goal of the project (项目总目标) and this year's goal (年度总体目标). */
public record Goals(Text overall, Text annual) {
}
