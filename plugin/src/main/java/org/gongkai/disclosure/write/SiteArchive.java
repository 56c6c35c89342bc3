package org.gongkai.disclosure.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The published site as one zip, for a repository to keep and deploy: exactly the files the output's marker lists,
 * and the marker itself (it travels with the site, so that generating into the folder it is unpacked in later changes
 * only those files). Entries are in path order and all carry the same time, so the same site gives the same bytes.
 */
public final class SiteArchive {

    private SiteArchive() {
    }

    /**
     * Writes the zip of the site {@code writer} publishes (call holding its lock, after recovering); the zip replaces
     * the file at {@code zip} only once complete.
     *
     * @return the number of files archived, the marker included
     */
    public static int write(SiteWriter writer, Path zip, LocalDateTime time) throws IOException, OutputRefusedException {
        Path output = writer.output();
        if (!writer.hasPublishedSite()) {
            throw new OutputRefusedException(OutputRefusedException.Reason.NO_SITE, output);
        }
        Set<String> owned = writer.inspect();
        List<String> paths = new ArrayList<>(owned);
        paths.add(SiteWriter.MARKER);
        paths.sort(null);
        for (String path : paths) {
            if (!Files.isRegularFile(output.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputRefusedException(OutputRefusedException.Reason.FILE_MISSING, output.resolve(path));
            }
        }
        Path parent = zip.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = parent.resolve(zip.getFileName() + ".part");
        try (OutputStream file = Files.newOutputStream(partial);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (String path : paths) {
                ZipEntry entry = new ZipEntry(path);
                // Local time without a zone, and no extra time fields: the same bytes on every machine.
                entry.setTimeLocal(time);
                out.putNextEntry(entry);
                Files.copy(output.resolve(path), out);
                out.closeEntry();
            }
        }
        Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return paths.size();
    }
}
