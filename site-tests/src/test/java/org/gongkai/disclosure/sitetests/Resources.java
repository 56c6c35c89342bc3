package org.gongkai.disclosure.sitetests;

/** What a test class opens for all its tests (a browser, a server), closed after them. */
final class Resources {

    private Resources() {
    }

    /** Closes each resource that was opened, in the order given; one that failed to open is null and skipped. */
    static void close(AutoCloseable... resources) throws Exception {
        Exception first = null;
        for (AutoCloseable resource : resources) {
            if (resource == null) {
                continue;
            }
            try {
                resource.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
