package org.gongkai.disclosure.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import org.gongkai.disclosure.diag.DiagnosticSink;
import org.gongkai.disclosure.model.SourcePosition;

/**
 * The files of a content folder that are read, and what is said of those that are not. A file reached through a
 * symbolic link is read only when the link stays inside the content folder: Gongkai follows no link out of it. Every
 * entry of a folder of YAML files that is not read (a sub-folder, {@code x.YAML}, a name ending in a space) is
 * reported, so that no project vanishes from the site unnoticed; hidden files (editors', version control's) are
 * passed over in silence.
 */
final class ContentFiles {

    private final Path realRoot;
    private final Function<Path, String> display;
    private final DiagnosticSink sink;

    ContentFiles(Path contentDir, Function<Path, String> display, DiagnosticSink sink) {
        this.realRoot = realPath(contentDir);
        this.display = display;
        this.sink = sink;
    }

    /**
     * True when {@code file} exists and may be read; a link out of the content folder is reported and not read.
     */
    boolean readable(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (!inside(file)) {
            sink.error("link-out", SourcePosition.startOf(display.apply(file)), "content.linkOut", linkTarget(file));
            return false;
        }
        return true;
    }

    /** The YAML files of a folder in file-name order; a missing folder has none. Entries passed over are reported. */
    List<Path> yamlFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.sorted().toList();
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            SourcePosition at = SourcePosition.startOf(display.apply(entry));
            if (isYaml(name)) {
                if (readable(entry)) {
                    files.add(entry);
                }
            } else if (Files.isDirectory(entry)) {
                sink.warning("content-layout", at, "content.subfolderNotRead", name);
            } else if (isYaml(name.toLowerCase(Locale.ROOT).strip())) {
                sink.warning("content-layout", at, "content.fileNameNotRead", name,
                        name.strip().substring(0, name.strip().lastIndexOf('.')) + ".yaml");
            } else {
                sink.warning("content-layout", at, "content.fileNotRead", name);
            }
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return files;
    }

    /** Where a link points, as it is written; the file itself when it is not a link (a folder above it is). */
    private static String linkTarget(Path file) {
        try {
            return Files.isSymbolicLink(file) ? Files.readSymbolicLink(file).toString() : file.toRealPath().toString();
        } catch (IOException e) {
            return file.toString();
        }
    }

    private static boolean isYaml(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** True when the file, with every link followed, is inside the content folder. */
    private boolean inside(Path file) {
        try {
            return file.toRealPath().startsWith(realRoot);
        } catch (java.nio.file.NoSuchFileException e) {
            return true; // a dangling link: the reader reports a file it cannot read
        } catch (IOException e) {
            return false;
        }
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }
}
