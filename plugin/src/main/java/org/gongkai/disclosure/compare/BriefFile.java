package org.gongkai.disclosure.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A published declaration's projects in brief ({@link ProjectBrief}), as a file in the output's work folder: what
 * the next fiscal year's declaration of the same unit is compared with, also when this one is taken unchanged from
 * the published site. Amounts are exact decimals.
 */
public final class BriefFile {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private record Stored(String format, List<ProjectBrief> projects) {
    }

    private static final String FORMAT = "gongkai-briefs/1";

    private BriefFile() {
    }

    public static void write(Path file, List<ProjectBrief> projects) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        JSON.writeValue(temporary.toFile(), new Stored(FORMAT, projects));
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The projects by id, in their order; an unreadable file or one of another format is an {@link IOException}. */
    public static Map<String, ProjectBrief> read(Path file) throws IOException {
        Stored stored;
        try {
            stored = JSON.readValue(file.toFile(), new TypeReference<Stored>() { });
        } catch (RuntimeException e) {
            throw new IOException("Unreadable " + file, e);
        }
        if (!FORMAT.equals(stored.format()) || stored.projects() == null) {
            throw new IOException("Not a file of project briefs: " + file);
        }
        Map<String, ProjectBrief> byId = new LinkedHashMap<>();
        for (ProjectBrief project : stored.projects()) {
            byId.putIfAbsent(project.id(), new ProjectBrief(project.id(), project.name(),
                    project.annualTotal().setScale(2), project.indicators()));
        }
        return byId;
    }
}
