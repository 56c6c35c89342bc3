package org.gongkai.disclosure.model;

/**
 * A year before the fiscal year, as the form shows it beside this year's figures (近两年收支金额).
 *
 * @param year the year, or null in a draft where it could not be read (reported)
 * @param at where the year is written
 * @param income the year's income, or null when the form gives none
 * @param expenditure the year's expenditure, or null when the form gives none
 */
public record DepartmentYear(Integer year, SourcePosition at, DepartmentFunds income, DepartmentFunds expenditure) {
}
