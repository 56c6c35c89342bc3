package org.gongkai.disclosure.engine;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The names in a folder, from one listing. A rerun asks after a thousand declarations' files; after the kernel's
 * caches are dropped a lookup apiece is a read from disk apiece, and one listing is a few.
 */
final class FolderNames {

    private FolderNames() {
    }

    /** The names of what {@code dir} holds; none when it is not a folder. */
    static Set<String> of(Path dir) throws IOException {
        Set<String> names = new HashSet<>();
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    names.add(entry.getFileName().toString());
                }
            }
        }
        return names;
    }
}
