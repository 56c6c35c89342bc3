package org.gongkai.disclosure.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders and their sub-folders, and calls back once a burst of changes has settled (an editor saving a
 * file makes several events; one regeneration is enough). It keeps watching until closed, whatever goes wrong in
 * one round: a problem is handed to its reporter, never left to end the thread unseen.
 */
final class ChangeWatcher implements AutoCloseable {

    private static final long SETTLE_MILLIS = 250;

    private final Runnable onChange;
    private final Consumer<Throwable> onProblem;
    private final WatchService service;
    private final Thread thread;

    /**
     * @param onChange  called on the watcher's thread once changes have settled
     * @param onProblem told of anything that went wrong in a round, after which the watcher goes on
     */
    ChangeWatcher(List<Path> roots, Runnable onChange, Consumer<Throwable> onProblem) throws IOException {
        this.onChange = onChange;
        this.onProblem = onProblem;
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

    private void run() {
        while (true) {
            try {
                if (awaitSettledChanges()) {
                    onChange.run();
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return; // closed
            } catch (RuntimeException | Error e) {
                // An editor would see no further change and not know why: report it, and watch on.
                onProblem.accept(e);
            }
        }
    }

    /** Waits for a change and for the burst it starts to settle; false if only ignored files changed. */
    private boolean awaitSettledChanges() throws InterruptedException {
        boolean changed = drain(service.take());
        WatchKey more;
        while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
            changed |= drain(more);
        }
        return changed;
    }

    private boolean drain(WatchKey key) {
        try {
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
                    registerNewFolder(child);
                }
            }
            return changed;
        } finally {
            key.reset();
        }
    }

    private void registerNewFolder(Path dir) {
        try {
            registerTree(dir);
        } catch (IOException e) {
            // Such as the system's limit of watched folders: that folder goes unwatched, the others not.
            onProblem.accept(e);
        }
    }

    /** Watches the folder and every folder in it; one that vanishes meanwhile is simply left out. */
    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                try {
                    dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY);
                    return FileVisitResult.CONTINUE;
                } catch (NoSuchFileException | NotDirectoryException gone) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                return skipIfGone(e);
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                return e == null ? FileVisitResult.CONTINUE : skipIfGone(e);
            }
        });
    }

    private static FileVisitResult skipIfGone(IOException e) throws IOException {
        if (e instanceof NoSuchFileException) {
            return FileVisitResult.CONTINUE;
        }
        throw e;
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
