package org.gongkai.disclosure.model;

import java.util.List;
import java.util.Optional;


/**
 * One spending project's performance-target declaration (财政支出项目绩效目标申报表) as read, for the checks.
 *
 * <p>A field is null when reading it failed; an error has then been reported. Checks skip what is missing so that the
 * user still sees every other problem. Only a draft without holes becomes a {@link Project}, which is what pages and
 * downloads are made from.
 *
 * @param file the project's file, relative to the Maven project, as diagnostics print it
 * @param budgetItems the itemised annual budget; empty when not given
 * @param indicatorsComplete false when an indicator row could not be read (reported): sums and coverage
 *     over the rows that were read would mislead
 */
public record ProjectDraft(
        String file,
        String id,
        SourcePosition idAt,
        Text name,
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
        Goals goals,
        List<Indicator> indicators,
        SourcePosition indicatorsAt,
        boolean indicatorsComplete) {

    public ProjectDraft {
        budgetItems = budgetItems == null ? List.of() : List.copyOf(budgetItems);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        sections = sections == null ? Sections.NONE : sections;
    }

    /** The project, when every field it must have was read; empty otherwise (the gaps were reported). */
    public Optional<Project> validated() {
        if (id == null || name == null || nature == null || category == null || department == null
                || implementer == null || start == null || end == null || !complete(funds) || !complete(annualFunds)
                || goals == null || goals.overall() == null || goals.annual() == null || !indicatorsComplete) {
            return Optional.empty();
        }
        return Optional.of(new Project(file, id, name, nature, category, department, implementer, start, end, funds,
                annualFunds, sections, budgetItems, goals, indicators));
    }

    private static boolean complete(Funds funds) {
        return funds != null && funds.total() != null && funds.fiscal() != null && funds.other() != null;
    }

    private static boolean complete(AnnualFunds funds) {
        return funds != null && funds.total() != null && funds.appropriation() != null && funds.carryover() != null
                && funds.other() != null;
    }
}
