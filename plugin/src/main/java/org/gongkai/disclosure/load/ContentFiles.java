package org.gongkai.disclosure.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

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
    private final Map<Path, Boolean> folders = new HashMap<>();

    ContentFiles(Path contentDir, Function<Path, String> display, DiagnosticSink sink) {
        this.realRoot = realPath(contentDir);
        this.display = display;
        this.sink = sink;
    }

    /**
     * True when {@code file} exists and may be read; a link out of the content folder is reported and not read.
     */
    boolean readable(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false;
        }
        // A plain file in a folder that is itself inside the content is inside: no need to resolve it.
        if (!attributes.isSymbolicLink() && folderInside(file.getParent())) {
            return true;
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
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(entry -> names.add(entry.getFileName().toString()));
        }
        Collections.sort(names);
        List<Path> files = new ArrayList<>(names.size());
        for (String name : names) {
            if (name.startsWith(".")) {
                continue;
            }
            Path entry = dir.resolve(name);
            if (isYaml(name)) {
                if (readable(entry)) {
                    files.add(entry);
                }
                continue;
            }
            SourcePosition at = SourcePosition.startOf(display.apply(entry));
            if (Files.isDirectory(entry)) {
                sink.warning("content-layout", at, "content.subfolderNotRead", name);
            } else if (isYaml(name.toLowerCase(Locale.ROOT).strip())) {
                sink.warning("content-layout", at, "content.fileNameNotRead", name,
                        name.strip().substring(0, name.strip().lastIndexOf('.')) + ".yaml");
            } else {
                sink.warning("content-layout", at, "content.fileNotRead", name);
            }
        }
        return files;
    }

    /** True when the folder, with every link followed, is inside the content folder; each folder is resolved once. */
    private boolean folderInside(Path folder) {
        return folders.computeIfAbsent(folder, this::inside);
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
