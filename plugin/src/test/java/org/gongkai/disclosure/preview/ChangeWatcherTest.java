package org.gongkai.disclosure.preview;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The watcher goes on watching whatever one round of it does. */
class ChangeWatcherTest {

    @TempDir
    Path folder;

    @Test
    void aCallbackThatThrowsIsReportedAndTheNextChangeIsStillSeen() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        LinkedBlockingQueue<Integer> calls = new LinkedBlockingQueue<>();
        List<Throwable> problems = new CopyOnWriteArrayList<>();
        Runnable failingFirst = () -> {
            int round = rounds.incrementAndGet();
            calls.add(round);
            if (round == 1) {
                throw new IllegalStateException("the first regeneration broke");
            }
        };
        try (ChangeWatcher watcher = new ChangeWatcher(List.of(folder), failingFirst, problems::add)) {
            watcher.start();
            Files.writeString(folder.resolve("a.yaml"), "first");
            assertThat(calls.poll(20, TimeUnit.SECONDS)).isEqualTo(1);
            Files.writeString(folder.resolve("b.yaml"), "second");
            assertThat(calls.poll(20, TimeUnit.SECONDS)).as("called after the failure").isEqualTo(2);
        }
        assertThat(problems).singleElement(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(IllegalStateException.class).hasMessage("the first regeneration broke");
    }

    @Test
    void aFileInAFolderMadeAfterTheStartIsSeen() throws Exception {
        LinkedBlockingQueue<Boolean> calls = new LinkedBlockingQueue<>();
        try (ChangeWatcher watcher = new ChangeWatcher(List.of(folder), () -> calls.add(true), problem -> { })) {
            watcher.start();
            Files.createDirectories(folder.resolve("projects/2024"));
            assertThat(calls.poll(20, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(1000); // past any late call for the same folders, so that the next one is the file's
            calls.clear();
            Files.writeString(folder.resolve("projects/2024/01.yaml"), "new");
            assertThat(calls.poll(20, TimeUnit.SECONDS)).as("watched in the new folder").isTrue();
        }
    }
}
