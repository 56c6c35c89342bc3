package org.gongkai.disclosure.write;

import java.nio.file.Path;

/**
 * The output folder cannot be written without touching what is not Gongkai's, or another run is writing it. Nothing
 * has been changed when this is thrown.
 */
public final class OutputRefusedException extends Exception {

    /** Why the output was refused. */
    public enum Reason {
        /** Another run holds the output's lock. */
        BUSY,
        /** The output folder holds files and no marker: it is someone else's folder. */
        NOT_OURS,
        /** The output folder's marker is of an earlier version, which did not list the files it wrote. */
        UNLISTED,
        /** The work folder beside the output exists but was not made by Gongkai. */
        WORK_NOT_OURS,
        /** A file the new site needs is already in the output folder, and Gongkai did not write it. */
        FILE_NOT_OURS,
        /** There is no published site in the output folder to archive. */
        NO_SITE,
        /** A file the published site's marker lists is gone (or is no longer a plain file). */
        FILE_MISSING
    }

    private final Reason reason;
    private final transient Path path;

    OutputRefusedException(Reason reason, Path path) {
        super(reason + ": " + path);
        this.reason = reason;
        this.path = path;
    }

    public Reason reason() {
        return reason;
    }

    /** The folder or file concerned. */
    public Path path() {
        return path;
    }
}
