package org.gongkai.disclosure.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and their sub-folders, and calls back once a burst of changes has settled (an editor saving a
 * file makes several events; one regeneration is enough).
 */
final class ChangeWatcher implements AutoCloseable {

    private static final long SETTLE_MILLIS = 250;

    private final List<Path> roots;
    private final Runnable onChange;
    private final WatchService service;
    private final Thread thread;

    ChangeWatcher(List<Path> roots, Runnable onChange) throws IOException {
        this.roots = roots;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        this.thread = new Thread(this::run, "gongkai-preview-watch");
        this.thread.setDaemon(true);
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
    }

    void start() {
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean changed = drain(key);
                // Let the burst settle, taking in whatever else arrives meanwhile.
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                if (changed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Stopped.
        }
    }

    private boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed = true;
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            if (child.getFileName().toString().startsWith(".")) {
                continue; // editors' swap and backup files
            }
            changed = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
                try {
                    registerTree(child);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        key.reset();
        return changed;
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            service.close();
        } catch (IOException e) {
            // Closing a watch service only releases it.
        }
    }
}
