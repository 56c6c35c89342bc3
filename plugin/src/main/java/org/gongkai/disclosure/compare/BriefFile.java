package org.gongkai.disclosure.compare;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.model.Text;
import org.gongkai.disclosure.write.RecordFile;

/**
 * A published declaration's projects in brief ({@link ProjectBrief}), as a file in the output's work folder: what
 * the next fiscal year's declaration of the same unit is compared with, also when this one is taken unchanged from
 * the published site. Amounts are exact decimals. In the work folder's binary form ({@link RecordFile}): written for
 * every declaration of a build, these were the last files that loaded Jackson's data binding, 450 classes, into a
 * full build.
 */
public final class BriefFile {

    private static final String FORMAT = "gongkai-briefs/2";

    private BriefFile() {
    }

    public static void write(Path file, List<ProjectBrief> projects) throws IOException {
        Files.createDirectories(file.getParent());
        try (RecordFile.Writer out = RecordFile.create(file, FORMAT)) {
            out.count(projects.size());
            for (ProjectBrief project : projects) {
                out.string(project.id());
                text(out, project.name());
                out.decimal(project.annualTotal());
                out.count(project.indicators().size());
                for (IndicatorBrief indicator : project.indicators()) {
                    text(out, indicator.level1());
                    text(out, indicator.level2());
                    text(out, indicator.name());
                    out.string(indicator.target());
                    out.string(indicator.targetEn());
                    out.present(indicator.measurable());
                }
            }
            out.finish();
        }
    }

    /**
     * The projects by id, in their order; an unreadable file, a damaged one or one of another format is an
     * {@link IOException}.
     */
    public static Map<String, ProjectBrief> read(Path file) throws IOException {
        RecordFile.Reader in = RecordFile.open(file, FORMAT);
        Map<String, ProjectBrief> byId = new LinkedHashMap<>();
        int projects = in.count();
        for (int p = 0; p < projects; p++) {
            String id = in.required();
            Text name = text(in);
            BigDecimal total = in.decimal();
            int count = in.count();
            List<IndicatorBrief> indicators = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                indicators.add(new IndicatorBrief(text(in), text(in), text(in), in.string(), in.string(),
                        in.present()));
            }
            if (total == null || total.scale() > 2 && total.stripTrailingZeros().scale() > 2) {
                throw new IOException("Damaged record: a project's total is not in cents in " + file);
            }
            byId.putIfAbsent(id, new ProjectBrief(id, name, total.setScale(2, java.math.RoundingMode.UNNECESSARY),
                    indicators));
        }
        in.end();
        return byId;
    }

    private static void text(RecordFile.Writer out, Text text) throws IOException {
        if (out.present(text != null)) {
            out.string(text.zh());
            out.string(text.en());
        }
    }

    private static Text text(RecordFile.Reader in) throws IOException {
        return in.present() ? new Text(in.required(), in.string(), null) : null;
    }
}
