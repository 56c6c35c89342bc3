package org.gongkai.disclosure.write;

import java.io.IOException;
import java.nio.file.Path;

/** Gives tests in other packages the writer's safe tree deletion. */
public final class SiteWriterAccess {

    private SiteWriterAccess() {
    }

    public static void deleteTree(Path root) throws IOException {
        SiteWriter.deleteTree(root);
    }
}
