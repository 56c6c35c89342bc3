package org.gongkai.disclosure.sheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one project's cells gave, before it is written: each field's YAML text and the cell it came from, the budget
 * items and the indicators. Written in the order of the form, as the format's reference lists the keys.
 */
final class ProjectFields {

    /** Where a value goes in the project file, and how it is read from its cell. */
    enum Slot {
        NAME("name", Kind.TEXT), ID("id", Kind.TEXT), CODE("code", Kind.CODE), NATURE("nature", Kind.TEXT),
        CATEGORY("category", Kind.TEXT), DEPARTMENT("department", Kind.TEXT), IMPLEMENTER("implementer", Kind.TEXT),
        START("start", Kind.DATE), END("end", Kind.DATE),
        FUNDS_TOTAL("total", Kind.AMOUNT), FUNDS_FISCAL("fiscal", Kind.AMOUNT), FUNDS_OTHER("other", Kind.AMOUNT),
        ANNUAL_TOTAL("total", Kind.AMOUNT), ANNUAL_APPROPRIATION("appropriation", Kind.AMOUNT),
        ANNUAL_CARRYOVER("carryover", Kind.AMOUNT), ANNUAL_OTHER("other", Kind.AMOUNT),
        OVERVIEW("overview", Kind.TEXT), BASIS("basis", Kind.TEXT), NECESSITY("necessity", Kind.TEXT),
        MEASURES("measures", Kind.TEXT), PLAN("plan", Kind.TEXT), BUDGET("budget", Kind.TEXT),
        GOAL_OVERALL("overall", Kind.TEXT), GOAL_ANNUAL("annual", Kind.TEXT),
        UNIT("unit", Kind.TEXT), UNIT_CODE("unit-code", Kind.CODE);

        final String key;
        final Kind kind;

        Slot(String key, Kind kind) {
            this.key = key;
            this.kind = kind;
        }
    }

    enum Kind {
        TEXT, CODE, AMOUNT, DATE
    }

    record Value(String text, CellAt at) {
    }

    /** Where the project starts: its 项目名称 label, or its first row of a summary table. */
    final CellAt at;
    private final Map<Slot, Value> values = new EnumMap<>(Slot.class);
    final List<YamlText.Mapping> items = new ArrayList<>();
    final List<YamlText.Mapping> indicators = new ArrayList<>();

    ProjectFields(CellAt at) {
        this.at = at;
    }

    /** Keeps the first value found for a slot: a form that prints a label twice means the first. */
    void put(Slot slot, String text, CellAt from) {
        if (text != null && !values.containsKey(slot)) {
            values.put(slot, new Value(text, from));
        }
    }

    boolean has(Slot slot) {
        return values.containsKey(slot);
    }

    Value get(Slot slot) {
        return values.get(slot);
    }

    String text(Slot slot) {
        Value value = values.get(slot);
        return value == null ? null : value.text();
    }

    /** This year's funds in yuan, for the summary of what was imported; zero while unread. */
    BigDecimal annualTotal() {
        String total = text(Slot.ANNUAL_TOTAL);
        return total == null || total.equals(CellValues.UNREADABLE) ? BigDecimal.ZERO : new BigDecimal(total);
    }

    /** The project file's keys after {@code id}, in the order of the form. */
    YamlText.Mapping yaml() {
        YamlText.Mapping project = new YamlText.Mapping();
        for (Slot slot : List.of(Slot.NAME, Slot.CODE, Slot.NATURE, Slot.CATEGORY, Slot.DEPARTMENT, Slot.IMPLEMENTER,
                Slot.START, Slot.END)) {
            scalar(project, slot);
        }
        project.put("funds", group(Slot.FUNDS_TOTAL, Slot.FUNDS_FISCAL, Slot.FUNDS_OTHER));
        project.put("annual-funds", group(Slot.ANNUAL_TOTAL, Slot.ANNUAL_APPROPRIATION, Slot.ANNUAL_CARRYOVER,
                Slot.ANNUAL_OTHER));
        project.put("sections", group(Slot.OVERVIEW, Slot.BASIS, Slot.NECESSITY, Slot.MEASURES, Slot.PLAN, Slot.BUDGET));
        if (!items.isEmpty()) {
            project.put("budget-items", YamlText.list(items));
        }
        project.put("goals", group(Slot.GOAL_OVERALL, Slot.GOAL_ANNUAL));
        project.put("indicators", YamlText.list(indicators));
        return project;
    }

    private YamlText.Mapping group(Slot... slots) {
        YamlText.Mapping group = new YamlText.Mapping();
        for (Slot slot : slots) {
            scalar(group, slot);
        }
        return group.isEmpty() ? null : group;
    }

    private void scalar(YamlText.Mapping into, Slot slot) {
        Value value = values.get(slot);
        if (value == null) {
            return;
        }
        switch (slot.kind) {
            case TEXT -> into.text(slot.key, value.text(), value.at());
            case CODE -> into.quoted(slot.key, value.text(), value.at());
            case AMOUNT, DATE -> into.plain(slot.key, value.text(), value.at());
        }
    }
}
