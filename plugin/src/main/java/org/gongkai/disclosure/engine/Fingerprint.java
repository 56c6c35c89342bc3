package org.gongkai.disclosure.engine;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.gongkai.disclosure.load.FileStamps;

/**
 * A SHA-256 over texts and over the names, sizes, times and inodes of files: cheap (no file is read), and a file copied
 * back in place still changes its ctime. A file is fingerprinted as it is read, so a symbolic link's target counts,
 * not the link.
 */
final class Fingerprint {

    private final MessageDigest digest;
    /** A file's four numbers, big-endian: one update of the digest rather than 32. */
    private final byte[] numbers = new byte[4 * Long.BYTES];

    Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Fingerprint add(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        return this;
    }

    /**
     * A setting's value, part by part: a record by its components, a list by its elements, anything else by its text
     * ({@code null} as {@code String.valueOf} writes it). A record is walked rather than asked its generated
     * {@code toString}, as that and the other generated members set up method handles on their first call in a JVM,
     * tens of milliseconds of a small site's build; a component added to a record is still part of its fingerprint.
     */
    Fingerprint addValue(Object value) {
        if (value instanceof Record record) {
            add(record.getClass().getName());
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                add(component.getName());
                addValue(componentOf(record, component));
            }
            return add(")");
        }
        if (value instanceof List<?> list) {
            add("[");
            for (Object element : list) {
                addValue(element);
            }
            return add("]");
        }
        return add(String.valueOf(value));
    }

    private static Object componentOf(Record record, RecordComponent component) {
        try {
            Method accessor = component.getAccessor();
            accessor.trySetAccessible(); // a record that is not public is read too
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component + " of " + record.getClass().getName(), e);
        }
    }

    Fingerprint addFile(Path path) throws IOException {
        add(path.getFileName().toString());
        Map<String, Object> attributes;
        try {
            attributes = attributes(path);
        } catch (IOException e) {
            return add("-"); // absent, or its existence cannot be told: as Files.exists, without a second system call
        }
        // Numbers, not text: formatting times is most of the cost of fingerprinting 100,000 files.
        number((Long) attributes.get("size"));
        number(((FileTime) attributes.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS));
        if (attributes.get("ctime") instanceof FileTime ctime) {
            number(ctime.to(TimeUnit.NANOSECONDS));
        }
        if (attributes.get("ino") instanceof Long inode) {
            number(inode);
        }
        return this;
    }

    private static Map<String, Object> attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, "unix:size,lastModifiedTime,ctime,ino");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return Files.readAttributes(path, "size,lastModifiedTime");
        }
    }

    Fingerprint addFiles(List<Path> files) throws IOException {
        return addFiles(files, FileStamps.NONE);
    }

    /** As {@link #addFiles(List)}, taking each file's attributes from its stamp where it has one: the same numbers. */
    Fingerprint addFiles(List<Path> files, FileStamps stamps) throws IOException {
        for (int i = 0; i < files.size(); i++) {
            if (stamps.has(i)) {
                add(files.get(i).getFileName().toString());
                put(0, stamps.size(i));
                put(1, stamps.modified(i));
                put(2, stamps.changed(i));
                put(3, stamps.inode(i));
                digest.update(numbers, 0, numbers.length);
            } else {
                addFile(files.get(i));
            }
        }
        return this;
    }

    /** Every regular file under {@code dir}, by its path there. */
    Fingerprint addTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return add("no " + dir.getFileName());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                add(dir.relativize(path).toString());
                addFile(path);
            }
        }
        return this;
    }

    /** The plugin's own code: a rebuilt plugin must not reuse pages written by the old one. */
    Fingerprint addCode(Class<?> type) throws IOException {
        var source = type.getProtectionDomain().getCodeSource();
        if (source == null) {
            return add("no code source");
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isDirectory(location) ? addTree(location) : addFile(location);
        } catch (URISyntaxException e) {
            return add(source.getLocation().toString());
        }
    }

    private void number(long value) {
        put(0, value);
        digest.update(numbers, 0, Long.BYTES);
    }

    private void put(int index, long value) {
        for (int i = 0, shift = 56; shift >= 0; i++, shift -= 8) {
            numbers[index * Long.BYTES + i] = (byte) (value >>> shift);
        }
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
