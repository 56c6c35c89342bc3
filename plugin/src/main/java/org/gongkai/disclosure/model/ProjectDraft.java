package org.gongkai.disclosure.model;

import java.util.List;
import java.util.Optional;

/**
 * One spending project's performance-target declaration (财政支出项目绩效目标申报表) as read, for the checks.
 *
 * <p>A field is null when the form has no such field or when reading it failed; in the second case an error has been
 * reported. Checks skip what is missing so that the user still sees every other problem. Only a draft without
 * errors becomes a {@link Project}, which is what pages and downloads are made from.
 *
 * @param file the project's file, relative to the Maven project, as diagnostics print it
 * @param budgetItems the itemised annual budget; empty when not given
 * @param recipients the towns, schools or units a shared fund is allotted to; empty when not given
 * @param fundsComplete false when a line of {@code funds} that the file has could not be read (reported): a sum over
 *     the lines that were read would mislead
 * @param annualFundsComplete the same for {@code annual-funds}
 * @param indicatorsComplete false when an indicator row could not be read at all (reported): sums and coverage over
 *     the rows that were read would mislead
 * @param rowWeights the weights of every indicator row, also of rows that could not be read otherwise
 */
public record ProjectDraft(
        String file,
        String id,
        SourcePosition idAt,
        Text name,
        Text code,
        Text nature,
        Text category,
        Text department,
        Text implementer,
        DateValue start,
        DateValue end,
        Funds funds,
        AnnualFunds annualFunds,
        Sections sections,
        List<BudgetItem> budgetItems,
        List<Recipient> recipients,
        Goals goals,
        Weighting weighting,
        List<Indicator> indicators,
        SourcePosition indicatorsAt,
        boolean fundsComplete,
        boolean annualFundsComplete,
        boolean indicatorsComplete,
        RowWeights rowWeights) {

    public ProjectDraft {
        rowWeights = rowWeights == null ? RowWeights.NONE : rowWeights;
        budgetItems = budgetItems == null ? List.of() : List.copyOf(budgetItems);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        sections = sections == null ? Sections.NONE : sections;
    }

    /** The project's indicator table, as the indicator rules check it. */
    public IndicatorTable indicatorTable() {
        return new IndicatorTable(IndicatorTable.Owner.PROJECT, indicators, indicatorsAt, indicatorsComplete, weighting,
                rowWeights);
    }

    /**
     * The project, when what every form has was read: its id, name, year's funds, a goal and whole indicator rows;
     * empty otherwise (the gaps were reported). Call it on a draft the checks found no error in.
     */
    public Optional<Project> validated() {
        if (id == null || name == null || annualFunds == null || annualFunds.total() == null || goals == null
                || (goals.overall() == null && goals.annual() == null) || !indicatorsComplete
                || indicators.stream().anyMatch(i -> i.targets().isEmpty() || i.targets().stream().anyMatch(t -> t == null))) {
            return Optional.empty();
        }
        return Optional.of(new Project(file, id, name, code, nature, category, department, implementer, start, end,
                funds, annualFunds, sections, budgetItems, recipients, goals, weighting, indicators));
    }
}
