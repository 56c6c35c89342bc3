package org.gongkai.disclosure.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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
    /** Shared by the threads that read declaration folders side by side. */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();

    ContentFiles(Path contentDir, Function<Path, String> display, DiagnosticSink sink) {
        this.realRoot = realPath(contentDir);
        this.display = display;
        this.sink = sink;
    }

    /**
     * True when {@code file} exists and may be read; a link out of the content folder is reported and not read.
     */
    boolean readable(Path file) {
        return readable(file, null, folderInside(file.getParent()));
    }

    /**
     * As {@link #readable(Path)}; a plain file's size, times and inode go into {@code stamp} (four numbers), which is
     * left null-marked ({@code stamp[0] = -1}) for a link or where the file system does not tell them.
     * {@code parentInside} tells whether the file's folder, with every link followed, is inside the content: a listing
     * finds it out once for all its files.
     */
    private boolean readable(Path file, long[] stamp, boolean parentInside) {
        Map<String, Object> attributes;
        try {
            attributes = attributes(file, stamp != null);
        } catch (IOException e) {
            return false;
        }
        boolean link = Boolean.TRUE.equals(attributes.get("isSymbolicLink"));
        if (stamp != null) {
            stamp[0] = -1;
            if (!link && attributes.get("ctime") instanceof FileTime changed && attributes.get("ino") instanceof Long inode) {
                stamp[0] = (Long) attributes.get("size");
                stamp[1] = ((FileTime) attributes.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS);
                stamp[2] = changed.to(TimeUnit.NANOSECONDS);
                stamp[3] = inode;
            }
        }
        // A plain file in a folder that is itself inside the content is inside: no need to resolve it.
        if (!link && parentInside) {
            return true;
        }
        if (!inside(file)) {
            sink.error("link-out", SourcePosition.startOf(display.apply(file)), "content.linkOut", linkTarget(file));
            return false;
        }
        return true;
    }

    /** A file's own attributes (a link's, not its target's), with its stamp's when {@code stamped}. */
    private static Map<String, Object> attributes(Path file, boolean stamped) throws IOException {
        if (stamped) {
            try {
                return Files.readAttributes(file, "unix:isSymbolicLink,size,lastModifiedTime,ctime,ino",
                        LinkOption.NOFOLLOW_LINKS);
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                // Not a Unix file system: no stamps, the fingerprint asks for each file itself.
            }
        }
        return Files.readAttributes(file, "isSymbolicLink", LinkOption.NOFOLLOW_LINKS);
    }

    /** The YAML files of a folder, in file-name order, each with its stamp (see {@link FileStamps}). */
    record Listing(List<Path> files, FileStamps stamps) {
    }

    /** The YAML files of a folder in file-name order; a missing folder has none. Entries passed over are reported. */
    List<Path> yamlFiles(Path dir) throws IOException {
        return listYamlFiles(dir, false).files();
    }

    /** As {@link #yamlFiles}, with each file's stamp. */
    Listing stampedYamlFiles(Path dir) throws IOException {
        return listYamlFiles(dir, true);
    }

    private Listing listYamlFiles(Path dir, boolean stamped) throws IOException {
        if (!Files.isDirectory(dir)) {
            return new Listing(List.of(), FileStamps.NONE);
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(entry -> names.add(entry.getFileName().toString()));
        }
        Collections.sort(names);
        List<Path> files = new ArrayList<>(names.size());
        FileStamps.Builder stamps = new FileStamps.Builder();
        long[] stamp = stamped ? new long[4] : null;
        boolean inside = folderInside(dir);
        for (String name : names) {
            if (name.startsWith(".")) {
                continue;
            }
            Path entry = dir.resolve(name);
            if (isYaml(name)) {
                if (readable(entry, stamp, inside)) {
                    files.add(entry);
                    stamps.add(stamp == null || stamp[0] < 0 ? null : stamp);
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
        return new Listing(files, stamped ? stamps.build() : FileStamps.NONE);
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
