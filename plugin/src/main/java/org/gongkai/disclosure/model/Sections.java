package org.gongkai.disclosure.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The narrative sections of the project description (项目经费情况说明), Markdown; each may be absent (null). Many
 * forms add the necessity of the project (项目设立必要性) and the measures that secure it (保证项目实施的制度、措施).
 * 实施主体 and 实施周期 are not here: they are the implementer and the start and end dates.
 */
public record Sections(Text overview, Text basis, Text necessity, Text measures, Text plan, Text budget) {

    public static final Sections NONE = new Sections(null, null, null, null, null, null);

    /** The four sections of the Songjiang form, without the two that other forms add. */
    public Sections(Text overview, Text basis, Text plan, Text budget) {
        this(overview, basis, null, null, plan, budget);
    }

    /** The sections that are present, in the order of the form, with their keys. */
    public List<Section> present() {
        List<Section> out = new ArrayList<>(6);
        add(out, "overview", overview);
        add(out, "basis", basis);
        add(out, "necessity", necessity);
        add(out, "measures", measures);
        add(out, "plan", plan);
        add(out, "budget", budget);
        return out;
    }

    private static void add(List<Section> out, String key, Text text) {
        if (text != null) {
            out.add(new Section(key, text));
        }
    }

    /** A present section and its key ({@code overview}, {@code basis}, {@code necessity}, {@code measures}, {@code plan},
     * {@code budget}). */
    public record Section(String key, Text text) {
    }
}
