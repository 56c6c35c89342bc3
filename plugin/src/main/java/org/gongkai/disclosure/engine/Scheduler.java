package org.gongkai.disclosure.engine;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The threads of one run and the bound on what they hold. Workers (one per core) read, check, encode and render
 * projects; drivers (a few) walk the declarations, several at a time so that the workers never wait while one
 * declaration ends and the next begins. However many cores there are, at most {@value #PROJECTS_IN_FLIGHT} projects
 * are read and not yet rendered or dropped, which bounds the memory a run takes.
 *
 * <p>Only drivers wait for permits; workers never wait for anything, so the run always progresses. Closing waits
 * for every task: no worker outlives its run.
 */
final class Scheduler implements AutoCloseable {

    /** Enough to keep 16 cores busy; each project in flight holds its model, rows and pages (tens of kilobytes). */
    static final int PROJECTS_IN_FLIGHT = 128;
    /** Declarations built at once. */
    static final int DRIVERS = 3;

    private final ExecutorService workers;
    private final ExecutorService drivers;
    private final Semaphore inFlight = new Semaphore(PROJECTS_IN_FLIGHT);

    Scheduler() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.workers = Executors.newFixedThreadPool(threads, daemon("gongkai-worker"));
        this.drivers = Executors.newFixedThreadPool(DRIVERS, daemon("gongkai-declaration"));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Runs a task of a project on a worker. */
    <T> Future<T> work(Callable<T> task) {
        return workers.submit(task);
    }

    /** Runs a declaration's build on a driver. */
    <T> Future<T> drive(Callable<T> declaration) {
        return drivers.submit(declaration);
    }

    /** Takes a place for a project, waiting for one; drivers only. */
    void acquire() throws InterruptedException {
        inFlight.acquire();
    }

    /** Takes a place for a project if one is free; drivers only. */
    boolean tryAcquire() {
        return inFlight.tryAcquire();
    }

    /** Gives back a project's place once it is rendered or dropped. */
    void release() {
        inFlight.release();
    }

    @Override
    public void close() {
        drivers.shutdown();
        workers.shutdown();
        boolean interrupted = false;
        // Drivers first: they are the ones that submit work.
        for (ExecutorService pool : new ExecutorService[] {drivers, workers}) {
            while (true) {
                try {
                    if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    // Finish waiting anyway: a cleanup that starts while tasks still write is what this prevents.
                    interrupted = true;
                    pool.shutdownNow();
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
