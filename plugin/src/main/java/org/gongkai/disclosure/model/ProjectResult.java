package org.gongkai.disclosure.model;

import java.util.List;

/**
 * The year-end self-evaluation of one project (项目支出绩效自评表), from {@code results/*.yaml}: a separate act, made
 * after the targets were published and often by someone else, which never edits the declaration. A field is null
 * when the form has none or when reading it failed (reported).
 *
 * @param file the result's file, relative to the Maven project, as diagnostics print it
 * @param project the id of the declared project it evaluates
 * @param evaluated 自评日期, or null
 * @param budget 预算执行情况, or null
 * @param indicators the indicators' results, in the order of the file
 * @param indicatorsAt where they are listed
 * @param totalScore 总分 as the form states it, or null
 * @param conclusion 总体目标完成情况 / 自评结论, or null
 * @param indicatorsComplete false when an indicator's result could not be read at all (reported): sums and the
 *     declared indicators without a result would mislead
 */
public record ProjectResult(String file, String project, SourcePosition projectAt, DateValue evaluated,
        BudgetExecution budget, List<IndicatorResult> indicators, SourcePosition indicatorsAt, Score totalScore, Text conclusion, SourcePosition at,
        boolean indicatorsComplete) {

    public ProjectResult {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
