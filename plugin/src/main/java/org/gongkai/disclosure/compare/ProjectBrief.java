package org.gongkai.disclosure.compare;

import java.math.BigDecimal;
import java.util.List;

import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.model.Text;

/**
 * What comparing a project with the same project (by id) in another year, and listing the indicators of all of a
 * declaration's projects, needs of it: its id, name, annual funds and indicators. Kept for each published
 * declaration, so that the next year's pages can be compared with it without reading it again.
 */
public record ProjectBrief(String id, Text name, BigDecimal annualTotal, List<IndicatorBrief> indicators) {

    public ProjectBrief {
        indicators = List.copyOf(indicators);
    }

    public static ProjectBrief of(Project project, Glossary glossary) {
        return new ProjectBrief(project.id(), IndicatorBrief.plain(project.name()), project.annualFunds().total().yuan(),
                project.indicators().stream().map(i -> IndicatorBrief.of(i, project.recipients(), glossary)).toList());
    }

    public int measurable() {
        return (int) indicators.stream().filter(IndicatorBrief::measurable).count();
    }
}
