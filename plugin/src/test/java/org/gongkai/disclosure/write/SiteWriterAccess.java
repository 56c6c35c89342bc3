package org.gongkai.disclosure.write;

import java.io.IOException;
import java.nio.file.Path;

/** Gives tests in other packages the writer's safe tree deletion and its recovery from a killed run. */
public final class SiteWriterAccess {

    private SiteWriterAccess() {
    }

    public static void deleteTree(Path root) throws IOException {
        SiteWriter.deleteTree(root);
    }

    /** What every run does first: undo what a killed run left half done. */
    public static void recover(Path output) throws IOException {
        SiteWriter writer = new SiteWriter(output);
        try (SiteWriter.Lock lock = writer.lock()) {
            writer.recoverAndInspect();
        } catch (OutputRefusedException e) {
            throw new IOException(e);
        }
    }
}
